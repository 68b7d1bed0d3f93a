"""The budget's part of a person's data (accounts/privacy_hooks.py): their budgets and every movement of them."""

from typing import Any

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models import Budget, Entry
from .money import euros
from .services import MOVEMENT_LABELS, summaries

# How the export's keys read on a page (core/registry.py); "wat", "waarom", "wanneer" and "aanbod" are
# labelled by accounts and the catalogue already.
LABELS = {
    "budget": _("Ontwikkelbudget"),
    "budgetnaam": _("Naam van het budget"),
    "ontwikkelbudgetten": _("Je ontwikkelbudgetten"),
    "gegeven_door": pgettext_lazy("budget", "Gegeven door"),  # granted by; a credential's issuer has its own
    "van": _("Te gebruiken vanaf"),
    "tot_en_met": _("Tot en met"),
    "over": _("Nog te besteden"),
    "boekingen": _("Wat er met het geld gebeurde"),
    "bedrag": _("Bedrag"),
}
DUTCH_ONLY = frozenset({"budgetnaam"})  # the grantor names the budget in Dutch


def export_personal_data(person) -> dict[str, Any]:
    return {
        "ontwikkelbudgetten": [
            {
                "budgetnaam": summary.budget.name,
                "gegeven_door": summary.budget.grantor.name,
                "van": summary.budget.valid_from.isoformat(),
                "tot_en_met": summary.budget.valid_until.isoformat(),
                "over": euros(summary.balances.available),
                "boekingen": [_entry(entry) for entry in _entries(summary.budget)],
            }
            for summary in summaries(person)
        ]
    }


def _entries(budget: Budget):
    return budget.entries.select_related("reservation").prefetch_related("lines")


def _entry(entry: Entry) -> dict[str, Any]:
    moved = next(line.amount_cents for line in entry.lines.all() if line.amount_cents > 0)
    return {
        "wanneer": entry.at.isoformat(),
        "wat": str(MOVEMENT_LABELS[entry.movement]),
        "bedrag": euros(moved),
        "aanbod": entry.reservation.offer_title if entry.reservation else None,
        "waarom": entry.reason,
    }


def delete_personal_data(person) -> None:
    """The budgets go with their reservations and ledger; the grantor's totals no longer count them."""
    Budget.objects.filter(person=person).delete()
