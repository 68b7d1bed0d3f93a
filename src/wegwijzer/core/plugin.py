"""The core app in the registry. Core imports no other app, so the rule for its home page is among the
project-wide rules in accounts/permissions.py, where the rule types live."""

from .registry import AppPlugin, registry

registry.register(AppPlugin(label="core"))
