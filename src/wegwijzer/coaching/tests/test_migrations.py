"""Migration 0002 keeps what people typed about a step's offer and funding before a step could point at real
ones: the text moves to offer_text and funding_text, and back again."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("coaching", "0001_initial")]
AFTER = [("coaching", "0002_planstep_refs")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.usefixtures("latest_migrations_afterwards")
def test_free_text_of_offer_and_funding_stays_readable_through_the_migration_and_back():
    old_apps = migrate(BEFORE)
    person = old_apps.get_model("accounts", "User").objects.create(username="oud-plan")
    old_apps.get_model("coaching", "PlanStep").objects.create(
        person=person, text="Taalcursus", owner="deelnemer", due=datetime.date(2026, 12, 1),
        offer="Cursus bij het taalhuis", funding="Mijn werkgever",
    )  # fmt: skip

    step = migrate(AFTER).get_model("coaching", "PlanStep").objects.get()
    assert (step.offer_text, step.funding_text, step.offer_ref, step.funding_ref) == (
        "Cursus bij het taalhuis", "Mijn werkgever", "", "",
    )  # fmt: skip

    back = migrate(BEFORE).get_model("coaching", "PlanStep").objects.get()
    assert (back.offer, back.funding) == ("Cursus bij het taalhuis", "Mijn werkgever")
