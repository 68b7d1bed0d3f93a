"""Granting a budget in the admin (on behalf of an employer, fund or municipality), and reading its ledger.

A budget's money only moves through services (one ledger entry each), so the admin adds a budget with its first
money and shows everything after that read-only."""

import uuid
from decimal import Decimal

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from wegwijzer.accounts.admin import PersonAccessLogged
from wegwijzer.accounts.services import log_access, log_access_to_many
from wegwijzer.catalogue.vocab import Kind

from .models import Budget, Entry
from .money import euros
from .services import BUDGET_DATA, balances, grant


class GrantForm(forms.ModelForm):
    amount = forms.DecimalField(label=_("bedrag in euro"), min_value=Decimal("0.01"), max_digits=10, decimal_places=2)
    offer_kinds = forms.MultipleChoiceField(
        label=_("waarvoor"), choices=Kind.choices, widget=forms.CheckboxSelectMultiple
    )
    reason = forms.CharField(label=_("waarom"), max_length=200)
    # Made when the form opens: sending the same form twice grants once.
    key = forms.CharField(widget=forms.HiddenInput, initial=lambda: uuid.uuid4().hex)

    class Meta:
        model = Budget
        fields = ["person", "grantor", "name", "valid_from", "valid_until", "offer_kinds", "is_example"]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("valid_from"), cleaned.get("valid_until")
        if start and end and end < start:
            self.add_error("valid_until", _("De einddatum ligt voor de begindatum."))
        return cleaned


class EntryInline(admin.TabularInline):
    model = Entry
    fields = ["at", "movement", "reservation", "actor", "actor_role", "reason"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Budget)
class BudgetAdmin(PersonAccessLogged, admin.ModelAdmin):
    """A budget is a person's data: every look by staff (the list and one budget) and every grant is in the person's
    access log, so they see it on their privacy page."""

    list_display = ["name", "person", "grantor", "valid_until", "left", "is_example"]
    list_select_related = ["person", "grantor"]
    list_filter = ["grantor", "is_example"]
    raw_id_fields = ["person"]
    inlines = [EntryInline]

    @admin.display(description=_("over"))
    def left(self, budget: Budget) -> str:
        return euros(balances(budget).available)

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = GrantForm
        return super().get_form(request, obj, change, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in Budget._meta.fields] if obj else []

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        changelist = getattr(response, "context_data", {}).get("cl")  # absent when the admin redirects instead
        if changelist is not None:
            shown = (budget.person_id for budget in changelist.result_list)
            log_access_to_many(request.user, shown, BUDGET_DATA, str(_("Beheer: lijst van ontwikkelbudgetten bekeken")))
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        budget = self.get_object(request, object_id)
        if budget is not None:
            log_access(
                request.user, budget.person, BUDGET_DATA, str(_("Beheer: ontwikkelbudget bekeken (via /beheer/)"))
            )
        return super().change_view(request, object_id, form_url, extra_context)

    def has_delete_permission(self, request, obj=None):
        return False  # a budget goes only with the person's account (privacy hooks)

    def save_model(self, request, obj, form, change):
        if change:
            return
        amount_cents = int(form.cleaned_data["amount"] * 100)  # a Decimal with two places: whole cents
        data = form.cleaned_data
        budget, _created = grant(obj, amount_cents, actor=request.user, reason=data["reason"], key=data["key"])
        obj.pk = budget.pk  # the same form sent twice: the admin goes on to the budget granted the first time
