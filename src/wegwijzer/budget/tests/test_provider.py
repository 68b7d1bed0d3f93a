"""A provider confirms a sign-up paid from an ontwikkelbudget (issue 14, "Confirmation books it"): the held money
becomes spent, or is released when the person did not sign up. The provider sees a code, an offer, an amount and a
date, never who it is, and only for its own offers; each look is in the person's access log."""

import pytest
from django.urls import reverse

from wegwijzer.accounts.models import AccessLog, Organisation, Role
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.budget.ledger import Movement
from wegwijzer.budget.models import Entry
from wegwijzer.budget.services import balances, reserve
from wegwijzer.catalogue.models import Provider

pytestmark = pytest.mark.django_db


@pytest.fixture
def school(db) -> Organisation:
    return Organisation.objects.create(name="Leerhuis Test", kind=Organisation.Kind.AANBIEDER)


@pytest.fixture
def teacher(school):
    return make_user("lotte", Role.AANBIEDER, organisation=school)


@pytest.fixture
def school_offer(make_offer, school):
    provider = Provider.objects.create(code="leerhuis", name="Leerhuis Test", organisation=school)
    return make_offer(provider=provider, title="Excel voor beginners", price_cents=29_550)


def test_the_provider_confirms_a_sign_up_and_the_held_money_is_spent(
    client, person, make_budget, school_offer, teacher
):
    budget = make_budget(person, 100_000)
    reservation = reserve(person, school_offer, "reserveer-excel").reservation
    client.force_login(person)
    mine = client.get("/ontwikkelbudget/").content.decode()
    assert (
        f'Geef de aanbieder bij je aanmelding deze code: <strong class="wegwijzer-code">{reservation.reference}' in mine
    )
    assert "Mijn aanmelding is bevestigd" not in mine  # the provider confirms, not the person
    response = client.post(f"/ontwikkelbudget/reservering/{reservation.pk}/bevestigen/", follow=True)
    assert "De aanbieder bevestigt je aanmelding in Wegwijzer." in response.content.decode()
    assert balances(budget).spent == 0

    client.force_login(teacher)
    assert client.get(reverse("accounts:start"))["Location"] == "/ontwikkelbudget/aanmeldingen/"
    page = client.get("/ontwikkelbudget/aanmeldingen/").content.decode()
    assert reservation.reference in page and "Excel voor beginners" in page and "€ 295,50" in page
    assert "Sanne" not in page and "sanne" not in page  # no name, no e-mail address
    response = client.post(f"/ontwikkelbudget/aanmeldingen/{reservation.pk}/bevestigen/", follow=True)
    assert f"Bevestigd: {reservation.reference}. Het geld is betaald." in response.content.decode()
    assert (balances(budget).spent, balances(budget).reserved) == (29_550, 0)
    assert Entry.objects.get(movement=Movement.BOOK).actor == teacher
    again = client.post(f"/ontwikkelbudget/aanmeldingen/{reservation.pk}/bevestigen/", follow=True)
    assert "Dit was al gedaan. Er is niets veranderd." in again.content.decode()
    assert balances(budget).spent == 29_550
    assert reservation.reference not in again.content.decode().split("<h1", 1)[1].split("</ul>")[0]

    looks = AccessLog.objects.filter(person=person, viewer=teacher)
    assert looks.count() >= 2 and {look.what for look in looks} == {"ontwikkelbudget"}


def test_a_sign_up_that_did_not_happen_frees_the_money(client, person, make_budget, school_offer, teacher):
    budget = make_budget(person, 100_000)
    reservation = reserve(person, school_offer, "reserveer-excel").reservation
    client.force_login(teacher)
    response = client.post(f"/ontwikkelbudget/aanmeldingen/{reservation.pk}/niet-aangemeld/", follow=True)
    assert f"{reservation.reference} is niet aangemeld. Het geld is weer vrij." in response.content.decode()
    assert balances(budget).available == 100_000
    late = client.post(f"/ontwikkelbudget/aanmeldingen/{reservation.pk}/bevestigen/", follow=True)
    assert "Deze reservering is al geannuleerd." in late.content.decode()
    assert balances(budget).spent == 0


def test_another_provider_never_sees_or_confirms_a_sign_up(client, person, make_budget, school_offer):
    make_budget(person, 100_000)
    reservation = reserve(person, school_offer, "reserveer-excel").reservation
    other = Organisation.objects.create(name="Ander Opleider", kind=Organisation.Kind.AANBIEDER)
    stranger = make_user("ander", Role.AANBIEDER, organisation=other)
    client.force_login(stranger)
    assert reservation.reference not in client.get("/ontwikkelbudget/aanmeldingen/").content.decode()
    assert client.post(f"/ontwikkelbudget/aanmeldingen/{reservation.pk}/bevestigen/").status_code == 404
    assert client.post(f"/ontwikkelbudget/aanmeldingen/{reservation.pk}/niet-aangemeld/").status_code == 404
    assert not Entry.objects.filter(movement__in=[Movement.BOOK, Movement.RELEASE]).exists()
    assert not AccessLog.objects.filter(viewer=stranger).exists()
    client.force_login(make_user("los", Role.AANBIEDER))
    assert (
        "Je account hoort nog niet bij een aanbieder." in client.get("/ontwikkelbudget/aanmeldingen/").content.decode()
    )


def test_the_person_still_confirms_when_the_provider_is_not_in_wegwijzer(client, person, make_budget, make_offer):
    budget = make_budget(person, 100_000)
    reservation = reserve(person, make_offer(price_cents=10_000), "reserveer-los").reservation
    client.force_login(person)
    client.post(f"/ontwikkelbudget/reservering/{reservation.pk}/bevestigen/")
    assert balances(budget).spent == 10_000


def test_the_sign_ups_page_costs_the_same_few_queries_however_many(
    client, school_offer, teacher, make_budget, django_assert_max_num_queries
):
    for number in range(10):
        someone = make_user(f"p{number}", Role.DEELNEMER)
        make_budget(someone, 100_000)
        reserve(someone, school_offer, f"reserveer-{number:04d}")
    client.force_login(teacher)
    with django_assert_max_num_queries(8):
        page = client.get("/ontwikkelbudget/aanmeldingen/").content.decode()
    assert page.count("klopt</button>") == 10
    assert AccessLog.objects.filter(viewer=teacher).count() == 10
