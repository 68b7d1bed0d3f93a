"""Insight in the registry (core/registry.py): its rules, the start page of employers and regions, and the one
personal fact it keeps (that a person answered the survey in a quarter). The figures are counted when asked; the
answers themselves are anonymous; the employer's access to a plan is the sharing consent in accounts. Each day the
scheduler adds up the regions' closed quarters of the learning-climate survey, and counts each employer's and
region's quarter that just ended once (plan steps, budget, a region's scans), from the other apps' registry parts."""

import datetime

from wegwijzer.accounts.models import Role
from wegwijzer.core.registry import AppPlugin, PeriodicJob, registry

from . import permissions, privacy, services


def refresh_region_tallies(today: datetime.date) -> str:
    return f"{services.refresh_region_tallies(today)} regiotellingen"


def freeze_closed_quarters(today: datetime.date) -> str:
    return f"{services.freeze_closed_quarters(today)} kwartalen geteld"


registry.register(
    AppPlugin(
        label="insight",
        export_personal_data=privacy.export_personal_data,
        delete_personal_data=privacy.delete_personal_data,
        labels=privacy.LABELS,
        rules=permissions.RULES,
        start_pages={Role.WERKGEVER: "insight:organisation", Role.REGIO: "insight:organisation"},
        periodic=(
            PeriodicJob("leerklimaat per regio", refresh_region_tallies),
            PeriodicJob("kwartaalcijfers werkgevers en regio's", freeze_closed_quarters),
        ),
    )
)
