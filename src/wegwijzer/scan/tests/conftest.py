"""Helpers for the scan's tests: a person's answers, and walking through the scan as a browser would."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from wegwijzer.accounts.fields import decrypt_text
from wegwijzer.scan.codes import readable
from wegwijzer.scan.models import Plan
from wegwijzer.scan.services import SESSION_CODE, SESSION_SHOWN_CODE, sensitive_step_codes

from .walk import walk_to_advice

# A flex worker by choice with debts, who volunteers: touches most of the scan's branches.
FLEX_WORKER = {
    "werk": "uitzend",
    "keuze-flex": "bewust",
    "uitkering": "geen",
    "kinderen": "geen",
    "jaren-werk": "12",
    "leeftijd": "34",
    "school": "mbo2",
    "diploma": "nee",
    "mantelzorg": "nee",
    "zorgen": ["schulden"],
    "taal": "moedertaal",
    "digitaal": "2",
    "doel": "ander_werk",
    "baan-verandert": "ja",
    "zin-in-leren": "4",
    "leren-leuk": "2",
    "vertrouwen": "2",
    "omgeving": "3",
    "weet-cursussen": "2",
    "weet-kansen": "2",
    "blijven-leren": "4",
    "invloed": "3",
    "steun-werk": "2",
    "werkdruk": "2",
    "vrijheid": "3",
    "tijd": "3",
    "cursus": "nee",
    "ervaring": ["vrijwilligerswerk", "eerder_werk"],
    "leren": ["kort", "praktijk"],
}


def complete_scan(client, answers: dict, start: str = "/scan/"):
    """Answer every page the scan shows, from ``start``; a question without an answer is skipped (or, if it
    cannot be skipped, gets its first option). Returns the response after the last page: the advice page."""
    return walk_to_advice(client, answers, start)[1]


def shown_code(client) -> str:
    """The resume code this browser shows its person ('ABCD-EF23'): the database keeps only its hash."""
    return readable(decrypt_text(client.session[SESSION_SHOWN_CODE]))


GOAL = "Ik wil timmerman worden."
FIRST_STEP = "Ik bel het leerbedrijf."


def make_plan(client) -> Plan:
    """Finish the scan (debts kept with consent) and make a plan with the debt step and the advice's first step that
    no sensitive answer leads to."""
    complete_scan(client, FLEX_WORKER)
    client.post(reverse("scan:consent"), {"action": "geven"})
    advice = client.get(reverse("scan:result")).context["advice"]
    private = sensitive_step_codes()
    other_step = next(step["code"] for step in advice["steps"] if step["code"] not in private)
    when = timezone.localdate() + timedelta(days=3)
    data = {"steps": ["hulp_bij_geldzorgen", other_step], "goal": GOAL, "first_step": FIRST_STEP}
    response = client.post(reverse("scan:plan_edit"), data | {"first_step_date": when.strftime("%d-%m-%Y")})
    assert response.status_code == 303
    return Plan.objects.get(scan__code=client.session[SESSION_CODE])


@pytest.fixture
def completed(client, db):
    """A client that finished the scan as FLEX_WORKER (debts answered without consent)."""
    response = complete_scan(client, FLEX_WORKER)
    assert response.request["PATH_INFO"] == "/scan/advies/"
    return client


@pytest.fixture
def twin(browser):
    """A phone with JavaScript, to run axe-core on what a phone without JavaScript shows: axe needs timers,
    which do not run where JavaScript is off. The twin opens the same address with the same cookies."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL")
    yield context.new_page()
    context.close()
