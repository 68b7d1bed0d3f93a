"""Coaching in the registry (core/registry.py): the coach's access grant (has_access), the coach's pages and the
participant's coaching pages among the account pages, the coach's start page, privacy hooks (export, delete,
what the coach sees, retention after the work together ended), the person's dated plan steps for reminders and
check-ins, the steps done as progress, the steps agreed and done of a group (for employers' and regions' figures), and
demo data."""

from wegwijzer.accounts.models import DataCategory, Role
from wegwijzer.core.registry import AccessGrant, AppPlugin, Retention, registry

from . import demo, overview, permissions, privacy, services, urls

registry.register(
    AppPlugin(
        label="coaching",
        demo=demo.load,
        rules=permissions.RULES,
        access=(AccessGrant(Role.COACH, frozenset(DataCategory.values), services.coach_sees),),
        account_urls=tuple(urls.account_urlpatterns),
        start_pages={Role.COACH: "coaching:caseload"},
        export_personal_data=privacy.export_personal_data,
        delete_personal_data=privacy.delete_personal_data,
        shared_data=privacy.shared_data,
        labels=privacy.LABELS,
        overview=overview.overview,
        dutch_only=frozenset({"tekst", "onderwerp", "aanbod", "betaald_met"}),
        retention=(Retention("begeleiding na het einde van de toegang", services.delete_after_access_ended),),
        dated_steps=services.dated_plan_steps,
        finished_steps=services.finished_plan_steps,
        complete_dated_step=services.complete_dated_step,
        group_figures=services.group_figures,
    )
)
