"""Insight in the registry (core/registry.py): its rules, the start page of employers and regions, and the
personal facts it keeps (that a person answered the survey in a quarter, and their own preparation for the
ontwikkelgesprek, which their employer may read only while they share it: the access grant below). The survey's
answers themselves are anonymous; the employer's access to a plan is the sharing consent in accounts. Each day the
scheduler adds up the regions' closed quarters of the learning-climate survey, and counts each employer's and
region's quarter that just ended once (plan steps, budget, a region's scans), from the other apps' registry parts."""

import datetime

from django.urls import reverse
from django.utils.translation import gettext as _

from wegwijzer.accounts.models import Role
from wegwijzer.accounts.services import employer_of, employer_sees_shared_item
from wegwijzer.core.registry import AccessGrant, AppPlugin, OverviewItem, PeriodicJob, registry

from . import permissions, privacy, services
from .models import CONVERSATION, ConversationPrep


def refresh_region_tallies(today: datetime.date) -> str:
    return f"{services.refresh_region_tallies(today)} regiotellingen"


def overview(person) -> tuple[OverviewItem, ...]:
    """On Mijn Wegwijzer, for someone with an employer or a preparation already: the ontwikkelgesprek."""
    if employer_of(person) is None and not ConversationPrep.objects.filter(person=person).exists():
        return ()
    text = _("Bereid een gesprek over leren met je leidinggevende voor. Alleen jij ziet het, tot je het deelt.")
    return (OverviewItem(_("Je ontwikkelgesprek"), text, reverse("insight:conversation"), _("Voorbereiden")),)


def freeze_closed_quarters(today: datetime.date) -> str:
    return f"{services.freeze_closed_quarters(today)} kwartalen geteld"


registry.register(
    AppPlugin(
        label="insight",
        export_personal_data=privacy.export_personal_data,
        delete_personal_data=privacy.delete_personal_data,
        shared_data=privacy.shared_data,
        overview=overview,
        access=(AccessGrant(Role.WERKGEVER, frozenset({CONVERSATION}), employer_sees_shared_item),),
        labels=privacy.LABELS,
        rules=permissions.RULES,
        start_pages={Role.WERKGEVER: "insight:organisation", Role.REGIO: "insight:organisation"},
        periodic=(
            PeriodicJob("leerklimaat per regio", refresh_region_tallies),
            PeriodicJob("kwartaalcijfers werkgevers en regio's", freeze_closed_quarters),
        ),
    )
)
