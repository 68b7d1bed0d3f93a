from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import FinishedLearning


class FinishedLearningForm(forms.ModelForm):
    """The provider or coach confirms: when the person finished, and what they did (it goes into the credential)."""

    class Meta:
        model = FinishedLearning
        fields = ["finished_on", "what_was_done"]
        labels = {
            "finished_on": _("Wanneer was het klaar? (dag-maand-jaar)"),
            "what_was_done": _("Wat heeft deze persoon gedaan?"),
        }
        widgets = {
            "finished_on": forms.DateInput(attrs={"class": "utrecht-textbox"}, format="%d-%m-%Y"),
            "what_was_done": forms.Textarea(attrs={"rows": 4, "class": "utrecht-textarea"}),
        }
        error_messages = {
            "finished_on": {"required": _("Vul de datum in."), "invalid": _("Schrijf de datum als dag-maand-jaar.")},
            "what_was_done": {"required": _("Schrijf op wat deze persoon deed.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["finished_on"].required = True
        self.fields["what_was_done"].required = True

    def clean_finished_on(self):
        finished_on = self.cleaned_data["finished_on"]
        if finished_on > timezone.localdate():
            raise forms.ValidationError(_("Die datum ligt in de toekomst."))
        return finished_on
