"""'Mijn Wegwijzer', the participant's start page: one link each to their advice, their plan, their coach and their
privacy, saying what is there (a scan or not, a plan or not, a coach or not)."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from wegwijzer.accounts.models import Role
from wegwijzer.coaching.services import grant_access
from wegwijzer.scan.tests.conftest import FLEX_WORKER, complete_scan, make_plan

from .conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db
MINE = reverse("accounts:mine")


@pytest.fixture
def person():
    return make_user("sanne", Role.DEELNEMER)


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def links(page: str) -> dict[str, str]:
    """Link text -> address, for the links on the page's cards."""
    found = re.findall(r'<a class="utrecht-button-link[^"]*" href="([^"]+)">([^<]+)</a>', page)
    return {text.strip(): href for href, text in found}


def test_a_participant_lands_on_mijn_wegwijzer_after_logging_in(person):
    response = Client().post(reverse("accounts:login"), {"username": "sanne", "password": PASSWORD}, follow=True)
    assert response.request["PATH_INFO"] == MINE
    assert '<h1 class="utrecht-heading-1">Mijn Wegwijzer</h1>' in response.content.decode()


def test_without_a_scan_it_offers_the_scan_a_coach_and_privacy(person):
    page = logged_in(person).get(MINE).content.decode()
    assert links(page) == {
        "Begin de scan": reverse("scan:start"),
        "Begin met vier korte vragen": reverse("skills:profile"),
        "Doe eerst de scan": reverse("scan:start"),
        "Geef een coach toegang": reverse("accounts:grant_coach"),
        "Naar je privacy": reverse("accounts:privacy"),
    }
    assert "Je hebt nog geen scan bewaard." in page and "Geen coach kijkt met je mee." in page


def test_with_a_finished_scan_it_shows_the_advice_and_offers_to_make_a_plan(person):
    client = logged_in(person)
    complete_scan(client, FLEX_WORKER)  # a logged-in person's scan is in their account
    found = links(client.get(MINE).content.decode())
    assert found["Bekijk je advies"] == reverse("scan:result") and found["Maak je plan"] == reverse("scan:plan_edit")
    assert "Begin de scan" not in found and "Bekijk je plan" not in found


def test_with_a_plan_and_a_coach_it_links_the_plan_and_the_coach_can_be_stopped(person):
    client = logged_in(person)
    make_plan(client)
    coach = make_user("karim", Role.COACH, first_name="Karim")
    consent = grant_access(person, coach)
    page = client.get(MINE).content.decode()
    found = links(page)
    assert found["Bekijk je advies"] == reverse("scan:result") and found["Bekijk je plan"] == reverse("scan:plan")
    assert "Deze coach mag met je meekijken:" in page and "Karim" in page
    assert found["Stop toegang voor Karim"] == reverse("accounts:withdraw_consent", args=[consent.pk])


def test_an_unfinished_scan_is_continued(person):
    client = logged_in(person)
    client.post(reverse("scan:question", args=["werk"]), {"answer": FLEX_WORKER["werk"]})
    assert person.scans.get().completed_at is None
    found = links(client.get(MINE).content.decode())
    assert found["Ga verder met je scan"] == reverse("scan:start") and "Maak je plan" not in found


def test_only_a_participant_has_this_page():
    coach = make_user("karim", Role.COACH)
    assert logged_in(coach).get(MINE).status_code == 403
    assert Client().get(MINE)["Location"].startswith(reverse("accounts:login"))


def test_the_advice_comes_first_and_the_coach_right_after_it(person):
    """Other apps' cards (what you can already do, the budget, stories) follow the person's own advice and plan."""
    coach = make_user("karim", Role.COACH)
    grant_access(person, coach)
    page = logged_in(person).get(MINE).content.decode()
    headings = re.findall(r'<h2 class="utrecht-heading-2">([^<]+)</h2>', page)
    assert headings[:3] == ["Mijn advies", "Mijn plan", "Samen met je coach"], headings
