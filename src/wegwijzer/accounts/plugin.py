"""The accounts app in the registry (core/registry.py): demo accounts, the account's own data (deleted last, as
the user itself goes last) and the permission rules of its pages and of the project as a whole."""

from wegwijzer.core.registry import AppPlugin, registry

from . import demo, permissions, privacy

registry.register(
    AppPlugin(
        label="accounts",
        demo=demo.load,
        export_personal_data=privacy.export_personal_data,
        delete_personal_data=privacy.delete_personal_data,
        shared_data=privacy.shared_data,
        rules=permissions.RULES,
        delete_last=True,
    )
)
