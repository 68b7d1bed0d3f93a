"""The catalogue in the registry (core/registry.py): demo offers, a person's reviews, the rules, the offer importers,
and the offers a step of the coach's shared plan can point at."""

from wegwijzer.core.registry import AppPlugin, registry

from . import demo, permissions, plan_choices, privacy
from .importers import OFFER_IMPORTERS

registry.register(
    AppPlugin(
        label="catalogue",
        demo=demo.load,
        export_personal_data=privacy.export_personal_data,
        delete_personal_data=privacy.delete_personal_data,
        labels=privacy.LABELS,
        dutch_only=privacy.DUTCH_ONLY,
        rules=permissions.RULES,
        importers=OFFER_IMPORTERS,
        plan_choices=(plan_choices.OFFERS,),
    )
)
