"""The skills app in the registry: no pages, no personal data, no demo data of its own (the catalogue's demo
offers make the ESCO concepts they name)."""

from wegwijzer.core.registry import AppPlugin, registry

from .importers import ESCO_IMPORTERS

registry.register(AppPlugin(label="skills", importers=ESCO_IMPORTERS))
