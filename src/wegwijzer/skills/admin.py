from django.contrib import admin

from .models import Accreditation, EscoConcept


@admin.register(EscoConcept)
class EscoConceptAdmin(admin.ModelAdmin):
    list_display = ["label", "concept_type", "code", "uri"]
    list_filter = ["concept_type"]
    search_fields = ["label", "uri", "code"]
    raw_id_fields = ["broader"]


@admin.register(Accreditation)
class AccreditationAdmin(admin.ModelAdmin):
    """Where an administrator makes someone an accredited assessor (docs/skills.md)."""

    list_display = ["user", "organisation", "granted_by", "granted_at"]
    raw_id_fields = ["user"]
    readonly_fields = ["granted_by", "granted_at"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.granted_by = request.user
        super().save_model(request, obj, form, change)
