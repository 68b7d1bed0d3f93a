"""EscoConcept moved from the catalogue to skills without losing a row or an offer's link to it."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("catalogue", "0004_title_lexemes_index"), ("skills", None)]


def migrate(targets) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


@pytest.mark.django_db(transaction=True)
def test_concepts_and_the_offers_links_survive_the_move():
    old_apps = migrate(BEFORE).loader.project_state(BEFORE[:1]).apps
    provider = old_apps.get_model("catalogue", "Provider").objects.create(code="verhuizing", name="Verhuizing")
    offer = old_apps.get_model("catalogue", "Offer").objects.create(
        provider=provider, external_id="v-1", kind="cursus", theme="digitaal", title="Cursus", description="Tekst.",
        delivery="online", schedule="avond", hours=4, weeks=1, price_cents=0, entry_level="geen", certificate="geen",
    )  # fmt: skip
    concept = old_apps.get_model("catalogue", "EscoConcept").objects.create(
        uri="http://data.europa.eu/esco/skill/voorbeeld", label="Voorbeeldvaardigheid", concept_type="skill"
    )
    offer.esco_concepts.add(concept)

    executor = MigrationExecutor(connection)
    migrate(executor.loader.graph.leaf_nodes())

    from wegwijzer.catalogue.models import Offer
    from wegwijzer.skills.models import EscoConcept

    moved = EscoConcept.objects.get(uri="http://data.europa.eu/esco/skill/voorbeeld")
    assert moved.label == "Voorbeeldvaardigheid"
    assert list(Offer.objects.get(external_id="v-1").esco_concepts.all()) == [moved]
    assert list(moved.offers.values_list("title", flat=True)) == ["Cursus"]
