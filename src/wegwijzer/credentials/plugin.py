"""The credentials app in the registry: its pages and privacy hooks (export; revoke and detach on delete)."""

from wegwijzer.core.registry import AppPlugin, registry

from . import permissions, privacy

registry.register(
    AppPlugin(
        label="credentials",
        rules=permissions.RULES,
        export_personal_data=privacy.export_personal_data,
        delete_personal_data=privacy.delete_personal_data,
        labels=privacy.LABELS,
        dutch_only=frozenset({"voor"}),
    )
)
