"""The credentials app in the registry: its pages, privacy hooks (export; revoke and detach on delete) and
the offer page's "Heb je dit afgerond?" (offer_panel)."""

from wegwijzer.core.registry import AppPlugin, registry

from . import permissions, privacy, views

registry.register(
    AppPlugin(
        label="credentials",
        rules=permissions.RULES,
        export_personal_data=privacy.export_personal_data,
        delete_personal_data=privacy.delete_personal_data,
        labels=privacy.LABELS,
        dutch_only=frozenset({"voor"}),
        offer_panel=views.offer_panel,
    )
)
