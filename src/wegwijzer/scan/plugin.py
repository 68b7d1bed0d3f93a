"""The scan app in the registry (core/registry.py): a person's scans and plan, the retention of anonymous scans,
the scan's permission rules, and the Profiel and municipality of the person behind a request (the catalogue and
the funding app ask for them), the date of each plan's first step (for the reminders of the notifications app),
and the anonymous facts of a group's scans for a region's figures."""

from wegwijzer.core.registry import AppPlugin, Retention, registry

from . import overview, permissions, privacy, services

registry.register(
    AppPlugin(
        label="scan",
        export_personal_data=privacy.export_personal_data,
        delete_personal_data=privacy.delete_personal_data,
        shared_data=privacy.shared_data,
        labels=privacy.LABELS,
        on_consent_withdrawn=privacy.on_consent_withdrawn,
        retention=(Retention("anonieme scans", services.delete_expired_scans),),
        rules=permissions.RULES,
        current_profile=services.current_profile,
        current_place=services.current_place,
        overview=overview.overview,
        dated_steps=services.first_steps,
        scan_facts=services.scan_facts,
    )
)
