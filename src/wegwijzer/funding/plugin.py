"""The funding app in the registry: its schemes page, the scheme importers and the example schemes for the demo,
the coach's view of one person's schemes (eligibility_panel) and the schemes a step of the coach's shared plan can
name (plan_choices). It keeps no personal data: the page reads the person's Profiel from the scan
(registry.current_profile); the coach's page passes the Profiel in."""

from wegwijzer.core.registry import AppPlugin, registry

from . import coach_panel, demo, plan_choices
from .importers import SCHEME_IMPORTERS
from .permissions import RULES

registry.register(
    AppPlugin(
        label="funding",
        demo=demo.load,
        rules=RULES,
        importers=SCHEME_IMPORTERS,
        eligibility_panel=coach_panel.eligibility_panel,
        plan_choices=(plan_choices.SCHEMES,),
    )
)
