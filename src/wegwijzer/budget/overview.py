"""What "Mijn Wegwijzer" (accounts:mine) says about the person's ontwikkelbudget, when they have one."""

from django.urls import reverse
from django.utils.translation import gettext as _

from wegwijzer.core.registry import OverviewItem

from .money import euros
from .services import summaries


def overview(person) -> tuple[OverviewItem, ...]:
    budgets = summaries(person)
    if not budgets:
        return ()
    left = sum(summary.balances.available for summary in budgets)
    return (
        OverviewItem(
            heading=_("Mijn ontwikkelbudget"),
            text=_("Je hebt nog %(amount)s om te leren.") % {"amount": euros(left)},
            link_url=reverse("budget:mine"),
            link_text=_("Bekijk je ontwikkelbudget"),
        ),
    )
