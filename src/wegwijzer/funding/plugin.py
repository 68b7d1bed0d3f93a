"""The funding app in the registry: it has no pages, no personal data and no demo data of its own (yet)."""

from wegwijzer.core.registry import AppPlugin, registry

registry.register(AppPlugin(label="funding"))
