import pytest

from wegwijzer.advice.engine import validate_profile
from wegwijzer.catalogue.models import Offer, Payer, Provider

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
    "payers": ("eigen_geld",),
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
        payers = fields.pop("payers")
        offer = Offer.objects.create(
            provider=fields.pop("provider", provider), external_id=f"t-{next(counter)}", **fields
        )
        # The links without the m2m signal: one catalogue version per offer made, as when an import writes it whole.
        Offer.payers.through.objects.bulk_create(
            Offer.payers.through(offer=offer, payer=payer) for payer in Payer.objects.filter(code__in=payers)
        )
        return offer

    return make


@pytest.fixture
def flex_worker():
    return validate_profile(FLEX_WORKER)
