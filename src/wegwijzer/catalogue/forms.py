from django import forms
from django.utils.translation import gettext_lazy as _


class ReviewForm(forms.Form):
    followed = forms.BooleanField(
        label=_("Ik heb dit aanbod gevolgd"),
        error_messages={"required": _("Vink aan dat je dit aanbod hebt gevolgd. Alleen dan kun je het beoordelen.")},
    )
    rating = forms.TypedChoiceField(
        label=_("Welk cijfer geef je?"),
        choices=[(n, str(n)) for n in range(5, 0, -1)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies een cijfer van 1 tot en met 5.")},
    )
    sentence = forms.CharField(
        label=_("Wat bracht het je? Eén zin."),
        max_length=200,
        error_messages={
            "required": _("Schrijf in één zin wat het je bracht."),
            "max_length": _("Houd het kort: hoogstens 200 tekens."),
        },
    )
