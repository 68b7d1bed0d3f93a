from django import forms
from django.utils.translation import gettext_lazy as _

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
