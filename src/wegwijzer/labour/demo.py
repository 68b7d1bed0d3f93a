"""Demo data, every piece marked as an example: the example figures of how easy it is to find work
(data/spanning-voorbeeld.csv, region "Voorbeeldregio" with the help directory's example municipalities), and two
example offers that teach the new skills of the growth path to warmtepompmonteur. The ESCO occupations themselves
come from `wegwijzer import_esco` (docs/labour.md)."""

from pathlib import Path

from django.db import transaction

from wegwijzer.catalogue.models import Offer, Provider
from wegwijzer.catalogue.search.index import index_offers
from wegwijzer.skills.models import EscoConcept

from .gps.content import content
from .importers import import_tension

DATA = Path(__file__).parent / "data"
DEMO_PROVIDER = ("voorbeeld-installatie", "Installatie-opleider (voorbeeld)")
# (external id, title, description, the growth path's new skills it teaches, by their position)
EXAMPLE_OFFERS = (
    (
        "warmtepomp-installeren",
        "Warmtepomp installeren (voorbeeld)",
        "Je leert een warmtepomp plaatsen en aansluiten. En je leert kiezen welke warmtepomp bij een huis past. "
        "Dit is een voorbeeld van een cursus, geen echt aanbod.",
        (0, 1),
    ),
    (
        "koudemiddelen-lekdicht",
        "Werken met koudemiddelen (voorbeeld)",
        "Je leert lekken van koudemiddel opsporen en veilig werken met koudemiddel. "
        "Dit is een voorbeeld van een cursus, geen echt aanbod.",
        (2,),
    ),
)
HEAT_PUMP_PATH = "Warmtepompmonteur"


def _skill_concepts() -> list[EscoConcept]:
    path = next(path for path in content().paths if path.title == HEAT_PUMP_PATH)
    concepts = []
    for skill in path.new_skills:
        concept, _ = EscoConcept.objects.get_or_create(
            uri=skill.esco_uri, defaults={"label": skill.label, "concept_type": EscoConcept.ConceptType.SKILL}
        )
        concepts.append(concept)
    return concepts


@transaction.atomic
def example_offers() -> list[Offer]:
    skills = _skill_concepts()
    provider, _ = Provider.objects.get_or_create(code=DEMO_PROVIDER[0], defaults={"name": DEMO_PROVIDER[1]})
    offers = []
    for external_id, title, description, taught in EXAMPLE_OFFERS:
        offer, _ = Offer.objects.get_or_create(
            provider=provider,
            external_id=external_id,
            defaults={
                "kind": "cursus",
                "theme": "techniek",
                "title": title,
                "description": description,
                "delivery": "praktijk",
                "schedule": "avond",
                "hours": 24,
                "weeks": 6,
                "price_cents": 0,
                "entry_level": "mbo2",
                "certificate": "certificaat",
            },
        )
        offer.esco_concepts.add(*(skills[position] for position in taught))
        offers.append(offer)
    index_offers([offer.pk for offer in offers])
    return offers


def load() -> str:
    report = import_tension(
        (DATA / "spanning-voorbeeld.csv").read_text(encoding="utf-8"),
        "spanning-voorbeeld.csv",
        (DATA / "beroepsklassen-voorbeeld.csv").read_text(encoding="utf-8"),
        "beroepsklassen-voorbeeld.csv",
    )
    offers = example_offers()
    return f"voorbeeldcijfers: {report.summary()} {len(offers)} voorbeeldcursussen over warmtepompen"
