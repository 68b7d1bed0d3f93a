"""The skills app in the registry: the ESCO importer, the skills profile's pages and privacy hooks. Its concepts
are reference data; offers name them (the catalogue's demo makes the ones it needs)."""

from wegwijzer.core.registry import AppPlugin, registry

from . import overview, permissions, privacy, strengths
from .importers import ESCO_IMPORTERS

registry.register(
    AppPlugin(
        label="skills",
        importers=ESCO_IMPORTERS,
        rules=permissions.RULES,
        export_personal_data=privacy.export_personal_data,
        delete_personal_data=privacy.delete_personal_data,
        shared_data=privacy.shared_data,
        labels=privacy.LABELS,
        dutch_only=frozenset({"naam"}),
        overview=overview.overview,
        advice_panel=strengths.advice_panel,
        not_personal={
            "skills.Accreditation": "Een rol die een beheerder een beoordelaar geeft; geen gegevens van een deelnemer.",
            "skills.Confirmation": "Hangt aan een vaardigheid van de deelnemer en gaat daarmee weg.",
        },
    )
)
