"""Pages with personal data say `Cache-Control: no-store, private`, so no browser cache or proxy keeps them."""

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse

from wegwijzer.accounts.models import Role
from wegwijzer.accounts.services import share_with_employer
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.coaching.services import grant_access
from wegwijzer.core.middleware import PrivateNoStoreMiddleware
from wegwijzer.scan.tests.conftest import FLEX_WORKER, complete_scan, make_plan

pytestmark = pytest.mark.django_db


def not_stored(response) -> bool:
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    return {"no-store", "private"} <= directives


@pytest.fixture
def person(client):
    from wegwijzer.accounts.models import Organisation

    employer = Organisation.objects.create(name="Bouwbedrijf De Vries", kind=Organisation.Kind.WERKGEVER)
    person = make_user("sanne", Role.DEELNEMER, organisation=employer)
    client.force_login(person)
    make_plan(client)
    return person


@pytest.mark.parametrize(
    "page",
    [
        "accounts:privacy",
        "accounts:export_json",
        "accounts:export_html",
        "scan:result",
        "scan:plan",
        "scan:plan_pdf",
    ],
)
def test_the_persons_own_pages_are_not_stored(client, person, page):
    response = client.get(reverse(page))
    assert response.status_code == 200
    assert not_stored(response), response.get("Cache-Control")


def test_the_coachs_view_of_a_person_is_not_stored(person):
    coach = make_user("karim", Role.COACH)
    grant_access(person, coach)
    client = Client()
    client.force_login(coach)
    response = client.post(reverse("coaching:person", args=[person.pk]), {"why": "Gesprek over opleiding"})
    assert response.status_code == 200 and not_stored(response)


def test_the_employers_view_of_a_person_is_not_stored(person):
    share_with_employer(person, "ontwikkelplan")
    client = Client()
    client.force_login(make_user("hr", Role.WERKGEVER, organisation=person.organisation))
    response = client.post(reverse("insight:person", args=[person.pk]), {"why": "Gesprek over opleiding"})
    assert response.status_code == 200 and not_stored(response)


def test_an_anonymous_scan_in_the_session_is_not_stored(client):
    response = complete_scan(client, FLEX_WORKER)
    assert response.request["PATH_INFO"] == reverse("scan:result")
    assert not_stored(response)


def test_a_public_page_without_a_session_stays_cacheable(client):
    assert not not_stored(client.get(reverse("core:home")))


def test_a_view_that_sets_its_own_cache_control_keeps_it(person):
    request = RequestFactory().get("/")
    request.user = person
    middleware = PrivateNoStoreMiddleware(lambda request: HttpResponse(headers={"Cache-Control": "max-age=60"}))
    assert middleware(request)["Cache-Control"] == "max-age=60"
