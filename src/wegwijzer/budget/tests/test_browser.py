"""A person with an ontwikkelbudget finds it on Mijn Wegwijzer, reserves for a course from its page, and confirms
the sign-up, on a phone, with and without JavaScript; every page passes axe (which itself needs JavaScript)."""

import re

import pytest
from django.urls import reverse

from wegwijzer.accounts.tests.test_browser import assert_accessible, log_in
from wegwijzer.budget.models import Reservation
from wegwijzer.budget.services import balances

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_a_person_reserves_from_the_offer_page_and_confirms_on_the_budget_page(
    request, javascript, live_server, axe_violations, person, make_budget, make_offer
):
    page = request.getfixturevalue("phone" if javascript else "phone_without_js")

    def check_axe() -> None:
        if javascript:  # axe runs in the page, so it needs JavaScript
            assert_accessible(page, axe_violations)

    budget = make_budget(person, 100_000)
    offer = make_offer(title="Excel voor beginners", price_cents=29_550)

    log_in(page, live_server, "sanne")
    page.wait_for_url(re.compile(r"/account/mijn-wegwijzer/$"))
    assert page.get_by_text("Je hebt nog € 1.000,00 om te leren.").is_visible()
    page.get_by_role("link", name="Bekijk je ontwikkelbudget").click()
    assert page.get_by_role("heading", name="Mijn ontwikkelbudget", level=1).is_visible()
    check_axe()

    page.goto(live_server.url + reverse("catalogue:offer", args=[offer.pk]))
    assert page.get_by_role("heading", name="Je ontwikkelbudget: € 1.000,00 over").is_visible()
    check_axe()
    button = page.get_by_role("button", name="Reserveer € 295,50")
    assert button.bounding_box()["height"] >= 44
    button.click()

    page.wait_for_url(re.compile(r"/ontwikkelbudget/$"))
    assert page.get_by_text("Gereserveerd: € 295,50 voor Excel voor beginners.").is_visible()
    assert page.get_by_text("€ 704,50", exact=True).is_visible()
    check_axe()

    page.get_by_role("button", name="Mijn aanmelding is bevestigd").click()
    page.wait_for_url(re.compile(r"/ontwikkelbudget/$"))
    assert page.get_by_text("Betaald: € 295,50 uit je ontwikkelbudget.").is_visible()
    check_axe()
    assert Reservation.objects.filter(budget=budget).count() == 1
    assert balances(budget).spent == 29_550


def test_the_employer_page_passes_axe(phone, live_server, axe_violations, employer):
    from wegwijzer.accounts.models import Role
    from wegwijzer.accounts.tests.conftest import make_user

    make_user("petra", Role.WERKGEVER, organisation=employer)
    log_in(phone, live_server, "petra")
    phone.wait_for_url(re.compile(r"/organisatie/$"))
    phone.goto(live_server.url + reverse("budget:organisation"))
    assert phone.get_by_role("heading", name="Ontwikkelbudgetten die jullie gaven").is_visible()
    assert_accessible(phone, axe_violations)
