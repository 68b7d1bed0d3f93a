"""Coaching in the registry (core/registry.py): the coach's access grant (has_access), the coach's pages and the
participant's "give a coach access" page among the account pages, the coach's start page, and demo consent."""

from wegwijzer.accounts.models import DataCategory, Role
from wegwijzer.core.registry import AccessGrant, AppPlugin, registry

from . import demo, permissions, services, urls

registry.register(
    AppPlugin(
        label="coaching",
        demo=demo.load,
        rules=permissions.RULES,
        access=(AccessGrant(Role.COACH, frozenset(DataCategory.values), services.coach_sees),),
        account_urls=tuple(urls.account_urlpatterns),
        start_pages={Role.COACH: "coaching:caseload"},
    )
)
