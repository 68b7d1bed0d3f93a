"""Insight in the registry (core/registry.py): its rules and the start page of employers and regions. It keeps no
personal data: the figures are counted when asked, and the employer's access is the sharing consent in accounts."""

from wegwijzer.accounts.models import Role
from wegwijzer.core.registry import AppPlugin, registry

from . import permissions

registry.register(
    AppPlugin(
        label="insight",
        rules=permissions.RULES,
        start_pages={Role.WERKGEVER: "insight:organisation", Role.REGIO: "insight:organisation"},
    )
)
