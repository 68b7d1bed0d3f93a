"""A person with an ontwikkelbudget finds it on Mijn Wegwijzer, reserves for a course from its page, and confirms
the sign-up, on a phone, with and without JavaScript; every page passes axe (which itself needs JavaScript)."""

import re

import pytest
from django.urls import reverse

from wegwijzer.accounts.tests.test_browser import assert_accessible, log_in
from wegwijzer.budget.models import Reservation
from wegwijzer.budget.services import balances

from .conftest import UNTIL

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


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_an_employer_makes_a_code_on_a_phone_and_the_employee_who_types_it_gets_the_budget(
    request, javascript, live_server, axe_violations, employer, person
):
    from wegwijzer.accounts.models import Role
    from wegwijzer.accounts.tests.conftest import make_user
    from wegwijzer.budget.models import Budget, GrantLink

    page = request.getfixturevalue("phone" if javascript else "phone_without_js")

    def check_axe() -> None:
        if javascript:
            assert_accessible(page, axe_violations)

    make_user("petra", Role.WERKGEVER, organisation=employer)
    log_in(page, live_server, "petra")
    page.wait_for_url(re.compile(r"/organisatie/$"))
    page.get_by_role("link", name="Ontwikkelbudgetten die jullie geven").click()
    page.get_by_role("link", name="Een ontwikkelbudget geven").click()
    assert page.get_by_role("heading", name="Een ontwikkelbudget geven", level=1).is_visible()
    check_axe()

    page.get_by_label("Naam van het budget").fill("Leerbudget Zorg")
    page.get_by_label("Bedrag per persoon in euro").fill("0")
    page.get_by_role("button", name="Maak de code").click()
    assert page.get_by_text("Vul een bedrag in dat groter is dan nul.").is_visible()
    assert not GrantLink.objects.exists()
    check_axe()  # the form with its messages

    page.get_by_label("Bedrag per persoon in euro").fill("500")
    page.get_by_label("Voor hoeveel mensen").fill("10")
    page.get_by_label("Te gebruiken vanaf").fill("2020-01-01")
    page.get_by_label("Te gebruiken tot en met").fill(f"{UNTIL:%Y-%m-%d}")
    page.get_by_label("Cursus", exact=True).check()
    button = page.get_by_role("button", name="Maak de code")
    assert button.bounding_box()["height"] >= 44
    button.click()
    page.wait_for_url(re.compile(r"/ontwikkelbudget/geven/\d+/$"))
    code = GrantLink.objects.get().code
    assert page.get_by_text(code, exact=True).is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # the long link wraps
    check_axe()

    page.context.clear_cookies()
    log_in(page, live_server, "sanne")
    page.wait_for_url(re.compile(r"/account/mijn-wegwijzer/$"))
    page.goto(live_server.url + reverse("budget:mine"))
    page.get_by_role("link", name="Kreeg je een code voor een ontwikkelbudget?").click()
    page.get_by_label("Je code").fill(code.lower())
    page.get_by_role("button", name="Verder").click()
    assert page.get_by_role("heading", name="€ 500,00 om te leren").is_visible()
    check_axe()
    page.get_by_role("button", name="Ja, ik wil dit budget").click()
    page.wait_for_url(re.compile(r"/ontwikkelbudget/$"))
    assert page.get_by_text("Je hebt het budget gekregen.").is_visible()
    assert Budget.objects.get(person=person).grant_link.code == code


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_a_provider_confirms_a_sign_up_on_a_phone_and_the_money_is_paid(
    request, javascript, live_server, axe_violations, person, make_budget, make_offer
):
    from wegwijzer.accounts.models import Organisation, Role
    from wegwijzer.accounts.tests.conftest import make_user
    from wegwijzer.budget.services import reserve
    from wegwijzer.catalogue.models import Provider

    page = request.getfixturevalue("phone" if javascript else "phone_without_js")
    school = Organisation.objects.create(name="Leerhuis Test", kind=Organisation.Kind.AANBIEDER)
    provider = Provider.objects.create(code="leerhuis", name="Leerhuis Test", organisation=school)
    budget = make_budget(person, 100_000)
    offer = make_offer(provider=provider, title="Excel voor beginners", price_cents=29_550)
    reservation = reserve(person, offer, "reserveer-excel").reservation
    make_user("lotte", Role.AANBIEDER, organisation=school)

    log_in(page, live_server, "lotte")
    page.wait_for_url(re.compile(r"/ontwikkelbudget/aanmeldingen/$"))
    assert page.get_by_role("heading", name=f"Code {reservation.reference}").is_visible()
    if javascript:
        assert_accessible(page, axe_violations)
    button = page.get_by_role("button", name=f"Aanmelding {reservation.reference} klopt")
    assert button.bounding_box()["height"] >= 44
    button.click()
    page.wait_for_url(re.compile(r"/ontwikkelbudget/aanmeldingen/$"))
    assert page.get_by_text(f"Bevestigd: {reservation.reference}. Het geld is betaald.").is_visible()
    assert page.get_by_text("Er wachten geen aanmeldingen op jullie.").is_visible()
    if javascript:
        assert_accessible(page, axe_violations)
    assert balances(budget).spent == 29_550
