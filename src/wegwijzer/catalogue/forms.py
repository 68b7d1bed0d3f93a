from django import forms
from django.utils.translation import gettext_lazy as _


class ReviewForm(forms.Form):
    followed = forms.BooleanField(
        label=_("Ik heb dit aanbod gevolgd"),
        error_messages={"required": _("Vink aan dat je dit aanbod hebt gevolgd. Alleen dan kun je het beoordelen.")},
    )
    # A mark out of 10, as at school and in Dutch reviews: people read it at a glance (issue 12).
    rating = forms.TypedChoiceField(
        label=_("Welk cijfer geef je?"),
        choices=[(n, str(n)) for n in range(1, 11)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies een cijfer van 1 tot en met 10."),
            "invalid_choice": _("Kies een cijfer van 1 tot en met 10."),
        },
    )
    sentence = forms.CharField(
        label=_("Wat bracht het je? Eén zin."),
        max_length=200,
        error_messages={
            "required": _("Schrijf in één zin wat het je bracht."),
            "max_length": _("Houd het kort: hoogstens 200 tekens."),
        },
    )
