"""What the participant's "Mijn Wegwijzer" page says about working with a coach (accounts' own "Mijn coach" card
says who has access): the way to the shared plan and what the coach shares, once a coach has access."""

from django.urls import reverse
from django.utils.translation import gettext as _

from wegwijzer.core.registry import OverviewItem

from .services import coaches_of


def overview(person) -> tuple[OverviewItem, ...]:
    if not coaches_of(person).exists():
        return ()
    text = _("Jullie plan, jullie gesprekken en wat je coach met je deelt.")
    return (OverviewItem(_("Samen met je coach"), text, reverse("accounts:my_coach"), _("Naar ons plan")),)
