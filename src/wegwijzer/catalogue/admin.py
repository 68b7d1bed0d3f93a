from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Offer, Payer, Provider, Review
from .services import moderate_review


@admin.register(Provider)
class ProviderAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "organisation"]
    search_fields = ["name", "code"]


@admin.register(Payer)
class PayerAdmin(admin.ModelAdmin):
    """A payer added here is at once a value of the search filter "Wie kan betalen" and can be linked to offers."""

    list_display = ["name", "code", "order"]
    search_fields = ["name", "code"]


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin):
    list_display = ["title", "provider", "kind", "schedule", "hours", "price_cents", "is_active"]
    list_filter = ["is_active", "kind", "schedule", "delivery", "theme", "source"]
    search_fields = ["title", "external_id"]
    raw_id_fields = ["provider"]
    filter_horizontal = ["esco_concepts"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "payers":  # a handful: checkboxes
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    """Moderation: a beheerder reads each review before anyone else sees it."""

    list_display = ["offer", "rating", "sentence", "primary_group", "status", "created_at"]
    list_filter = ["status"]
    readonly_fields = ["offer", "user", "rating", "sentence", "primary_group", "moderated_by", "moderated_at"]
    actions = ["approve", "reject"]

    @admin.action(description=_("Goedkeuren: laat zien op de site"))
    def approve(self, request, queryset):
        for review in queryset:
            moderate_review(review, request.user, approve=True)

    @admin.action(description=_("Afwijzen"))
    def reject(self, request, queryset):
        for review in queryset:
            moderate_review(review, request.user, approve=False)
