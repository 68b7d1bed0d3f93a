"""A person's data across every app, as the apps registered it (core/registry.py, each app's plugin.py):

    export_personal_data(user) -> dict        everything the app stores about this person (plain JSON types)
    delete_personal_data(user) -> None        remove it, and everything derived from it
    shared_data(person, viewer) -> dict       optional: what this viewer may see (call services.has_access)
    on_consent_withdrawn(consent) -> None     optional: act on a withdrawn consent (e.g. remove sensitive answers)

Retention of anonymous data is a plugin's ``retention`` (wegwijzer purge_expired, and daily through
wegwijzer run_periodic).
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wegwijzer.core.registry import registry


def export_everything(user) -> dict:
    data = {
        plugin.label: plugin.export_personal_data(user)
        for plugin in registry.privacy_plugins()
        if plugin.export_personal_data
    }
    return {"wegwijzer_export": {"gemaakt_op": timezone.now().isoformat(), "gebruiker": user.username}, **data}


@transaction.atomic
def delete_account(user) -> None:
    """Remove the person and everything about them from every app, in one transaction: all or nothing."""
    for plugin in registry.privacy_plugins():
        if plugin.delete_personal_data:
            plugin.delete_personal_data(user)
    user.delete()


def notify_consent_withdrawn(consent) -> None:
    for plugin in registry.privacy_plugins():
        if plugin.on_consent_withdrawn:
            plugin.on_consent_withdrawn(consent)


def shared_with(viewer, person) -> dict:
    """What each app lets this viewer see of the person; apps without shared_data show nothing (safe default)."""
    shared = {}
    for plugin in registry.privacy_plugins():
        data = plugin.shared_data(person, viewer) if plugin.shared_data else None
        if data:
            shared[plugin.label] = data
    return shared


def purge_expired(days: int) -> list[tuple[str, str, int]]:
    """Run every app's retention with this many days; (app, what, how many records went) per retention."""
    return [(label, retention.name, retention.delete_expired(days)) for label, retention in registry.retention()]


def purge_expired_today(today) -> str:
    """The daily job (``wegwijzer run_periodic``): every retention with the configured number of days."""
    days = settings.WEGWIJZER_ANONYMOUS_SCAN_RETENTION_DAYS
    return "; ".join(f"{label}, {name}: {removed}" for label, name, removed in purge_expired(days))
