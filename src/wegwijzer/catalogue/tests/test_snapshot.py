"""The in-memory facet snapshot gives exactly what the same search in SQL gives, and never a stale catalogue."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Q
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wegwijzer.catalogue.filters import FACETS, PERSONAL_FACET, SearchParams
from wegwijzer.catalogue.models import Offer
from wegwijzer.catalogue.person import Person
from wegwijzer.catalogue.relevance import Preferences, _features
from wegwijzer.catalogue.search import snapshot
from wegwijzer.catalogue.search.service import search
from wegwijzer.catalogue.vocab import PAYER_FIELDS, Certificate, Delivery, EntryLevel, Kind, Nlqf, Region, Schedule

pytestmark = pytest.mark.django_db

WORDS = ["heftruck", "excel"]  # few words: most searches find offers with and without the word in the title
offer_fields = st.fixed_dictionaries(
    {
        "title": st.sampled_from(WORDS),
        "description": st.sampled_from(WORDS),
        "kind": st.sampled_from(Kind.values),
        "delivery": st.sampled_from(Delivery.values),
        "schedule": st.sampled_from(Schedule.values),
        "hours": st.sampled_from([1, 8, 9, 16, 40, 41, 200, 5000]),
        "price_cents": st.sampled_from([0, 10_000, 10_010, 50_000, 90_000]),
        "region": st.sampled_from(["", *Region.values[:3]]),
        "entry_level": st.sampled_from(EntryLevel.values),
        "nlqf": st.sampled_from(["", *Nlqf.values[:2]]),
        "certificate": st.sampled_from(Certificate.values),
        "exam": st.booleans(),
        "language_support": st.booleans(),
        "is_active": st.sampled_from([True, True, True, False]),
        **{field: st.booleans() for field in PAYER_FIELDS.values()},
    }
)
filters = st.lists(
    st.sampled_from([(facet.key, option.value) for facet in FACETS for option in facet.options]), max_size=3
).map(dict)
preferences = st.builds(
    Preferences,
    st.dictionaries(st.sampled_from(sorted(_features(frozenset()))), st.integers(1, 6)),
    st.frozensets(st.sampled_from(sorted(PAYER_FIELDS))),
)


def outcome(result):
    counts = [(facet.key, [(o.value, o.count, o.chosen) for o in facet.options]) for facet in result.facets]
    return result.total, result.page, result.pages, counts, [offer.pk for offer in result.offers]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    offers=st.lists(offer_fields, min_size=1, max_size=25),
    query=st.sampled_from(["", *WORDS, "heftruck excel"]),
    chosen=filters,
    prefs=st.one_of(st.none(), preferences),
    free_for_me=st.booleans(),
    page=st.integers(1, 3),
)
def test_snapshot_counts_and_order_equal_the_same_search_in_sql(
    make_offer, flex_worker, offers, query, chosen, prefs, free_for_me, page
):
    Offer.objects.all().delete()
    for fields in offers:
        make_offer(**fields)
    person = Person(flex_worker, prefs=prefs) if prefs is not None else None
    if person and free_for_me:
        chosen = {**chosen, PERSONAL_FACET: "gratis"}
    params = SearchParams(q=query, filters=chosen, page=page)
    in_memory = search(params, person, page_size=4, use_snapshot=True)
    in_database = search(params, person, page_size=4, use_snapshot=False)
    assert outcome(in_memory) == outcome(in_database)


def counts(result, key):
    return {option.value: option.count for option in next(f for f in result.facets if f.key == key).options}


def test_an_edit_is_seen_by_the_next_search(make_offer):
    offer = make_offer(title="Heftruck", schedule="overdag")
    assert counts(search(SearchParams(q="heftruck")), "wanneer")["overdag"] == 1
    offer.schedule = "avond"
    offer.save()
    result = search(SearchParams(q="heftruck"))
    assert counts(result, "wanneer")["overdag"] == 0
    assert counts(result, "wanneer")["avond"] == 1
    offer.is_active = False
    offer.save()
    assert search(SearchParams()).total == 0


def test_an_import_and_a_delete_are_seen_by_the_next_search(make_offer, tmp_path):
    kept = make_offer(title="Koken")
    gone = make_offer(title="Koken")
    assert search(SearchParams()).total == 2
    gone.delete()
    assert [o.pk for o in search(SearchParams()).offers] == [kept.pk]
    path = tmp_path / "aanbod.csv"
    path.write_text(
        "provider_code,provider_name,external_id,kind,theme,title,description,delivery,schedule,hours,weeks,"
        "price_euros,entry_level,language_support,exam,certificate\n"
        "roc-x,ROC X,k1,cursus,horeca,Koken op niveau,Je leert koken.,online,avond,10,2,0,geen,nee,nee,badge\n"
    )
    call_command("import_offers", str(path))
    result = search(SearchParams(filters={"wanneer": "avond"}))
    assert result.total == 1
    assert result.offers[0].title == "Koken op niveau"


def test_a_rolled_back_change_leaves_the_snapshot_right(make_offer):
    make_offer(title="Excel")
    before = search(SearchParams()).total
    with pytest.raises(RuntimeError), transaction.atomic():
        make_offer(title="Excel")
        assert search(SearchParams()).total == before + 1
        raise RuntimeError("the import failed")
    assert search(SearchParams()).total == before


def test_the_snapshot_is_reused_until_the_catalogue_changes(make_offer):
    make_offer(title="Excel")
    first = snapshot.current()
    assert snapshot.current() is first
    make_offer(title="Word")
    assert snapshot.current() is not first
    assert len(snapshot.current()) == 2


def test_a_lookup_the_snapshot_cannot_evaluate_is_an_error_not_a_wrong_count(make_offer):
    make_offer()
    with pytest.raises(ValueError, match="title__icontains"):
        snapshot.current().mask(Q(title__icontains="x"))
