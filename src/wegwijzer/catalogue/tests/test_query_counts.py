"""The number of database queries of the catalogue's lists does not grow with the number of rows shown.

Each test makes N and then 2N rows (offers with ESCO concepts, or reviews) and compares the queries of one request
(conftest.queries_for_n_and_2n); a fixed upper bound catches a page that got slower without growing. Measured on
2026-11-30: the list page 2 queries, the offer page 3, the API's list 2 + one per offer (7 for 5 offers, 12 for 10)."""

import pytest
from django.urls import reverse

from wegwijzer.accounts.models import Role, User
from wegwijzer.catalogue.models import Offer, Review

pytestmark = pytest.mark.django_db
# Where the ESCO concepts live moves between apps; the offer's relation knows.
EscoConcept = Offer._meta.get_field("esco_concepts").related_model


@pytest.fixture
def add_offers(make_offer):
    """n more offers, each with two ESCO concepts of its own (at most one page: 2N stays under 20)."""
    made = iter(range(1, 10_000))

    def add(n: int) -> None:
        for _ in range(n):
            number = next(made)
            offer = make_offer(title=f"Cursus nummer {number}")
            for kind in ("skill", "occupation"):
                concept = EscoConcept.objects.create(
                    uri=f"http://data.europa.eu/esco/{kind}/test-{number}", label=f"{kind} {number}", concept_type=kind
                )
                offer.esco_concepts.add(concept)

    return add


def test_the_offer_list_page_makes_as_many_queries_for_5_as_for_10_offers(client, add_offers, queries_for_n_and_2n):
    n, twice_n = queries_for_n_and_2n(add_offers, lambda: client.get(reverse("catalogue:list")))
    assert (twice_n, n) == (n, n) and n <= 4, f"{n} queries for N offers, {twice_n} for 2N"


def test_a_search_with_a_typo_makes_as_many_queries_for_5_as_for_10_offers(client, add_offers, queries_for_n_and_2n):
    """The second chance for a typo adds no query that grows with the offers: pg_trgm's similar titles are one query,
    the title words for "Bedoel je" are read once per catalogue version (here by the first of the two requests).
    Measured on 2026-11-30: 3 queries on SQLite and on PostgreSQL, and one more since a search that finds nothing is
    counted for regions (insight.record_empty_search: once per session and quarter)."""
    n, twice_n = queries_for_n_and_2n(add_offers, lambda: client.get(reverse("catalogue:list"), {"q": "kursus"}))
    assert (twice_n, n) == (n, n) and n <= 4, f"{n} queries for N offers, {twice_n} for 2N"


def test_the_api_offer_list_makes_as_many_queries_for_5_as_for_10_offers(client, add_offers, queries_for_n_and_2n):
    n, twice_n = queries_for_n_and_2n(add_offers, lambda: client.get("/api/v1/offers"))
    assert (twice_n, n) == (n, n) and n <= 4, f"{n} queries for N offers, {twice_n} for 2N"


def test_the_offer_page_makes_as_many_queries_for_5_as_for_10_reviews(client, make_offer, queries_for_n_and_2n):
    offer = make_offer()
    people = iter(range(1, 10_000))

    def add_reviews(n: int) -> None:
        for _ in range(n):
            person = User.objects.create(username=f"lezer-{next(people)}", role=Role.DEELNEMER)
            Review.objects.create(
                offer=offer, user=person, rating=4, sentence="Het hielp me.", status=Review.Status.APPROVED
            )

    n, twice_n = queries_for_n_and_2n(add_reviews, lambda: client.get(reverse("catalogue:offer", args=[offer.pk])))
    assert (twice_n, n) == (n, n) and n <= 5, f"{n} queries for N reviews, {twice_n} for 2N"


@pytest.mark.parametrize("changelist", ["admin:catalogue_offer_changelist", "admin:catalogue_review_changelist"])
def test_the_admins_offer_and_review_lists_make_as_many_queries_for_5_as_for_10_rows(
    changelist, client, add_offers, queries_for_n_and_2n
):
    client.force_login(User.objects.create(username="beheer", role=Role.BEHEERDER, is_staff=True, is_superuser=True))
    readers = iter(range(1, 10_000))

    def add_offers_with_a_review(n: int) -> None:
        add_offers(n)
        for offer in Offer.objects.filter(reviews__isnull=True):
            reader = User.objects.create(username=f"lezer-{next(readers)}", role=Role.DEELNEMER)
            Review.objects.create(offer=offer, user=reader, rating=3, sentence="Goed te doen.")

    n, twice_n = queries_for_n_and_2n(add_offers_with_a_review, lambda: client.get(reverse(changelist)))
    assert (twice_n, n) == (n, n) and n <= 12, f"{n} queries for N rows, {twice_n} for 2N"


def test_the_list_leading_to_an_occupation_makes_as_many_queries_for_5_as_for_10_offers(
    client, add_offers, queries_for_n_and_2n
):
    """The filter "Leidt naar dit werk" (issue 17) reads what leads there (registry.leads_to: the occupation and its
    essential skills, twice: once to check the value, once for the facet) and the ids of the offers naming it once.
    Measured on 2026-11-30: 8 queries on SQLite."""
    welder = EscoConcept.objects.create(
        uri="http://data.europa.eu/esco/occupation/test-lasser", label="lasser", concept_type="occupation"
    )

    def add_offers_leading_to_welding(n: int) -> None:
        add_offers(n)
        for offer in Offer.objects.exclude(esco_concepts=welder):
            offer.esco_concepts.add(welder)

    def leading_to_welding():
        response = client.get(reverse("catalogue:list"), {"beroep": welder.uri})
        assert "Leidt naar werk als lasser" in response.content.decode()
        return response

    n, twice_n = queries_for_n_and_2n(add_offers_leading_to_welding, leading_to_welding)
    assert (twice_n, n) == (n, n) and n <= 8, f"{n} queries for N offers, {twice_n} for 2N"
