"""Forms of the scan. Every error is one short Dutch sentence shown next to the field; what the person
entered stays in the field."""

import re
from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .codes import CODE_LENGTH, normalise_code
from .questions import Question

PLAN_GOAL_MAX = 300
PLAN_STEP_MAX = 200
DATE_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d-%m-%y"]


# A municipality's name: letters, with the spaces, hyphens, apostrophes, dots and brackets real names have
# ('s-Hertogenbosch, Súdwest-Fryslân, Bergen (NH), Alphen a/d Rijn).
MUNICIPALITY = re.compile(r"[’']?[^\W\d_](?:[^\W\d_]|[ ’'.()/-])*")
POSTCODE = re.compile(r"([1-9][0-9]{3}) ?(?:[A-Za-z]{2})?")


class AnswerForm(forms.Form):
    """One answer to one question; the field depends on the kind of question. ``optional``: on a page with more
    questions, a question left open counts as skipped (None)."""

    def __init__(self, question: Question, *args, optional: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.question = question
        choices = [(option.value, option.label) for option in question.options]
        if question.kind == "choice":
            self.fields["answer"] = forms.ChoiceField(
                choices=choices,
                error_messages={
                    "required": _("Kies een antwoord."),
                    "invalid_choice": _("Kies een van de antwoorden hieronder."),
                },
            )
        elif question.kind == "multi":
            self.fields["answer"] = forms.MultipleChoiceField(
                choices=choices,
                error_messages={
                    "required": _("Kies minstens één antwoord. Of kies ‘Sla over’."),
                    "invalid_choice": _("Kies een van de antwoorden hieronder."),
                },
            )
        elif question.kind == "text":
            self.fields["answer"] = forms.CharField(
                max_length=60,
                error_messages={
                    "required": _("Vul je gemeente of de 4 cijfers van je postcode in. Of kies ‘Sla over’."),
                    "max_length": _("Dit is te lang voor een gemeente. Vul alleen de naam in, zoals Utrecht."),
                },
            )
        else:
            range_message = _("Vul een getal in van %(min)s tot en met %(max)s.") % {
                "min": question.minimum,
                "max": question.maximum,
            }
            self.fields["answer"] = forms.IntegerField(
                min_value=question.minimum,
                max_value=question.maximum,
                error_messages={
                    "required": _("Vul een getal in."),
                    "invalid": _("Vul alleen cijfers in, bijvoorbeeld 12."),
                    "min_value": range_message,
                    "max_value": range_message,
                },
            )
        self.fields["answer"].required = not optional
        if question.sensitive:
            self.fields["bewaren"] = forms.ChoiceField(
                choices=[("nee", _("Nee, gebruik het alleen nu")), ("ja", _("Ja, bewaar het bij mijn scan"))],
                required=False,
                initial="nee",
                error_messages={"invalid_choice": _("Kies of we je antwoord mogen bewaren: ja of nee.")},
            )

    def clean_answer(self):
        answer = self.cleaned_data["answer"]
        if answer in ("", [], None):
            return None  # left open on a page with more questions: skipped
        if self.question.kind == "text":
            return _place(answer)
        none_option = self.question.none_option
        if self.question.kind == "multi" and len(set(answer)) != len(answer):
            raise forms.ValidationError(_("Je koos een antwoord twee keer. Kies elk antwoord maar één keer."))
        if self.question.kind == "multi" and none_option in answer and len(answer) > 1:
            label = next(option.label for option in self.question.options if option.value == none_option)
            raise forms.ValidationError(
                _("Je koos ‘%(none)s’ en ook iets anders. Kies één van de twee.") % {"none": label}
            )
        return answer

    @property
    def consent(self) -> bool:
        return self.cleaned_data.get("bewaren") == "ja"


def _place(typed: str) -> str:
    """A municipality's name as typed (tidied), or the 4 digits of a postcode: the letters of a full postcode are
    dropped, so the scan never holds more than the area."""
    typed = " ".join(typed.split())
    postcode = POSTCODE.fullmatch(typed)
    if postcode:
        return postcode.group(1)
    if typed[:1].isdigit() or any(character.isdigit() for character in typed):
        raise forms.ValidationError(
            _("Een postcode begint met 4 cijfers, zoals 3511. Of vul de naam van je gemeente in.")
        )
    if sum(character.isalpha() for character in typed) < 2 or not MUNICIPALITY.fullmatch(typed):
        raise forms.ValidationError(
            _("Vul de naam van je gemeente in, zoals Utrecht of ’s-Hertogenbosch. Gebruik alleen letters.")
        )
    return typed


class ResumeForm(forms.Form):
    code = forms.CharField(
        label=_("Je code"),
        max_length=20,
        error_messages={"required": _("Vul je code in."), "max_length": _("Deze code is te lang.")},
    )

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if len(code) != CODE_LENGTH:
            raise forms.ValidationError(_("Een code heeft 8 letters en cijfers, zoals ABCD-EF23."))
        return code


class PlanForm(forms.Form):
    steps = forms.MultipleChoiceField(
        label=_("Welke stappen wil je zetten?"),
        error_messages={
            "required": _("Kies minstens één stap."),
            "invalid_choice": _("Kies een van de stappen hieronder."),
        },
    )
    goal = forms.CharField(
        label=_("Wat wil je bereiken?"),
        max_length=PLAN_GOAL_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Schrijf in een paar woorden wat je wilt bereiken."),
            "max_length": _("Dit is te lang. Gebruik hoogstens 300 tekens."),
        },
    )
    first_step = forms.CharField(
        label=_("Wat is je eerste kleine stap?"),
        max_length=PLAN_STEP_MAX,
        error_messages={
            "required": _("Schrijf op wat je als eerste gaat doen."),
            "max_length": _("Dit is te lang. Gebruik hoogstens 200 tekens."),
        },
    )
    first_step_date = forms.DateField(
        label=_("Wanneer doe je dat?"),
        input_formats=DATE_FORMATS,
        error_messages={
            "required": _("Kies een datum."),
            "invalid": _("Vul een datum in zoals 31-12-2026."),
        },
    )

    def __init__(self, steps: list[dict], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["steps"].choices = [(step["code"], step["title"]) for step in steps]

    def clean_goal(self):
        return " ".join(self.cleaned_data["goal"].split())

    def clean_first_step(self):
        return " ".join(self.cleaned_data["first_step"].split())

    def clean_first_step_date(self):
        chosen = self.cleaned_data["first_step_date"]
        today = timezone.localdate()
        if chosen < today:
            raise forms.ValidationError(_("Kies vandaag of een dag later."))
        if chosen > today + timedelta(days=366):
            raise forms.ValidationError(_("Kies een dag binnen een jaar. Een eerste stap is klein."))
        return chosen
