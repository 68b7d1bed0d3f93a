"""One form for a funding scheme, used by the admin and by the importer, so both check the same things in Dutch."""

from django import forms
from django.core.validators import validate_slug
from django.utils.translation import gettext_lazy as _

from .eligibility.conditions import BENEFIT, EDUCATION, WORK_STATUS
from .models import FundingScheme

MAX_LINES = 30


class LinesField(forms.Field):
    """A list of short texts: a list (from a file) or one per line (in the admin)."""

    widget = forms.Textarea(attrs={"rows": 3})

    def __init__(self, *, codes: bool = False, **kwargs):
        self.codes = codes
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value) -> list[str]:
        if value in (None, ""):
            return []
        if isinstance(value, str):
            value = value.splitlines()
        if not isinstance(value, list) or not all(isinstance(item, str | int) for item in value):
            raise forms.ValidationError(_("Geef een lijst met teksten."))
        items = [str(item).strip() for item in value if str(item).strip()]
        if len(items) > MAX_LINES:
            raise forms.ValidationError(_("Hoogstens %(max)s regels.") % {"max": MAX_LINES})
        return items

    def validate(self, value):
        super().validate(value)
        for item in value if self.codes else ():
            validate_slug(item)


class ChoicesListField(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        if isinstance(value, str):  # one value in a file: "zzp"
            value = [value]
        return super().to_python(value)


class FundingSchemeForm(forms.ModelForm):
    work_statuses = ChoicesListField(
        label=_("werksituatie"), choices=[(code, words[2]) for code, words in WORK_STATUS.items()]
    )
    educations = ChoicesListField(label=_("opleiding"), choices=list(EDUCATION.items()))
    benefits = ChoicesListField(label=_("uitkering"), choices=list(BENEFIT.items()))
    sectors = LinesField(label=_("sectoren"), help_text=_("Eén per regel, zoals: de techniek"))
    regions = LinesField(label=_("gemeenten of provincies"), help_text=_("Eén per regel, zoals: Utrecht"))
    offer_kinds = LinesField(
        label=_("voor soorten aanbod"), codes=True, help_text=_("Codes uit het aanbod, één per regel: cursus, training")
    )
    certificates = LinesField(
        label=_("voor soorten bewijs"), codes=True, help_text=_("Codes uit het aanbod, één per regel: diploma")
    )
    apply_link = forms.URLField(label=_("link om aan te vragen"), required=False, assume_scheme="https")
    apply_steps = LinesField(label=_("zo vraag je het aan"), help_text=_("Eén stap per regel"))
    documents = LinesField(label=_("wat je nodig hebt"), help_text=_("Eén ding per regel"))

    class Meta:
        model = FundingScheme
        fields = [field.name for field in FundingScheme._meta.fields if field.name != "id"]
