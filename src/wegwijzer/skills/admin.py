from django.contrib import admin

from .models import EscoConcept


@admin.register(EscoConcept)
class EscoConceptAdmin(admin.ModelAdmin):
    list_display = ["label", "concept_type", "uri"]
    search_fields = ["label", "uri"]
