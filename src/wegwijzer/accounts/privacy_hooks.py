"""A person's data across every app: each wegwijzer app may have a ``privacy.py`` with these functions.

    export_personal_data(user) -> dict        everything the app stores about this person (plain JSON types)
    delete_personal_data(user) -> None        remove it, and everything derived from it
    shared_data(person, viewer) -> dict       optional: what this viewer may see (call services.has_access)
    on_consent_withdrawn(consent) -> None     optional: act on a withdrawn consent (e.g. remove sensitive answers)
    delete_expired(older_than_days) -> int    optional: retention of anonymous data (wegwijzer purge_expired)

Like core/demo.py finds ``demo.py``, these functions are found at run time, so a new app only adds its own file.
"""

from collections.abc import Callable, Iterator
from importlib import import_module
from importlib.util import find_spec
from types import ModuleType

from django.apps import apps
from django.db import transaction
from django.utils import timezone

ACCOUNTS = "wegwijzer.accounts"
# Besides privacy.py's delete_expired, the retention hook may be called delete_expired_<what> and live in these.
RETENTION_MODULES = ("privacy", "retention", "services")


def privacy_modules() -> Iterator[tuple[str, ModuleType]]:
    """(app label, privacy module) for every wegwijzer app that has one; accounts last, as the user goes last."""
    configs = sorted(
        (c for c in apps.get_app_configs() if c.name.startswith("wegwijzer.")), key=lambda c: c.name == ACCOUNTS
    )
    for config in configs:
        if find_spec(f"{config.name}.privacy"):
            yield config.label, import_module(f"{config.name}.privacy")


def export_everything(user) -> dict:
    data = {label: module.export_personal_data(user) for label, module in privacy_modules()}
    return {"wegwijzer_export": {"gemaakt_op": timezone.now().isoformat(), "gebruiker": user.username}, **data}


@transaction.atomic
def delete_account(user) -> None:
    """Remove the person and everything about them from every app, in one transaction: all or nothing."""
    for _label, module in privacy_modules():
        module.delete_personal_data(user)
    user.delete()


def notify_consent_withdrawn(consent) -> None:
    for _label, module in privacy_modules():
        hook = getattr(module, "on_consent_withdrawn", None)
        if hook:
            hook(consent)


def shared_with(viewer, person) -> dict:
    """What each app lets this viewer see of the person; apps without shared_data show nothing (safe default)."""
    shared = {}
    for label, module in privacy_modules():
        hook = getattr(module, "shared_data", None)
        data = hook(person, viewer) if hook else None
        if data:
            shared[label] = data
    return shared


def retention_hooks() -> list[tuple[str, Callable[[int], object]]]:
    """(name, function) of every app's retention hook: delete_expired or delete_expired_<what>(older_than_days)."""
    hooks = []
    for config in apps.get_app_configs():
        if not config.name.startswith("wegwijzer."):
            continue
        for module_name in RETENTION_MODULES:
            full_name = f"{config.name}.{module_name}"
            if not find_spec(full_name):
                continue
            module = import_module(full_name)
            for name in sorted(vars(module)):
                function = getattr(module, name)
                is_hook = name == "delete_expired" or name.startswith("delete_expired_")
                defined_here = getattr(function, "__module__", None) == full_name  # not an import from elsewhere
                if is_hook and callable(function) and defined_here:
                    hooks.append((f"{full_name}.{name}", function))
    return hooks
