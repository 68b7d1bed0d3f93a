"""A participant with a saved plan whose first step has a date, and a coach she gave access."""

import datetime
import io
import itertools

import pytest
from django.core.management import call_command

from wegwijzer.accounts.models import Consent, Role
from wegwijzer.accounts.services import record_consent
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.budget.tests.conftest import employer, make_budget  # noqa: F401  (fixtures)
from wegwijzer.catalogue.tests.conftest import make_offer, provider  # noqa: F401  (fixtures)
from wegwijzer.scan.models import Plan, Scan

STEP_DATE = datetime.date(2026, 12, 10)  # a Thursday
_codes = itertools.count(1)


@pytest.fixture
def person(db):
    return make_user("sanne", Role.DEELNEMER, first_name="Sanne")


@pytest.fixture
def coach(person):
    coach = make_user("karim", Role.COACH, first_name="Karim")
    record_consent(person, Consent.Subject.COACH_ACCESS, recipient=coach)
    return coach


@pytest.fixture
def make_plan():
    def make(person, first_step: str = "Bel het leerwerkloket", on: datetime.date = STEP_DATE) -> Plan:
        scan = Scan.objects.create(code=f"PLAN{next(_codes):04d}", user=person, answers={})
        return Plan.objects.create(
            scan=scan, steps=[], goal="Een diploma halen", first_step=first_step, first_step_date=on
        )

    return make


def run_periodic(day: datetime.date) -> str:
    output = io.StringIO()
    call_command("run_periodic", "--datum", day.isoformat(), stdout=output)
    return output.getvalue()
