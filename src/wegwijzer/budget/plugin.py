"""The ontwikkelbudget in the registry (core/registry.py): the person's budget data (export, delete), the rules,
"Mijn ontwikkelbudget" on Mijn Wegwijzer, the budget's part of an offer's page, the provider's start page (the
sign-ups to confirm), the demo budget, the daily expiry and reminder, the end of each paid course (for a check-in
after it), and the money a group spent (for employers' and regions' figures)."""

from wegwijzer.accounts.models import Role
from wegwijzer.core.registry import AppPlugin, PeriodicJob, registry

from . import demo, overview, permissions, privacy, services, views

registry.register(
    AppPlugin(
        label="budget",
        demo=demo.load,
        export_personal_data=privacy.export_personal_data,
        delete_personal_data=privacy.delete_personal_data,
        labels=privacy.LABELS,
        dutch_only=privacy.DUTCH_ONLY,
        rules=permissions.RULES,
        overview=overview.overview,
        offer_panel=views.offer_panel,
        start_pages={Role.AANBIEDER: "budget:provider"},  # a provider's work here: confirming sign-ups
        periodic=(PeriodicJob("ontwikkelbudget verlopen", services.expire_and_remind),),
        dated_steps=services.course_ends,
        group_figures=services.group_figures,
    )
)
