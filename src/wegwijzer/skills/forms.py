from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Confirmation


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("In je eigen woorden"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "class": "utrecht-textarea"}),
    )


class KeepForm(forms.Form):
    """The suggested skills; the person unticks the ones that do not fit."""

    skills = forms.MultipleChoiceField(
        label=_("Wat past bij jou?"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, suggestions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["skills"].choices = [(skill.key, skill.label) for skill in suggestions]
        self.fields["skills"].initial = [skill.key for skill in suggestions]


class ConfirmForm(forms.ModelForm):
    class Meta:
        model = Confirmation
        fields = ["how", "what_was_seen", "seen_on"]
        labels = {"what_was_seen": _("Wat heb je gezien of gehoord?"), "seen_on": _("Wanneer? (dag-maand-jaar)")}
        widgets = {
            "how": forms.RadioSelect,
            "what_was_seen": forms.Textarea(attrs={"rows": 4, "class": "utrecht-textarea"}),
            "seen_on": forms.DateInput(attrs={"class": "utrecht-textbox"}, format="%d-%m-%Y"),
        }
        error_messages = {
            "what_was_seen": {"required": _("Schrijf op wat je zag of hoorde.")},
            "seen_on": {"required": _("Vul de datum in."), "invalid": _("Schrijf de datum als dag-maand-jaar.")},
            "how": {"required": _("Kies hoe je het zag.")},
        }

    def clean_seen_on(self):
        seen_on = self.cleaned_data["seen_on"]
        if seen_on > timezone.localdate():
            raise forms.ValidationError(_("Die datum ligt in de toekomst."))
        return seen_on
