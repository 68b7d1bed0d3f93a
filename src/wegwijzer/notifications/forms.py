from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Frequency, Message


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("Hoe vaak wil je een e-mail van ons?"),
        choices=Frequency.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies hoe vaak je een e-mail wilt."),
            "invalid_choice": _("Kies een van de drie mogelijkheden."),
        },
    )


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(
        choices=Message.Answer.choices,
        error_messages={
            "required": _("Kies een antwoord."),
            "invalid_choice": _("Kies een van de knoppen."),
        },
    )
