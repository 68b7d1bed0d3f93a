"""The form an employer, O&O-fonds or municipality fills in to offer a budget through a code, and the form a person
types a code into. Every wrong value gets its own Dutch message at its field; nothing is saved then."""

import datetime
from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wegwijzer.accounts.forms import TEXTBOX
from wegwijzer.catalogue.vocab import Kind

DATE = {**TEXTBOX, "type": "date"}
MAX_EUROS = Decimal("100000")  # more per person is surely a typing error
MAX_PLACES = 100_000


class GrantLinkForm(forms.Form):
    name = forms.CharField(
        label=_("Naam van het budget"),
        max_length=100,
        help_text=_("Bijvoorbeeld: Leerbudget 2026. De mensen zien deze naam."),
        widget=forms.TextInput(attrs=TEXTBOX),
        error_messages={"required": _("Geef het budget een naam.")},
    )
    amount = forms.DecimalField(
        label=_("Bedrag per persoon in euro"),
        min_value=Decimal("0.01"),
        max_value=MAX_EUROS,
        decimal_places=2,
        localize=True,  # "499,95" in Dutch
        widget=forms.TextInput(attrs={**TEXTBOX, "inputmode": "decimal"}),
        error_messages={
            "required": _("Vul een bedrag in."),
            "invalid": _("Vul een bedrag in euro in, bijvoorbeeld 500 of 499,95."),
            "min_value": _("Vul een bedrag in dat groter is dan nul."),
            "max_value": _("Dat is meer dan € 100.000 per persoon. Klopt het bedrag?"),
            "max_decimal_places": _("Een bedrag heeft hoogstens twee cijfers na de komma."),
            "max_digits": _("Vul een bedrag in euro in, bijvoorbeeld 500 of 499,95."),
        },
    )
    places = forms.IntegerField(
        label=_("Voor hoeveel mensen"),
        min_value=1,
        max_value=MAX_PLACES,
        help_text=_("Zoveel mensen kunnen de code gebruiken. Daarna werkt hij niet meer."),
        widget=forms.TextInput(attrs={**TEXTBOX, "inputmode": "numeric"}),
        error_messages={
            "required": _("Vul in voor hoeveel mensen het budget is."),
            "invalid": _("Vul een heel getal in, bijvoorbeeld 25."),
            "min_value": _("Het budget is voor minstens 1 persoon."),
            "max_value": _("Dat zijn te veel mensen voor één code. Maak meer codes."),
        },
    )
    valid_from = forms.DateField(
        label=_("Te gebruiken vanaf"),
        widget=forms.DateInput(attrs=DATE, format="%Y-%m-%d"),
        error_messages={"required": _("Vul in vanaf wanneer."), "invalid": _("Vul een datum in, zoals 1-1-2027.")},
    )
    valid_until = forms.DateField(
        label=_("Te gebruiken tot en met"),
        help_text=_("Daarna vervalt wat over is."),
        widget=forms.DateInput(attrs=DATE, format="%Y-%m-%d"),
        error_messages={"required": _("Vul in tot wanneer."), "invalid": _("Vul een datum in, zoals 31-12-2027.")},
    )
    offer_kinds = forms.MultipleChoiceField(
        label=_("Waarvoor mag het"),
        choices=Kind.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Kies minstens één soort aanbod."),
            "invalid_choice": _("Kies een soort aanbod uit de lijst."),
        },
    )

    def clean_valid_until(self) -> datetime.date:
        until = self.cleaned_data["valid_until"]
        if until < timezone.localdate():
            raise forms.ValidationError(_("Deze datum is al voorbij. Kies een datum in de toekomst."))
        return until

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("valid_from"), cleaned.get("valid_until")
        if start and end and end < start:
            self.add_error("valid_until", _("De einddatum ligt voor de begindatum."))
        return cleaned

    @property
    def amount_cents(self) -> int:
        return int(self.cleaned_data["amount"] * 100)  # a Decimal with at most two places: whole cents


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Je code"),
        max_length=30,
        help_text=_("Je kreeg hem van je werkgever, je O&O-fonds of je gemeente."),
        widget=forms.TextInput(attrs={**TEXTBOX, "autocomplete": "off", "autocapitalize": "characters"}),
        error_messages={"required": _("Vul de code in die je kreeg.")},
    )
