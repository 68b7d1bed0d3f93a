"""A repeated or invalid answer never breaks a scan (security test, issue 9, M1): the form refuses it with a Dutch
message, and a stored answer that does not fit (stored before the check, or changed by hand) leads every page
that uses the scan to a page that says which question to answer again; never a server error."""

import pytest
from django.test import Client
from django.urls import reverse

from wegwijzer.accounts.models import Role
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.coaching.services import grant_access
from wegwijzer.scan import privacy
from wegwijzer.scan.models import Scan

from .conftest import FLEX_WORKER, complete_scan

pytestmark = pytest.mark.django_db
FIX_LINK = 'href="/scan/vraag/leren/"'


def test_a_choice_sent_twice_is_refused_with_a_dutch_message(completed):
    before = Scan.objects.get().answers["leren"]
    response = completed.post("/scan/vraag/leren/", {"answer": ["kort", "kort"]})
    assert response.status_code == 200
    assert "Je koos een antwoord twee keer. Kies elk antwoord maar één keer." in response.content.decode()
    assert Scan.objects.get().answers["leren"] == before


def test_an_unknown_keep_choice_on_a_sensitive_question_gets_a_message(completed):
    response = completed.post("/scan/vraag/zorgen/", {"answer": ["schulden"], "bewaren": "misschien"})
    assert response.status_code == 200
    assert "Kies of we je antwoord mogen bewaren: ja of nee." in response.content.decode()


@pytest.fixture
def broken(client):
    """A finished scan whose stored answer to 'Hoe leer je het liefst?' holds one choice twice."""
    complete_scan(client, FLEX_WORKER)
    scan = Scan.objects.get()
    scan.answers["leren"] = ["kort", "kort"]
    scan.save()
    return client


@pytest.mark.parametrize("url", ["/scan/advies/", "/scan/plan/aanpassen/", "/aanbod/"])
def test_every_page_of_the_owner_asks_to_fix_that_question(broken, url):
    response = broken.get(url)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Een antwoord in je scan klopt niet." in page and FIX_LINK in page
    assert "Hoe leer je het liefst?" in page


def test_answering_the_question_again_repairs_the_scan(broken):
    broken.post("/scan/vraag/leren/", {"answer": ["kort", "praktijk"]})
    assert "Een antwoord in je scan klopt niet." not in broken.get("/scan/advies/").content.decode()


def test_the_plan_page_and_the_coach_still_work_with_an_answer_to_fix(client):
    person = make_user("sanne", Role.DEELNEMER)
    client.force_login(person)
    from .conftest import make_plan

    make_plan(client)
    scan = Scan.objects.get()
    scan.answers["leren"] = ["kort", "kort"]
    scan.save()
    plan_page = client.get("/scan/plan/")
    assert plan_page.status_code == 200 and FIX_LINK in plan_page.content.decode()

    coach = make_user("karim", Role.COACH)
    grant_access(person, coach)
    shared = privacy.shared_data(person, coach)
    assert shared["loopbaanscan"]["let_op"] == (
        "Een antwoord in deze scan klopt niet. De persoon moet dat eerst zelf verbeteren."
    )
    assert shared["ontwikkelplan"]["gekozen_stappen"]  # the plan itself still shows
    coach_client = Client()
    coach_client.force_login(coach)
    page = coach_client.post(reverse("coaching:person", args=[person.pk]), {"why": "Gesprek"})
    assert page.status_code == 200
    assert "De persoon moet dat eerst zelf verbeteren." in page.content.decode()
