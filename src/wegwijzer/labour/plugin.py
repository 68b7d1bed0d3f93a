"""The labour app in the registry: its pages (permission rules), the importer of labour-market figures, the demo's
example figures and offers, and what leads to an occupation (the catalogue's filter). It keeps no personal data:
the page reads the person's municipality (registry.current_place) and writes the chosen goal into the scan's plan."""

from wegwijzer.core.registry import AppPlugin, registry

from . import demo, services
from .importers import LABOUR_IMPORTERS
from .permissions import RULES

registry.register(
    AppPlugin(
        label="labour",
        demo=demo.load,
        rules=RULES,
        importers=LABOUR_IMPORTERS,
        leads_to=services.leads_to,  # the catalogue's filter "Leidt naar dit werk"
    )
)
