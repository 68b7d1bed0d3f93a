"""Where offers are missing: searches that found nothing, counted without the person, shown to a region from k."""

import datetime

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.urls import reverse
from freezegun import freeze_time

from wegwijzer.insight import services
from wegwijzer.insight.models import EmptySearch

pytestmark = pytest.mark.django_db
SUMMER = datetime.date(2026, 8, 12)
AUTUMN = datetime.date(2026, 10, 2)


def searches(words: str, municipality: str, people: int) -> None:
    for _ in range(people):  # each person has a session of their own
        services.record_empty_search(SessionStore(), words, municipality, SUMMER)


def test_a_search_that_finds_nothing_in_the_catalogue_is_counted_without_the_person(client):
    client.get(reverse("catalogue:list"), {"q": "Duiken  Onder IJs"})
    client.get(reverse("catalogue:list"), {"q": "duiken onder ijs"})  # the same person again: once
    stored = EmptySearch.objects.get()
    assert (stored.words, stored.searches, stored.municipality) == ("duiken onder ijs", 1, "")
    assert {field.name for field in EmptySearch._meta.get_fields()} == {
        "id",
        "quarter",
        "municipality",
        "words",
        "searches",
    }


def test_words_that_could_be_personal_are_not_kept():
    session = SessionStore()
    for words in ("1234 AB", "jan@example.org", "bel 0612345678", "x" * 61, "   "):
        assert not services.record_empty_search(session, words, "", SUMMER)
    assert not EmptySearch.objects.exists()


def test_a_region_sees_words_from_k_searches_and_small_places_only_together(client, world):
    searches("lassen tig", "Utrecht", 12)
    searches("lassen tig", "Houten", 4)
    searches("lassen tig", "Zeist", 7)
    searches("bakken", "Utrecht", 9)  # under k: not shown at all
    with freeze_time(SUMMER):
        client.force_login(world.regio)
        assert "lassen tig" not in client.get(reverse("insight:empty_searches")).content.decode()  # quarter runs
    with freeze_time(AUTUMN):
        client.force_login(world.regio)
        page = client.get(reverse("insight:empty_searches")).content.decode()
    assert "lassen tig" in page and ">23<" in page and "Utrecht: 12" in page
    # Houten (4) is small, and 23 - 12 would give it away with Zeist: both only together.
    assert "Houten" not in page and "Zeist" not in page and "andere plaatsen samen: 11" in page
    assert "bakken" not in page


def test_employers_do_not_see_the_searches(client, world):
    client.force_login(world.werkgever)
    assert client.get(reverse("insight:empty_searches")).status_code == 403
