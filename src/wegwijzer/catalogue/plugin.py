from wegwijzer.core.registry import AppPlugin, registry

from .importers import OFFER_IMPORTERS

registry.register(AppPlugin(label="catalogue", importers=OFFER_IMPORTERS))
