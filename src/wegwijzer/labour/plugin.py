"""The labour app in the registry: its pages (permission rules), the importer of labour-market figures and the
demo's example figures and offers. It keeps no personal data: the page reads the person's municipality
(registry.current_place) and writes the chosen goal into the scan's ontwikkelplan."""

from wegwijzer.core.registry import AppPlugin, registry

from . import demo
from .importers import LABOUR_IMPORTERS
from .permissions import RULES

registry.register(AppPlugin(label="labour", demo=demo.load, rules=RULES, importers=LABOUR_IMPORTERS))
