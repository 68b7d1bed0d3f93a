"""The accounts app in the registry (core/registry.py): demo accounts, the account's own data (deleted last, as
the user itself goes last), expired sessions, the permission rules of its pages and of the project as a whole, and
two ways in which someone else may see a person's data: an employer the item the person shared with it (the
consent is ours, see services.share_with_employer), and an administrator the account data only."""

from wegwijzer.core.registry import AccessGrant, AppPlugin, PeriodicJob, Retention, registry

from . import demo, permissions, privacy, privacy_hooks, services, signup
from .models import DataCategory, Role

registry.register(
    AppPlugin(
        label="accounts",
        demo=demo.load,
        export_personal_data=privacy.export_personal_data,
        delete_personal_data=privacy.delete_personal_data,
        shared_data=privacy.shared_data,
        labels=privacy.LABELS,
        retention=(
            Retention("verlopen sessies", privacy.delete_expired_sessions),
            Retention("nooit bevestigde accounts", signup.delete_unconfirmed),
        ),
        periodic=(PeriodicJob("bewaartermijnen", privacy_hooks.purge_expired_today),),
        rules=permissions.RULES,
        access=(
            AccessGrant(Role.WERKGEVER, frozenset(DataCategory.values), services.employer_sees_shared_item),
            AccessGrant(Role.BEHEERDER, frozenset({DataCategory.ACCOUNT}), services.staff_sees_account),
        ),
        start_pages={Role.BEHEERDER: "admin:index", Role.DEELNEMER: "accounts:mine"},
        delete_last=True,
    )
)
