import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from wegwijzer.advice.engine import validate_profile
from wegwijzer.catalogue.models import Offer, Provider
from wegwijzer.catalogue.services import starting_payers

BASE = {
    "kind": "cursus",
    "theme": "digitaal",
    "title": "Werken met de computer",
    "description": "Je leert werken met de computer, stap voor stap.",
    "delivery": "klassikaal",
    "schedule": "overdag",
    "hours": 20,
    "weeks": 4,
    "price_cents": 25000,
    "entry_level": "geen",
    "certificate": "certificaat",
}

FLEX_WORKER = {
    "work_status": "uitzend",
    "flex_choice": "bewust",
    "scales": {"motivation": 4, "money": 1, "time": 2},
    "learning_preferences": ["avond", "kort"],
}


@pytest.fixture
def provider(db):
    return Provider.objects.create(code="roc-test", name="ROC Test")


@pytest.fixture
def make_offer(provider):
    counter = iter(range(1, 10_000))

    def make(**overrides) -> Offer:
        fields = {**BASE, **overrides}
        payers = fields.pop("payers", ("eigen_geld",))
        offer = Offer.objects.create(
            provider=fields.pop("provider", provider), external_id=f"t-{next(counter)}", **fields
        )
        # The links without the m2m signal: one catalogue version per offer made, as when an import writes it whole.
        payer_ids = starting_payers()  # a transactional test before this one flushed the migration's payers
        Offer.payers.through.objects.bulk_create(
            Offer.payers.through(offer=offer, payer_id=payer_ids[code]) for code in payers
        )
        return offer

    return make


@pytest.fixture
def flex_worker():
    return validate_profile(FLEX_WORKER)


@pytest.fixture
def make_scheme(db):
    """A funding scheme that the engine reads (funding.FundingScheme); by default for everyone, paying everything."""
    from wegwijzer.funding.models import FundingScheme

    def make(code: str, **fields) -> FundingScheme:
        defaults = {"name": code.capitalize(), "funder": "Een fonds", "kind": "sector", "percentage": 100}
        return FundingScheme.objects.create(code=code, **{**defaults, **fields})

    return make


@pytest.fixture
def latest_migrations_afterwards(transactional_db):
    """A test that migrates the catalogue back and forth leaves the schema at the latest migrations again. It asks no
    serialized rollback: the database holds no rows to restore (the flush after a transactional test empties it and
    recreates the content types), and on PostgreSQL the saved content types would clash with those recreated by an
    earlier transactional test's flush, which does not reset the id sequences."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
