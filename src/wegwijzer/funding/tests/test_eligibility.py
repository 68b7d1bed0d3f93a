"""The pure eligibility engine: properties over generated profiles and schemes, and the wording of its reasons."""

from datetime import date, timedelta
from typing import get_args

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wegwijzer.advice.engine.profile import Benefit, Education, Problem, Profile, WorkStatus
from wegwijzer.funding.eligibility import (
    KIND_PAYER,
    KINDS,
    OfferFacts,
    Payment,
    PaysFor,
    Place,
    Scheme,
    Who,
    assess,
    pays_for_offer,
)
from wegwijzer.funding.eligibility.conditions import BENEFIT, EDUCATION, WORK_STATUS, offer_checks
from wegwijzer.funding.eligibility.schemes import euros

TODAY = date(2026, 11, 30)
# Schemes are wide objects: on a busy machine drawing them may trip the time check, which says nothing about them.
RELAXED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
OFFER_KINDS = ("cursus", "training", "opleiding")
CERTIFICATES = ("diploma", "certificaat", "geen")


def maybe(values) -> st.SearchStrategy:
    return st.none() | st.sampled_from(values)


profiles = st.builds(
    Profile,
    work_status=maybe(get_args(WorkStatus)),
    education=maybe(get_args(Education)),
    age=st.none() | st.integers(15, 100),
    benefit=maybe(get_args(Benefit)),
    problems=st.lists(st.sampled_from(get_args(Problem)), unique=True, max_size=3),
)
places = st.builds(Place, st.sampled_from(["", "Demodam", "Utrecht"]), st.sampled_from(["", "Utrecht", "Limburg"]))
offers = st.builds(
    OfferFacts,
    price_cents=st.integers(0, 500_000),
    kind=st.sampled_from(OFFER_KINDS),
    kind_label=st.just("Cursus"),
    certificate=st.sampled_from(CERTIFICATES),
    certificate_label=st.just("Diploma"),
)
subsets = lambda values: st.lists(st.sampled_from(values), unique=True, max_size=3).map(tuple)  # noqa: E731
days = st.none() | st.dates(TODAY - timedelta(days=900), TODAY + timedelta(days=900))
payments = st.one_of(
    st.builds(Payment, amount_cents=st.integers(0, 300_000), max_cents=st.none() | st.integers(0, 300_000)),
    st.builds(Payment, percentage=st.integers(1, 100), max_cents=st.none() | st.integers(0, 300_000)),
)
schemes = st.builds(
    Scheme,
    code=st.uuids().map(str),
    name=st.just("Regeling"),
    funder=st.just("Fonds"),
    kind=st.sampled_from(KINDS),
    who=st.builds(
        Who,
        work_statuses=subsets(get_args(WorkStatus)),
        educations=subsets(get_args(Education)),
        age_min=st.none() | st.integers(15, 60),
        age_max=st.none() | st.integers(60, 100),
        benefits=subsets(get_args(Benefit)),
        low_income=st.booleans(),
        sectors=subsets(("de techniek", "de zorg")),
        regions=subsets(("Demodam", "Utrecht", "Limburg")),
    ),
    payment=payments,
    pays_for=st.builds(PaysFor, subsets(OFFER_KINDS), subsets(CERTIFICATES)),
    valid_from=days,
    valid_until=days,
)


def codes(items) -> list[str]:
    return [item.scheme.code for item in items]


@RELAXED
@given(profiles, st.lists(schemes, max_size=6), st.none() | offers, places)
def test_every_scheme_lands_in_exactly_one_list_with_a_reason(profile, found_schemes, offer, place):
    result = assess(profile, found_schemes, TODAY, offer, place)
    listed = codes(result.fits) + codes(result.might_fit) + codes(result.does_not_fit)
    assert sorted(listed) == sorted(scheme.code for scheme in found_schemes)
    assert all(item.reason.strip() for item in result.fits + result.might_fit + result.does_not_fit)
    assert all(item.reason.startswith("Als je ") and ", dan " in item.reason for item in result.might_fit)


@RELAXED
@given(profiles, schemes, st.none() | offers, places, st.integers(1, 2000))
def test_a_scheme_that_has_ended_is_never_advised(profile, scheme, offer, place, days_ago):
    ended = Scheme(**{**scheme.__dict__, "valid_until": TODAY - timedelta(days=days_ago)})
    result = assess(profile, [ended], TODAY, offer, place)
    assert codes(result.does_not_fit) == [ended.code]
    assert "gestopt op" in result.does_not_fit[0].reason


@st.composite
def scheme_that_holds(draw, profile: Profile) -> Scheme:
    """A scheme that asks only about answers this person gave, each time allowing their answer (and maybe more)."""
    asks = {
        "work_statuses": (profile.work_status,) if profile.work_status else (),
        "educations": (profile.education,) if profile.education else (),
        "benefits": (profile.benefit,) if profile.benefit else (),
    }
    who = {field: values for field, values in asks.items() if values and draw(st.booleans())}
    if profile.age is not None and draw(st.booleans()):
        who.update(age_min=draw(st.integers(15, profile.age)), age_max=draw(st.integers(profile.age, 100)))
    return Scheme(
        "zeker", "Regeling", "Fonds", draw(st.sampled_from(KINDS)), who=Who(**who), payment=Payment(percentage=100)
    )


@RELAXED
@given(st.data(), profiles)
def test_a_scheme_whose_conditions_all_hold_fits(data, profile):
    scheme = data.draw(scheme_that_holds(profile))
    result = assess(profile, [scheme], TODAY)
    assert codes(result.fits) == ["zeker"]
    assert result.fits[0].reason.startswith("Deze regeling ")


@RELAXED
@given(profiles, schemes)
def test_a_question_the_person_did_not_answer_never_makes_a_scheme_fit(profile, scheme):
    unknown = Profile()
    result = assess(unknown, [scheme], TODAY)
    asks_something = scheme.who != Who()
    if asks_something:
        assert not result.fits


@given(st.integers(0, 1_000_000), payments)
def test_a_scheme_never_pays_more_than_the_price_or_its_maximum(price, payment):
    paid = payment.for_price(price)
    assert 0 <= paid <= price
    assert payment.max_cents is None or paid <= payment.max_cents


def test_reasons_say_why_in_plain_dutch():
    zzp_only = Scheme(
        "zzp", "Voucher", "Regio", "regio", who=Who(work_statuses=("zzp",)), payment=Payment(percentage=50)
    )
    result = assess(Profile(work_status="vast"), [zzp_only], TODAY)
    assert result.does_not_fit[0].reason == "Deze regeling is voor zzp'ers, en je hebt een vast contract."
    assert assess(Profile(work_status="zzp"), [zzp_only], TODAY).fits[0].reason == (
        "Deze regeling past bij jou: je werkt als zzp'er."
    )
    assert assess(Profile(), [zzp_only], TODAY).might_fit[0].reason == (
        "Als je als zzp'er werkt, dan kan deze regeling bij jou passen."
    )
    sector = Scheme(
        "cao", "Budget", "Cao", "cao", who=Who(work_statuses=("vast",), sectors=("de techniek",), age_min=18)
    )
    assert assess(Profile(work_status="vast", age=40), [sector], TODAY).might_fit[0].reason == (
        "Als je in de techniek werkt, dan kan deze regeling bij jou passen."
    )
    assert assess(Profile(work_status="vast", age=16), [sector], TODAY).does_not_fit[0].reason == (
        "Deze regeling is voor mensen van 18 jaar of ouder, en je bent 16 jaar."
    )


def test_little_money_is_known_from_bijstand_or_money_worries_and_never_ruled_out():
    minima = Scheme(
        "minima", "Potje", "Gemeente", "gemeente", who=Who(low_income=True), payment=Payment(percentage=100)
    )
    assert codes(assess(Profile(benefit="bijstand"), [minima], TODAY).fits) == ["minima"]
    assert codes(assess(Profile(problems=["schulden"]), [minima], TODAY).fits) == ["minima"]
    # The scan asks no income: someone who said nothing about money might still qualify.
    assert codes(assess(Profile(benefit="geen"), [minima], TODAY).might_fit) == ["minima"]


def test_a_region_fits_only_when_the_person_lives_there():
    local = Scheme("local", "Potje", "Demodam", "gemeente", who=Who(regions=("Demodam", "Limburg")))
    assert codes(assess(Profile(), [local], TODAY, place=Place("Demodam")).fits) == ["local"]
    assert codes(assess(Profile(), [local], TODAY, place=Place("Utrecht", "Utrecht")).does_not_fit) == ["local"]
    assert codes(assess(Profile(), [local], TODAY, place=Place("Utrecht")).might_fit) == ["local"]  # province unsaid
    assert codes(assess(Profile(), [local], TODAY).might_fit) == ["local"]


def test_with_an_offer_only_a_scheme_that_pays_all_of_it_makes_it_free():
    course = OfferFacts(40_000, "cursus", "Cursus", "certificaat", "Certificaat")
    everyone = Who()
    half = Scheme("half", "Half", "Fonds", "sector", who=everyone, payment=Payment(percentage=50))
    capped = Scheme(
        "capped", "Tot 300", "Fonds", "sector", who=everyone, payment=Payment(percentage=100, max_cents=30_000)
    )
    full = Scheme("full", "Alles", "Fonds", "sector", who=everyone, payment=Payment(amount_cents=50_000))
    training_only = Scheme("training", "Training", "Fonds", "sector", payment=Payment(percentage=100),
                           pays_for=PaysFor(offer_kinds=("training",)))  # fmt: skip
    result = assess(Profile(), [half, capped, full, training_only], TODAY, course)
    assert [item.pays_cents for item in result.fits] == [20_000, 30_000, 40_000]
    assert codes(result.surely_free(course.price_cents)) == ["full"]
    assert result.does_not_fit[0].reason == "Deze regeling betaalt niet voor dit soort aanbod (cursus)."


def test_not_yet_started_schemes_say_when_they_start():
    later = Scheme("later", "Later", "Rijk", "landelijk", valid_from=date(2027, 3, 1))
    assert assess(Profile(), [later], TODAY).does_not_fit[0].reason == "Deze regeling begint pas op 1 maart 2027."


def test_amounts_read_the_dutch_way():
    assert [euros(cents) for cents in (0, 50_000, 150_000, 12_345)] == ["€ 0", "€ 500", "€ 1.500", "€ 123,45"]
    assert Payment(percentage=100, max_cents=75_000).text == "de hele prijs, hoogstens € 750"
    assert Payment(percentage=50).text == "50% van de prijs"
    assert Payment(amount_cents=150_000).text == "€ 1.500"


def test_every_answer_the_profile_allows_has_words():
    assert tuple(WORK_STATUS) == get_args(WorkStatus)
    assert tuple(EDUCATION) == get_args(Education)
    assert tuple(BENEFIT) == get_args(Benefit)


def test_a_range_of_education_levels_is_said_in_few_words():
    basic = Scheme(
        "basis", "Basis", "Rijk", "landelijk", who=Who(educations=("geen", "basisonderwijs", "vmbo", "mbo1", "mbo2"))
    )
    assert assess(Profile(), [basic], TODAY).might_fit[0].reason == (
        "Als je hoogste opleiding mbo niveau 2 of lager is, dan kan deze regeling bij jou passen."
    )
    assert assess(Profile(education="hbo"), [basic], TODAY).does_not_fit[0].reason == (
        "Deze regeling is voor mensen met als hoogste opleiding mbo niveau 2 of lager, en jij hebt het hbo."
    )
    higher = Scheme("hoger", "Hoger", "Rijk", "landelijk", who=Who(educations=("hbo", "wo", "vwo")))
    assert "het vwo of hoger" in assess(Profile(), [higher], TODAY).might_fit[0].reason
    two = Scheme("twee", "Twee", "Rijk", "landelijk", who=Who(educations=("vmbo", "havo")))
    assert "het vmbo of de havo" in assess(Profile(), [two], TODAY).might_fit[0].reason


@RELAXED
@given(schemes, offers, st.lists(st.sampled_from(sorted(set(KIND_PAYER.values()))), unique=True))
def test_a_scheme_pays_for_an_offer_only_when_it_runs_names_its_payer_and_pays_its_kind(scheme, offer, payers):
    # The offer page's "Regelingen die dit kunnen betalen": never a stopped scheme, never one the provider does not
    # name as a payer, never one that refuses the offer's kind or certificate.
    if pays_for_offer(scheme, offer, payers, TODAY):
        assert scheme.valid_on(TODAY)
        assert scheme.payer in payers
        assert not scheme.pays_for.offer_kinds or offer.kind in scheme.pays_for.offer_kinds
        assert not scheme.pays_for.certificates or offer.certificate in scheme.pays_for.certificates
    else:
        assert (
            not scheme.valid_on(TODAY)
            or scheme.payer not in payers
            or any(check.status == "nee" for check in offer_checks(scheme, offer))
        )
