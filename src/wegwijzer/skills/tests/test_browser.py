"""On a phone, as a person who reads little: the advice page shows what they already can, in their own words, and
the skills profile leads to the search and back. axe-core finds no accessibility problems; with and without JS."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from wegwijzer.accounts.models import Role, User
from wegwijzer.scan.models import Scan
from wegwijzer.scan.tests.walk import SINGLE_MOTHER, walk_to_advice
from wegwijzer.skills import services
from wegwijzer.skills.models import EscoConcept
from wegwijzer.skills.text import search_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "een-lang-test-wachtwoord-42"
CARE = "Ik zorg voor mijn vader en geef hem zijn medicijnen."
ORDINARY = {key: value for key, value in SINGLE_MOTHER.items() if key not in {"zorgen", "geld"}}  # no consent asked


@pytest.fixture
def person():
    person = User.objects.create_user("amina", password=PASSWORD, role=Role.DEELNEMER, first_name="Amina")
    services.keep_skills(person, services.save_answer(person, "zorg", CARE), ["medicijnen-geven"])
    walk_to_advice(Client(), ORDINARY)  # the scan as a browser makes it, then saved to the person's account
    Scan.objects.update(user=person)
    return person


@pytest.fixture
def medicines_in_esco():
    label = "Medicijnen geven zoals de arts het zegt"
    EscoConcept.objects.create(
        uri="http://data.europa.eu/esco/skill/voorbeeld-medicijnen", label=label, concept_type="skill",
        search_text=search_text(label),
    )  # fmt: skip


def log_in(page, live_server, next_url: str) -> None:
    page.goto(live_server.url + reverse("accounts:login") + f"?next={next_url}")
    page.get_by_label("Gebruikersnaam").fill("amina")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").last.click()
    page.wait_for_url(re.compile(re.escape(next_url) + "$"))


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_the_advice_shows_what_i_can_in_my_own_words(request, javascript, person, live_server, axe_violations):
    page = request.getfixturevalue("phone" if javascript else "phone_without_js")
    log_in(page, live_server, reverse("scan:result"))

    strengths = page.locator("section", has=page.get_by_role("heading", name="Dit gaat al goed"))
    own = strengths.get_by_role("region", name="Wat je al kunt")
    assert CARE in own.inner_text() and "Medicijnen geven zoals de arts het zegt" in own.inner_text()
    if javascript:
        assert axe_violations(page) == []
    own.get_by_role("link", name="Bekijk wat je al kunt").click()
    page.wait_for_url(re.compile(r"/vaardigheden/$"))


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_from_my_profile_to_the_search_and_back(
    request, javascript, person, medicines_in_esco, live_server, axe_violations
):
    page = request.getfixturevalue("phone" if javascript else "phone_without_js")
    log_in(page, live_server, reverse("skills:profile"))

    page.get_by_role("link", name="Zoek een vaardigheid").click()
    page.wait_for_url(re.compile(r"/vaardigheden/zoeken/"))
    page.get_by_label("Wat zoek je?").fill("medicijnen")
    page.get_by_role("button", name="Zoek").click()
    page.get_by_text("Medicijnen geven zoals de arts het zegt").first.wait_for()
    if javascript:
        assert axe_violations(page) == []
    page.get_by_role("link", name="Terug naar wat ik al kan").click()
    page.wait_for_url(re.compile(r"/vaardigheden/$"))
    assert CARE in page.inner_text("main")
