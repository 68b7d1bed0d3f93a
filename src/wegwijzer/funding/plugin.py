"""The funding app in the registry: its schemes page, the scheme importers and the example schemes for the demo.
It keeps no personal data: the page reads the person's Profiel from the scan (registry.current_profile)."""

from wegwijzer.core.registry import AppPlugin, registry

from . import demo
from .importers import SCHEME_IMPORTERS
from .permissions import RULES

registry.register(AppPlugin(label="funding", demo=demo.load, rules=RULES, importers=SCHEME_IMPORTERS))
