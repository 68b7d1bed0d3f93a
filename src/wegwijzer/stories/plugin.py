"""Stories in the registry (core/registry.py): the page's rule, the link on Mijn Wegwijzer, and the demo's example
stories. A story names no account, so there is no personal data to export or delete."""

from wegwijzer.core.registry import AppPlugin, registry

from . import demo, overview, permissions

registry.register(AppPlugin(label="stories", demo=demo.load, rules=permissions.RULES, overview=overview.overview))
