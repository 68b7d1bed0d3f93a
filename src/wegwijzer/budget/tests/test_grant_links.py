"""An employer, O&O-fonds or municipality offers a budget through a code (issue 14, "Granting"): the person who
uses the code gets it once, while it has places; an employer can also give it to someone who shares their plan with
it. Bad input gets its own Dutch message and changes nothing; the organisation never sees what anyone chose."""

import datetime

import pytest

from wegwijzer.accounts.models import DataCategory, Organisation, Role
from wegwijzer.accounts.services import share_with_employer
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.budget.models import Budget, GrantLink
from wegwijzer.budget.services import balances, claim, find_link

pytestmark = pytest.mark.django_db

NEXT_YEAR = datetime.date.today().year + 1
BACKWARDS = {"valid_from": f"{NEXT_YEAR}-12-31", "valid_until": f"{NEXT_YEAR}-01-01"}
FORM = {
    "name": "Leerbudget Zorg",
    "amount": "750",
    "places": "3",
    "valid_from": "2020-01-01",
    "valid_until": f"{NEXT_YEAR}-12-31",
    "offer_kinds": ["cursus", "training"],
}


@pytest.fixture
def boss(employer):
    return make_user("petra", Role.WERKGEVER, organisation=employer)


def make_code(client, user, **changes):
    client.force_login(user)
    return client.post("/ontwikkelbudget/geven/", {**FORM, **changes})


def test_an_employer_makes_a_code_and_the_person_who_types_it_gets_the_budget_once(client, boss, person):
    response = make_code(client, boss)
    link = GrantLink.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/ontwikkelbudget/geven/{link.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert link.code in page and f"/ontwikkelbudget/code/{link.code}/" in page

    client.force_login(person)
    typed = f"{link.code[:5].lower()}-{link.code[5:]}"  # as a person might copy it
    assert client.post("/ontwikkelbudget/code/", {"code": typed})["Location"] == f"/ontwikkelbudget/code/{link.code}/"
    offer_page = client.get(f"/ontwikkelbudget/code/{link.code}/").content.decode()
    assert "€ 750,00 om te leren" in offer_page
    first = client.post(f"/ontwikkelbudget/code/{link.code}/", follow=True).content.decode()
    assert "Je hebt het budget gekregen." in first
    client.post(f"/ontwikkelbudget/code/{link.code}/")  # twice: one budget
    budget = Budget.objects.get(person=person)
    assert (budget.grantor, budget.grant_link, budget.offer_kinds) == (boss.organisation, link, ["cursus", "training"])
    assert balances(budget).available == 75_000

    client.force_login(boss)
    assert "1 van 3 mensen gebruikten de code." in client.get("/ontwikkelbudget/geven/").content.decode()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": ""}, "Geef het budget een naam."),
        ({"amount": "veel"}, "Vul een bedrag in euro in, bijvoorbeeld 500 of 499,95."),
        ({"amount": "0"}, "Vul een bedrag in dat groter is dan nul."),
        ({"amount": "12,345"}, "Een bedrag heeft hoogstens twee cijfers na de komma."),
        ({"amount": "250000"}, "Dat is meer dan € 100.000 per persoon. Klopt het bedrag?"),
        ({"places": "0"}, "Het budget is voor minstens 1 persoon."),
        ({"places": "twee"}, "Vul een heel getal in, bijvoorbeeld 25."),
        ({"valid_from": "morgen"}, "Vul een datum in, zoals 1-1-2027."),
        ({"valid_until": "2020-12-31", "valid_from": "2019-01-01"}, "Deze datum is al voorbij."),
        (BACKWARDS, "De einddatum ligt voor de begindatum."),
        ({"offer_kinds": []}, "Kies minstens één soort aanbod."),
        ({"offer_kinds": ["vakantie"]}, "Kies een soort aanbod uit de lijst."),
    ],
)  # fmt: skip
def test_each_wrong_value_gets_its_own_message_and_no_code_is_made(client, boss, changes, message):
    response = make_code(client, boss, **changes)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not GrantLink.objects.exists()


def test_an_amount_with_a_dutch_comma_is_whole_cents(client, boss):
    make_code(client, boss, amount="499,95")
    assert GrantLink.objects.get().amount_cents == 49_995


def test_a_code_gives_no_more_budgets_than_its_places_and_none_once_stopped_or_ended(client, boss, employer):
    link = GrantLink.objects.create(
        grantor=employer, name="Twee plekken", amount_cents=10_000, places=2, valid_from=datetime.date(2020, 1, 1),
        valid_until=datetime.date(NEXT_YEAR, 12, 31), offer_kinds=["cursus"], code="ABCDEFGH23",
    )  # fmt: skip
    people = [make_user(f"p{n}", Role.DEELNEMER) for n in range(3)]
    claim(people[0], link)
    claim(people[1], link)
    client.force_login(people[2])
    response = client.post(f"/ontwikkelbudget/code/{link.code}/", follow=True)
    assert "Deze code is al door zoveel mensen gebruikt als afgesproken." in response.content.decode()
    assert Budget.objects.filter(grant_link=link).count() == 2

    link.places = 10
    link.save()
    client.force_login(boss)
    client.post(f"/ontwikkelbudget/geven/{link.pk}/stoppen/")
    client.force_login(people[2])
    response = client.post(f"/ontwikkelbudget/code/{link.code}/", follow=True)
    assert "Deze code is gestopt." in response.content.decode()
    assert not Budget.objects.filter(person=people[2]).exists()

    GrantLink.objects.filter(pk=link.pk).update(stopped_at=None, valid_until=datetime.date(2021, 1, 1))
    response = client.post(f"/ontwikkelbudget/code/{link.code}/", follow=True)
    assert "Deze code is verlopen." in response.content.decode()
    assert not Budget.objects.filter(person=people[2]).exists()


def test_an_unknown_code_is_said_plainly(client, person):
    client.force_login(person)
    response = client.post("/ontwikkelbudget/code/", {"code": "NIETBESTAAND"})
    assert response.status_code == 400
    assert "Deze code kennen we niet. Kijk of je hem goed overnam." in response.content.decode()
    assert client.post("/ontwikkelbudget/code/", {"code": ""}).status_code == 400
    assert client.get("/ontwikkelbudget/code/NIETBESTAAND/").status_code == 404
    assert find_link("   ") is None


def test_an_oo_fonds_offers_budgets_to_workers_in_its_sector(client):
    fund = Organisation.objects.create(name="Fonds Techniek Voorbeeld", kind=Organisation.Kind.FONDS)
    worker_of_fund = make_user("fenna", Role.WERKGEVER, organisation=fund)
    page = make_code(client, worker_of_fund, name="Techniekbudget")
    assert page.status_code == 302
    assert "Geef werkenden in jullie sector geld om te leren." in client.get("/ontwikkelbudget/geven/").content.decode()
    welder = make_user("wim", Role.DEELNEMER)
    budget, created = claim(welder, GrantLink.objects.get())
    assert created and budget.grantor == fund


def test_an_organisation_that_does_not_grant_or_another_employer_cannot_reach_a_code(client, boss, employer):
    make_code(client, boss)
    link = GrantLink.objects.get()
    other = Organisation.objects.create(name="Ander Bedrijf", kind=Organisation.Kind.WERKGEVER)
    client.force_login(make_user("otto", Role.WERKGEVER, organisation=other))
    assert client.get(f"/ontwikkelbudget/geven/{link.pk}/").status_code == 404
    assert client.post(f"/ontwikkelbudget/geven/{link.pk}/stoppen/").status_code == 404
    assert GrantLink.objects.get().stopped_at is None
    client.force_login(make_user("zonder", Role.WERKGEVER))
    page = client.post("/ontwikkelbudget/geven/", FORM).content.decode()
    assert "Je account hoort niet bij een werkgever, O&O-fonds of gemeente." in page
    assert GrantLink.objects.count() == 1


def test_an_employer_gives_the_budget_directly_only_to_someone_who_shares_their_plan(client, boss, employer, person):
    share_with_employer(person, DataCategory.PLAN)
    quiet = make_user("stil", Role.DEELNEMER, first_name="Stille Sam", organisation=employer)
    make_code(client, boss)
    link = GrantLink.objects.get()
    page = client.get(f"/ontwikkelbudget/geven/{link.pk}/").content.decode()
    assert "Geef het budget aan Sanne" in page and "Stille Sam" not in page

    for wrong in (str(quiet.pk), "abc", ""):
        response = client.post(f"/ontwikkelbudget/geven/{link.pk}/aan-persoon/", {"persoon": wrong}, follow=True)
        assert "Kies iemand uit de lijst." in response.content.decode()
    assert not Budget.objects.exists()

    client.post(f"/ontwikkelbudget/geven/{link.pk}/aan-persoon/", {"persoon": person.pk})
    response = client.post(f"/ontwikkelbudget/geven/{link.pk}/aan-persoon/", {"persoon": person.pk}, follow=True)
    assert "Sanne had dit budget al. Er is niets veranderd." in response.content.decode()
    assert Budget.objects.get().person == person
    assert "Heeft dit budget." in response.content.decode()


def test_the_code_pages_cost_the_same_few_queries_however_many_codes_or_people(
    client, boss, employer, django_assert_max_num_queries
):
    make_code(client, boss, places="20")
    link = GrantLink.objects.get()
    for number in range(8):
        make_code(client, boss, name=f"Budget {number}")
        sharer = make_user(f"deler{number}", Role.DEELNEMER, organisation=employer)
        share_with_employer(sharer, DataCategory.PLAN)
        claim(sharer, link)
    client.force_login(boss)
    with django_assert_max_num_queries(8):
        assert client.get("/ontwikkelbudget/geven/").status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get(f"/ontwikkelbudget/geven/{link.pk}/").status_code == 200
