"""A participant of an employer, a budget that employer granted them, and offers to spend it on."""

import datetime
import itertools

import pytest

from wegwijzer.accounts.models import Organisation, Role
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.budget.models import Budget
from wegwijzer.budget.services import grant
from wegwijzer.catalogue.tests.conftest import make_offer, provider  # noqa: F401  (fixtures)

# Usable today whatever today is: the pages reserve on today's date.
UNTIL = datetime.date(datetime.date.today().year + 1, 12, 31)
_keys = itertools.count(1)


@pytest.fixture
def employer(db) -> Organisation:
    return Organisation.objects.create(name="Zorggroep Test", kind=Organisation.Kind.WERKGEVER)


@pytest.fixture
def person(employer):
    return make_user("sanne", Role.DEELNEMER, first_name="Sanne", organisation=employer)


@pytest.fixture
def make_budget(employer):
    def make(person, amount_cents: int = 100_000, **fields) -> Budget:
        values = {
            "grantor": employer,
            "name": "Leerbudget 2026",
            "valid_from": datetime.date(2020, 1, 1),
            "valid_until": UNTIL,
            "offer_kinds": ["cursus", "opleiding"],
            **fields,
        }
        budget, _ = grant(
            Budget(person=person, **values), amount_cents, actor=None, reason="test", key=f"t-{next(_keys):06d}"
        )
        return budget

    return make
