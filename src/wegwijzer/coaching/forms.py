from django import forms
from django.utils.translation import gettext_lazy as _

from wegwijzer.accounts.forms import TEXTBOX

from .services import find_coach


class GrantCoachForm(forms.Form):
    code = forms.CharField(
        label=_("Code van je coach"),
        help_text=_("Je coach geeft je deze code. Hij heeft 8 tekens."),
        max_length=20,
        error_messages={"required": _("Vul de code van je coach in.")},
        widget=forms.TextInput(attrs={**TEXTBOX, "autocomplete": "off"}),
    )
    include_sensitive = forms.BooleanField(
        label=_("Mijn coach mag ook mijn gevoelige antwoorden zien (gezondheid, schulden)."),
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "utrecht-checkbox utrecht-checkbox--html-input"}),
    )

    def clean_code(self):
        coach = find_coach(self.cleaned_data["code"])
        if coach is None:
            raise forms.ValidationError(_("We vinden geen coach met deze code. Kijk of je hem goed hebt overgenomen."))
        self.coach = coach
        return self.cleaned_data["code"]
