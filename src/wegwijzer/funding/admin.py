from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .forms import FundingSchemeForm
from .models import FundingScheme


@admin.register(FundingScheme)
class FundingSchemeAdmin(admin.ModelAdmin):
    form = FundingSchemeForm
    list_display = ["name", "funder", "kind", "valid_until", "is_example", "checked_on"]
    list_filter = ["kind", "is_example"]
    search_fields = ["name", "funder", "code"]
    fieldsets = [
        (None, {"fields": ["code", "name", "funder", "kind", "description", "is_example"]}),
        (_("Wie kan het krijgen"), {"fields": ["work_statuses", "educations", "age_min", "age_max", "benefits",
                                            "low_income", "sectors", "regions"]}),
        (_("Wat het betaalt"), {"fields": ["amount_cents", "percentage", "max_cents", "offer_kinds", "certificates"]}),
        (_("Wanneer en hoe"), {"fields": ["valid_from", "valid_until", "apply_steps", "apply_link", "documents"]}),
        (_("Bron"), {"fields": ["source", "checked_on"]}),
    ]  # fmt: skip
