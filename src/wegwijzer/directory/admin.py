from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from .importers import HttpsURLField
from .models import HelpEntry, Municipality, PostcodeRange, stale_before


class PostcodeRangeInline(admin.TabularInline):
    model = PostcodeRange
    extra = 1


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "cbs_code", "postcodes", "is_demo"]
    list_filter = ["is_demo"]
    search_fields = ["name", "cbs_code"]
    inlines = [PostcodeRangeInline]

    @admin.display(description=_("postcodes"))
    def postcodes(self, municipality):
        return ", ".join(str(postcode_range) for postcode_range in municipality.postcode_ranges.all())

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("postcode_ranges")


class StaleFilter(admin.SimpleListFilter):
    """Real entries whose check is older than WEGWIJZER_HELP_STALE_DAYS: look at the source again."""

    title = _("verouderd")
    parameter_name = "verouderd"

    def lookups(self, request, model_admin):
        return [("ja", _("Ja, opnieuw controleren")), ("nee", _("Nee"))]

    def queryset(self, request, queryset):
        stale = {"checked_on__lt": stale_before()}
        if self.value() == "ja":
            return queryset.filter(**stale)
        if self.value() == "nee":
            return queryset.exclude(**stale)
        return queryset


@admin.register(HelpEntry)
class HelpEntryAdmin(admin.ModelAdmin):
    list_display = ["organisation", "service", "scope", "is_demo", "checked_on", "stale"]
    list_filter = ["service", "municipality", StaleFilter, "is_demo"]
    search_fields = ["organisation", "key", "what_they_do"]
    list_select_related = ["municipality"]
    formfield_overrides = {models.URLField: {"form_class": HttpsURLField}}
    fieldsets = [
        (None, {"fields": ["key", "service", "municipality", "organisation", "what_they_do"]}),
        (_("Zo bereik je ze"), {"fields": ["address", "phone", "website", "opening_hours", "what_to_bring"]}),
        (
            _("Bron"),
            {
                "fields": ["source_url", "checked_on", "source_note", "is_demo"],
                "description": _(
                    "Een echt adres heeft een openbare bron en de datum van controle; anders is het een voorbeeld."
                ),
            },
        ),
    ]

    @admin.display(description=_("waar"), ordering="municipality__name")
    def scope(self, entry):
        return entry.scope_label

    @admin.display(description=_("verouderd"), boolean=True)
    def stale(self, entry):
        return entry.is_stale
