"""The in-memory facet snapshot gives exactly what the same search in SQL gives; a stale one serves searches only
with what it holds, until a refresh (merged or rebuilt) makes it current."""

import json
import os

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Q
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wegwijzer.catalogue.filters import FACETS, OCCUPATION_FACET, PERSONAL_FACET, SearchParams
from wegwijzer.catalogue.models import CatalogueChange, Offer
from wegwijzer.catalogue.models import Payer as PayerRow
from wegwijzer.catalogue.person import Person
from wegwijzer.catalogue.relevance import Preferences, _features
from wegwijzer.catalogue.search import index, snapshot
from wegwijzer.catalogue.search.service import search
from wegwijzer.catalogue.vocab import Certificate, Delivery, EntryLevel, Kind, Nlqf, Payer, Region, Schedule
from wegwijzer.skills.models import EscoConcept

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
        "payers": st.frozensets(st.sampled_from(Payer.values)),
    }
)
WELDER = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b"
OCCUPATION = EscoConcept.ConceptType.OCCUPATION
filters = st.lists(
    st.sampled_from(
        [(facet.key, option.value) for facet in FACETS for option in facet.listed]
        + [("betaler", code) for code in Payer.values]  # the payers are data: the migration made these
    ),
    max_size=3,
).map(dict)
preferences = st.builds(
    Preferences,
    st.dictionaries(st.sampled_from(sorted(_features(frozenset()))), st.integers(1, 6)),
    st.frozensets(st.sampled_from(Payer.values)),
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
    to_welding=st.booleans(),
    naming_welder=st.sets(st.integers(0, 24)),  # these offers name the welder: the filter "Leidt naar dit werk"
)
def test_snapshot_counts_and_order_equal_the_same_search_in_sql(
    make_offer, flex_worker, offers, query, chosen, prefs, free_for_me, page, to_welding, naming_welder
):
    Offer.objects.all().delete()
    welder, _ = EscoConcept.objects.get_or_create(uri=WELDER, defaults={"label": "lasser", "concept_type": OCCUPATION})
    for number, fields in enumerate(offers):
        offer = make_offer(**fields)
        if number in naming_welder:
            offer.esco_concepts.add(welder)
    person = Person(flex_worker, prefs=prefs) if prefs is not None else None
    if person and free_for_me:
        chosen = {**chosen, PERSONAL_FACET: "gratis"}
    if to_welding:
        chosen = {**chosen, OCCUPATION_FACET: WELDER}
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


def decoded(catalogue: snapshot.Snapshot) -> dict[str, list]:
    """The snapshot's columns as values, whatever small integers each value got."""
    values = {"id": catalogue.ids.tolist()}
    for name, column in catalogue.columns.items():
        names = {code: value for value, code in catalogue.codes.get(name, {}).items()}
        values[name] = [names[code] for code in column.tolist()] if names else column.tolist()
    return values


ACTIONS = st.sampled_from(["keep", "keep", "edit", "hide", "delete"])


def apply(offers: list[Offer], actions: list[str], edits: list[dict], make_offer, additions: list[dict]) -> None:
    """Change the catalogue as an editor would, the words of the kept offers untouched (the text index stays)."""
    for offer, action, fields in zip(offers, actions, edits, strict=False):
        if action == "delete":
            offer.delete()
        elif action in ("edit", "hide"):
            fields = {key: value for key, value in fields.items() if key not in ("title", "description")}
            payers = fields.pop("payers")
            for key, value in {**fields, "is_active": action == "edit" and fields["is_active"]}.items():
                setattr(offer, key, value)
            offer.save()
            offer.payers.set(PayerRow.objects.filter(code__in=payers))
    for fields in additions:
        make_offer(**fields)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    offers=st.lists(offer_fields, min_size=1, max_size=15),
    actions=st.lists(ACTIONS, max_size=15),
    edits=st.lists(offer_fields, min_size=15, max_size=15),
    additions=st.lists(offer_fields, max_size=5),
)
def test_merging_the_changed_offers_equals_a_full_build(make_offer, offers, actions, edits, additions):
    Offer.objects.all().delete()
    made = [make_offer(**fields) for fields in offers]
    before = snapshot.build(snapshot.current_version())
    apply(made, actions, edits, make_offer, additions)
    now = snapshot.current_version()
    changed = snapshot.changed_since(before.version, now)
    assert changed is not None
    assert decoded(snapshot.merged(before, now, changed)) == decoded(snapshot.build(now))


def every_match(params: SearchParams, person) -> list[int]:
    everything = SearchParams(q=params.q, filters=params.filters)
    return [offer.pk for offer in search(everything, person, page_size=10_000, use_snapshot=False).offers]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    offers=st.lists(offer_fields, min_size=1, max_size=15),
    actions=st.lists(st.sampled_from(["keep", "keep", "edit", "hide"]), max_size=15),
    edits=st.lists(offer_fields, min_size=15, max_size=15),
    additions=st.lists(offer_fields, max_size=5),
    query=st.sampled_from(["", *WORDS]),
    chosen=filters,
    prefs=st.one_of(st.none(), preferences),
    page=st.integers(1, 3),
)
def test_a_stale_snapshot_counts_what_it_holds_and_shows_only_offers_that_still_fit(
    make_offer, flex_worker, monkeypatch, offers, actions, edits, additions, query, chosen, prefs, page
):
    """While the refresh runs, searches get the counts of the catalogue as it was (the new offers not yet), and a
    page without the offers that are hidden or no longer fit; after it, exactly what SQL gives, merged not rebuilt.
    (Deletes are in the test above: a deleted offer leaves the text index at once, so word searches stop counting
    it before the refresh.)"""
    Offer.objects.all().delete()
    made = [make_offer(**fields) for fields in offers]
    person = Person(flex_worker, prefs=prefs) if prefs is not None else None
    params = SearchParams(q=query, filters=chosen, page=page)
    total, page_number, pages, counts, shown = outcome(search(params, person, page_size=4, use_snapshot=False))
    stale = snapshot.wait_until_current()
    apply(made, actions, edits, make_offer, additions)

    with monkeypatch.context() as patch:
        patch.setattr(snapshot, "current", lambda: stale)
        served = outcome(search(params, person, page_size=4, use_snapshot=True))
    fit_now = set(every_match(params, person))
    assert served == (total, page_number, pages, counts, [pk for pk in shown if pk in fit_now])

    with monkeypatch.context() as patch:
        patch.setattr(snapshot, "MERGE_AT_MOST", float("inf"))  # merge even when most changed
        merges = snapshot.stats().merged
        snapshot.wait_until_current()
    changed = additions or any(action != "keep" for action in actions[: len(made)])
    assert snapshot.stats().merged == merges + bool(changed)
    refreshed = search(params, person, page_size=4, use_snapshot=True)
    assert outcome(refreshed) == outcome(search(params, person, page_size=4, use_snapshot=False))


def test_one_batch_is_one_version_that_lists_its_offers(make_offer):
    offers = [make_offer(title="Excel") for _ in range(3)]
    before = snapshot.current_version()
    index.index_offers([offer.pk for offer in reversed(offers)])
    after = snapshot.current_version()
    assert after.number == before.number + 1
    assert json.loads(CatalogueChange.objects.get(number=after.number).offer_ids) == [offer.pk for offer in offers]


def test_a_snapshot_rebuilds_when_the_change_list_is_pruned_or_too_long(make_offer, monkeypatch):
    make_offer(title="Excel")
    old = snapshot.wait_until_current()
    monkeypatch.setattr(index, "MAX_LISTED", 0)
    make_offer(title="Word")
    assert snapshot.changed_since(old.version, snapshot.current_version()) is None  # not listed: too long
    monkeypatch.undo()
    old = snapshot.wait_until_current()
    monkeypatch.setattr(index, "KEEP_CHANGES", 1)
    monkeypatch.setattr(index, "PRUNE_EVERY", 1)
    make_offer(title="Access")
    make_offer(title="Outlook")
    assert list(CatalogueChange.objects.values_list("number", flat=True)) == [old.version.number + 2]
    assert snapshot.changed_since(old.version, snapshot.current_version()) is None  # pruned
    assert snapshot.refreshed(old)[1] == "rebuilt"
    assert len(snapshot.current()) == 4


@pytest.mark.django_db(transaction=True)  # the thread has its own connection: it sees committed writes only
def test_a_search_never_waits_for_a_refresh_it_uses_the_previous_snapshot_meanwhile(make_offer, settings):
    settings.WEGWIJZER_SNAPSHOT_IN_BACKGROUND = True
    offer = make_offer(title="Heftruck", schedule="overdag")
    for _ in range(4):  # one change in five offers: merged, not rebuilt (MERGE_AT_MOST)
        make_offer(title="Excel")
    snapshot.wait_until_current()
    waited, merged = snapshot.stats().waited, snapshot.stats().merged
    offer.schedule = "avond"
    offer.save()
    stale = search(SearchParams(q="heftruck"))
    assert (counts(stale, "wanneer")["overdag"], counts(stale, "wanneer")["avond"]) == (1, 0)
    assert [found.schedule for found in stale.offers] == ["avond"]  # the page is read as it is now
    snapshot.wait_until_current()  # joins the thread that search started
    current = search(SearchParams(q="heftruck"))
    assert (counts(current, "wanneer")["overdag"], counts(current, "wanneer")["avond"]) == (0, 1)
    assert (snapshot.stats().waited, snapshot.stats().merged) == (waited, merged + 1)


def test_a_forked_worker_does_not_inherit_a_lock_held_by_a_thread_of_its_parent(make_offer):
    make_offer()
    snapshot.current()
    catalogue = snapshot._catalogue()
    with catalogue._refreshing:  # as if the parent's refresh thread were busy at the fork
        pid = os.fork()
        if pid == 0:
            os._exit(0 if catalogue._refreshing.acquire(timeout=5) else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
