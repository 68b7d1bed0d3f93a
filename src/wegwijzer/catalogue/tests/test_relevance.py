"""Relevance ordering is a pure function of (offers, Profiel, Advies): tested with constructed profiles, and the
database's ordering is checked against it."""

import pytest
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from wegwijzer.advice.engine import advise, validate_profile
from wegwijzer.catalogue.filters import SearchParams
from wegwijzer.catalogue.models import Offer
from wegwijzer.catalogue.models import Payer as PayerRow
from wegwijzer.catalogue.person import Person
from wegwijzer.catalogue.relevance import (
    _PREFERENCE_FEATURES,
    _RULES,
    FREE_FIRST,
    PREFERENCE_WEIGHT,
    preferences,
    rank_offers,
)
from wegwijzer.catalogue.search.service import search
from wegwijzer.catalogue.vocab import Certificate, Delivery, EntryLevel, Kind, Payer, Schedule, Theme

LOW_SELF_EFFICACY = {"work_status": "vast", "scales": {"self_efficacy": 1, "motivation": 3}}
SINGLE_PARENT = {"single_parent": True, "children_under_12": 2, "work_status": "niet_werkend", "benefit": "bijstand"}
NO_MONEY = {"work_status": "uitzend", "flex_choice": "bewust", "scales": {"motivation": 5, "money": 1}}
DEBTS = {"work_status": "vast", "problems": ["schulden"], "learning_preferences": ["kort", "avond", "online"],
         "scales": {"self_efficacy": 1, "money": 1, "time": 1}}  # fmt: skip


def _with_payers(offer: Offer, payer_codes) -> Offer:
    offer.payer_codes = sorted(payer_codes)
    return offer


offers_without_payers = st.builds(
    Offer,
    kind=st.sampled_from(Kind.values),
    theme=st.sampled_from(Theme.values),
    delivery=st.sampled_from(Delivery.values),
    schedule=st.sampled_from(Schedule.values),
    hours=st.integers(1, 1000),
    weeks=st.just(1),
    price_cents=st.sampled_from([0, 5000, 50000]),
    entry_level=st.sampled_from(EntryLevel.values),
    language_support=st.booleans(),
    exam=st.booleans(),
    certificate=st.sampled_from(Certificate.values),
)
offers = st.builds(_with_payers, offers_without_payers, st.frozensets(st.sampled_from(Payer.values)))


def prefs_for(data: dict, full_payers=()):
    """``full_payers``: the payers of schemes that surely pay in full for this person (the funding engine's word)."""
    profile = validate_profile(data)
    return preferences(profile, advise(profile), full_payers)


def with_changes(offer: Offer, **changes) -> Offer:
    copy = Offer(**{f.attname: getattr(offer, f.attname) for f in Offer._meta.concrete_fields})
    copy.payer_codes = offer.payer_codes
    for name, value in changes.items():
        setattr(copy, name, value)
    return copy


@given(offer=offers)
def test_low_self_efficacy_puts_short_and_exam_free_before_long_with_exam(offer):
    prefs = prefs_for(LOW_SELF_EFFICACY)
    easy = with_changes(offer, hours=8, exam=False)
    hard = with_changes(offer, hours=200, exam=True)
    assert rank_offers([hard, easy], prefs) == [easy, hard]
    assert prefs.score(easy) > prefs.score(hard)


@given(offer=offers)
def test_single_parent_gets_evening_and_online_before_daytime_in_class(offer):
    prefs = prefs_for(SINGLE_PARENT)
    fits = with_changes(offer, schedule=Schedule.AVOND, delivery=Delivery.ONLINE)
    daytime = with_changes(offer, schedule=Schedule.OVERDAG, delivery=Delivery.KLASSIKAAL)
    assert rank_offers([daytime, fits], prefs)[0] is fits
    assert prefs.score(fits) > prefs.score(daytime)


@given(offer=offers)
def test_money_barrier_puts_what_their_situation_makes_free_first(offer):
    prefs = prefs_for(NO_MONEY, ["oo_fonds"])  # a flex worker whose sector's O&O-fonds surely pays
    funded = with_changes(offer, price_cents=50000, payer_codes=["eigen_geld", "oo_fonds"])
    own_money = with_changes(offer, price_cents=50000, payer_codes=["eigen_geld", "landelijk"])
    assert prefs.score(funded) > prefs.score(own_money)
    with translation.override("nl"):
        assert "het voor jou gratis kan zijn" in prefs.reasons(funded)


@given(st.lists(offers, max_size=12))
def test_with_money_worries_or_debts_every_free_offer_comes_before_any_paid_one(items):
    ranked = rank_offers(items, prefs_for(DEBTS, ["werkgever"]))
    prices = [offer.price_cents == 0 for offer in ranked]
    assert prices == sorted(prices, reverse=True)


def test_free_first_outweighs_every_other_weight_together():
    others = sum(weight for _holds, added in _RULES for code, weight in added.items() if code != "gratis")
    assert others + PREFERENCE_WEIGHT * len(set(_PREFERENCE_FEATURES.values())) < FREE_FIRST


@given(offer=offers, data=st.sampled_from([LOW_SELF_EFFICACY, SINGLE_PARENT, NO_MONEY]))
def test_adding_a_wanted_feature_never_lowers_the_score(offer, data):
    prefs = prefs_for(data)
    improved = {
        "kort": {"hours": min(offer.hours, 40)},
        "zonder_examen": {"exam": False},
        "avond": {"schedule": Schedule.AVOND},
        "gratis_voor_jou": {"price_cents": 0},
    }
    for code, changes in improved.items():
        if code in prefs.weights and not prefs.features[code].test(offer):
            assert prefs.score(with_changes(offer, **changes)) > prefs.score(offer)


@given(st.lists(offers, max_size=12))
def test_ranking_is_a_sorted_permutation(items):
    prefs = prefs_for(LOW_SELF_EFFICACY)
    ranked = rank_offers(items, prefs)
    assert sorted(map(id, ranked)) == sorted(map(id, items))
    scores = [prefs.score(offer) for offer in ranked]
    assert scores == sorted(scores, reverse=True)


def test_no_profile_means_no_preferences():
    assert preferences(None, None).weights == {}


@pytest.mark.django_db
@settings(max_examples=15, deadline=None)
@given(st.lists(offers, min_size=1, max_size=8))
def test_the_database_orders_by_the_same_score_as_python(items):
    from wegwijzer.catalogue.models import Provider

    Offer.objects.all().delete()
    provider, _ = Provider.objects.get_or_create(code="h", defaults={"name": "H"})
    for number, offer in enumerate(items):
        offer.provider, offer.external_id, offer.title, offer.description = provider, f"h{number}", "Cursus", "Tekst."
        offer.save()
        offer.payers.set(PayerRow.objects.filter(code__in=offer.payer_codes))
    person = Person.from_profile(validate_profile(NO_MONEY))
    result = search(SearchParams(), person, page_size=50)
    database = [person.prefs.score(offer) for offer in result.offers]
    assert database == sorted((person.prefs.score(offer) for offer in items), reverse=True)
