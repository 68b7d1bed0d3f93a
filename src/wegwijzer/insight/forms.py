from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from .models import ConversationPrep
from .survey import SCALE, Survey

SCALE_LABELS = {
    1: _("Helemaal oneens"),
    2: _("Oneens"),
    3: _("Niet eens, niet oneens"),
    4: _("Eens"),
    5: _("Helemaal eens"),
}

PICK_ONE = _("Kies een van de antwoorden die er staan.")


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code van je werkgever"),
        max_length=20,
        error_messages={"required": _("Vul de code in die je van je werkgever kreeg.")},
        widget=forms.TextInput(attrs={"class": "utrecht-textbox", "autocomplete": "off"}),
    )


class ClimateForm(forms.Form):
    """One radio question per factor (1..5), then the biggest barrier and the biggest help; all required, so that
    every answer counts in every factor's score."""

    def __init__(self, *args, survey: Survey, **kwargs):
        super().__init__(*args, **kwargs)
        scale = [(value, SCALE_LABELS[value]) for value in SCALE]
        for factor in survey.factors:
            self.fields[factor.key] = forms.TypedChoiceField(
                label=factor.statement,
                choices=scale,
                coerce=int,
                widget=forms.RadioSelect(attrs={"class": "utrecht-radio-button"}),
                error_messages={"required": _("Kies een antwoord bij deze zin."), "invalid_choice": PICK_ONE},
            )
        for name, choice in (("barrier", survey.barriers), ("driver", survey.drivers)):
            self.fields[name] = forms.ChoiceField(
                label=choice.question,
                choices=list(choice.options.items()),
                widget=forms.RadioSelect(attrs={"class": "utrecht-radio-button"}),
                error_messages={"required": _("Kies één antwoord."), "invalid_choice": PICK_ONE},
            )


MAX_ANSWER = 1500
TOO_LONG = _("Dit is te lang. Schrijf het korter, in hoogstens %(limit_value)d tekens (nu %(show_value)d).")


class ConversationPrepForm(forms.ModelForm):
    """The questions come from the research: what would you like to learn, what do you run into in your work, and
    how do we go about it (Energietransitie fase 2, L334); what goes well and what you need (richting, ruimte,
    ruggensteun). Every question may stay empty, but not all of them."""

    class Meta:
        model = ConversationPrep
        fields = ["going_well", "want_to_learn", "running_into", "needs", "to_agree"]
        labels = {
            "going_well": _("Wat gaat goed in je werk? Waar ben je trots op?"),
            "want_to_learn": _("Wat zou je graag nog leren?"),
            "running_into": _("Waar loop je tegenaan in je werk?"),
            "needs": _("Wat heb je daarvoor nodig? Denk aan tijd, een cursus of hulp van een collega."),
            "to_agree": _("Wat wil je vragen of afspreken in het gesprek?"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.max_length = MAX_ANSWER
            field.validators.append(MaxLengthValidator(MAX_ANSWER, TOO_LONG))
            field.widget = forms.Textarea(attrs={"class": "utrecht-textarea", "rows": 4, "maxlength": MAX_ANSWER})

    def clean(self):
        cleaned = super().clean()
        if not any((cleaned.get(name) or "").strip() for name in self.Meta.fields) and not self.errors:
            raise forms.ValidationError(_("Vul minstens één vraag in. Je kunt de andere leeg laten."))
        return cleaned
