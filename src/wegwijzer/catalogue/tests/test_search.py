import pytest
from django.db import connection

from wegwijzer.catalogue.filters import SearchParams
from wegwijzer.catalogue.generator import generate
from wegwijzer.catalogue.models import Offer
from wegwijzer.catalogue.person import Person
from wegwijzer.catalogue.search.backends import NaiveBackend
from wegwijzer.catalogue.search.service import search
from wegwijzer.catalogue.search.text import query_terms, stemmed
from wegwijzer.skills.models import EscoConcept

pytestmark = pytest.mark.django_db


def counts(result, key):
    facet = next(f for f in result.facets if f.key == key)
    return {option.value: option.count for option in facet.options}


def test_dutch_words_find_their_other_forms_and_accents_do_not_matter(make_offer):
    offer = make_offer(title="Cursussen voor geïnteresseerde lassers", description="Je leert lassen.")
    make_offer(title="Koken", description="Je leert koken.", kind="training")
    for query in ["cursus", "cursussen", "lasser", "geinteresseerd", "LASSEN", "de cursus voor"]:
        assert [o.pk for o in search(SearchParams(q=query)).offers] == [offer.pk], query


def test_query_terms_drop_stop_words_and_syntax():
    assert query_terms('de "heftruck" OR (cursus)* voor') == ["heftruck", "or", "cursus"]
    assert stemmed("De cursussen") == stemmed("cursussen")


def test_provider_name_and_esco_labels_are_findable(make_offer):
    offer = make_offer(title="Orderpicken")
    offer.esco_concepts.add(
        EscoConcept.objects.create(
            uri="http://data.europa.eu/esco/x", label="magazijnmedewerker", concept_type="occupation"
        )
    )
    assert search(SearchParams(q="magazijnmedewerker")).total == 1
    assert search(SearchParams(q="ROC")).total == 1
    offer.provider.name = "Vakschool Noord"
    offer.provider.save()
    assert search(SearchParams(q="vakschool")).total == 1


def test_deleted_and_inactive_offers_are_not_found(make_offer):
    gone = make_offer(title="Heftruck")
    hidden = make_offer(title="Heftruck")
    assert search(SearchParams(q="heftruck")).total == 2  # both found first: the zero below is not a broken search
    gone.delete()
    hidden.is_active = False
    hidden.save()
    assert search(SearchParams(q="heftruck")).total == 0
    hidden.is_active = True
    hidden.save()
    assert [offer.pk for offer in search(SearchParams(q="heftruck")).offers] == [hidden.pk]


def test_facets_count_every_filter_and_keep_other_values_of_a_chosen_filter(make_offer):
    make_offer(title="Excel avond", schedule="avond", hours=8, price_cents=0, payers=())
    make_offer(title="Excel overdag", schedule="overdag", hours=60)
    make_offer(title="Excel online", schedule="eigen_tempo", delivery="online", exam=True)
    make_offer(title="Koken", schedule="avond")
    result = search(SearchParams(q="excel", filters={"wanneer": "avond"}))
    assert result.total == 1
    assert counts(result, "wanneer") == {"overdag": 1, "avond": 1, "weekend": 0, "eigen_tempo": 1}
    assert counts(result, "prijs") == {"0": 1, "100": 1, "500": 1}
    assert counts(result, "duur")["8"] == 1
    assert {f.key for f in result.facets} >= {"wanneer", "vorm", "duur", "prijs", "betaler", "examen", "onderwerp",
        "soort", "provincie", "instap", "taalhulp", "taal", "bewijs", "niveau"}  # fmt: skip
    assert counts(search(SearchParams(q="excel")), "examen") == {"ja": 1, "nee": 2}


def test_title_matches_come_first(make_offer):
    body = make_offer(title="Magazijn", description="Ook de heftruck komt aan bod.", hours=1)
    title = make_offer(title="Heftruck rijden", hours=100)
    assert [o.pk for o in search(SearchParams(q="heftruck")).offers] == [title.pk, body.pk]


def test_advice_step_filters_apply_and_the_person_can_override_them(make_offer):
    short = make_offer(title="Kort", hours=10, exam=False)
    make_offer(title="Lang", hours=100, exam=False)
    make_offer(title="Examen", hours=10, exam=True)
    result = search(SearchParams(step="korte_lessen_zonder_examen"))
    assert [o.pk for o in result.offers] == [short.pk]
    assert result.step_filters == {"duur": "40", "examen": "nee"}
    assert search(SearchParams(step="korte_lessen_zonder_examen", filters={"examen": "ja"})).total == 1


def test_free_for_you_filter_uses_the_funding_the_person_is_eligible_for(make_offer, make_scheme, flex_worker):
    make_scheme("flexfonds", work_statuses=["uitzend"])
    fund = make_offer(title="Fonds betaalt", payers=("eigen_geld", "oo_fonds"))
    free = make_offer(title="Gratis", price_cents=0)
    make_offer(title="Zelf betalen")
    person = Person.from_profile(flex_worker)
    result = search(SearchParams(filters={"voor_mij": "gratis"}), person)
    assert {o.pk for o in result.offers} == {fund.pk, free.pk}
    assert search(SearchParams(filters={"voor_mij": "gratis"})).total == 3  # unknown person: the filter is ignored


def test_indexed_and_naive_search_agree_on_generated_offers():
    generate(400, seed=11)
    for query, filters in [("heftruck", {}), ("computer", {"prijs": "0"}), ("nederlands", {"wanneer": "avond"})]:
        indexed = search(SearchParams(q=query, filters=filters), page_size=1000)
        naive = search(SearchParams(q=query, filters=filters), backend=NaiveBackend(), page_size=1000)
        assert indexed.total > 0
        assert {o.pk for o in naive.offers} <= {o.pk for o in indexed.offers}


def test_generation_is_deterministic_by_seed():
    generate(50, seed=5)
    first = list(Offer.objects.order_by("external_id").values_list("external_id", "title", "price_cents", "schedule"))
    Offer.objects.all().delete()
    generate(50, seed=5)
    assert (
        list(Offer.objects.order_by("external_id").values_list("external_id", "title", "price_cents", "schedule"))
        == first
    )
    assert generate(50, seed=5).created == 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL-only: needs DATABASE_URL to PostgreSQL")
def test_postgres_keeps_dutch_words_in_a_narrow_table_with_gin_indexes(make_offer):
    offer = make_offer(title="Cursussen lassen", description="Je leert het vak.")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT words::text, title_words::text FROM catalogue_offer_words WHERE offer_id = %s", [offer.pk]
        )
        words, title_words = cursor.fetchone()
        assert "'cursuss'" in words and "'vak'" in words
        assert "'cursuss'" in title_words and "'vak'" not in title_words
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'catalogue_offer_words' ORDER BY indexname")
        assert [d.lower().split("using ")[1] for d in [r[0] for r in cursor.fetchall()][1:]] == [
            "gin (title_words) with (fastupdate=off)",
            "gin (words) with (fastupdate=off)",
        ]
    assert search(SearchParams(q="cursus lassen")).total == 1
    assert search(SearchParams(q="vak")).total == 1
    offer.delete()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM catalogue_offer_words")
        assert cursor.fetchone()[0] == 0


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite-only: the FTS5 table of the embedded default")
def test_sqlite_keeps_stems_in_an_fts5_table(make_offer):
    offer = make_offer(title="Cursussen lassen")
    with connection.cursor() as cursor:
        cursor.execute("SELECT title FROM catalogue_offer_fts WHERE rowid = %s", [offer.pk])
        assert cursor.fetchone()[0] == "cursuss lass"


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL-only: pg_trgm; SQLite suggests a word instead"
)
def test_postgres_finds_a_title_with_a_similar_word_when_the_words_as_typed_find_nothing(make_offer):
    forklift = make_offer(title="Heftruck rijden (avondcursus)")
    make_offer(title="Koken voor beginners")
    make_offer(title="Heftruck rijden, maar niet meer te zien", is_active=False)
    typo = search(SearchParams(q="heftruk"))
    assert [offer.pk for offer in typo.offers] == [forklift.pk]
    assert typo.total == 1 and typo.similar and typo.suggestion == ""
    exact = search(SearchParams(q="heftruck"))
    assert exact.total == 1 and not exact.similar  # spelled right: found as typed, no second chance needed
    assert search(SearchParams(q="xqzwv")).total == 0  # nothing alike: still nothing


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite-only: PostgreSQL finds similar titles instead")
def test_sqlite_suggests_the_closest_title_word_for_words_that_find_nothing(make_offer):
    make_offer(title="Heftruck rijden (avondcursus)")
    make_offer(title="Excel voor beginners")
    typo = search(SearchParams(q="heftruk"))
    assert typo.total == 0 and typo.suggestion == "heftruck"
    assert search(SearchParams(q="heftruk avondcursus")).suggestion == "heftruck avondcursus"
    assert search(SearchParams(q="heftruck")).suggestion == ""  # found as typed
    assert search(SearchParams(q="xqzwv")).suggestion == ""  # nothing close: no suggestion


def test_a_suggestion_follows_the_catalogue_as_it_changes(make_offer):
    make_offer(title="Koken voor beginners")
    before = search(SearchParams(q="heftruk"))
    assert (before.total, before.suggestion) == (0, "")
    make_offer(title="Heftruck rijden")
    later = search(SearchParams(q="heftruk"))
    assert later.total == 1 if connection.vendor == "postgresql" else later.suggestion == "heftruck"
