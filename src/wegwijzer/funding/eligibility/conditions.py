"""The conditions of a scheme, checked against one person: each says yes, no or "we do not know", in B1 Dutch.

The engine never guesses: an answer the person did not give is "we do not know", which puts a scheme in the
"might fit" list with an "als je ..." clause, never in "fits". Words for the Profiel's values are data here.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from wegwijzer.advice.engine import Profile

from .schemes import OfferFacts, Place, Scheme

Status = Literal["ja", "nee", "onbekend"]


@dataclass(frozen=True)
class Check:
    """``text``: for "ja" a main clause ("je werkt als zzp'er"), for "nee" a whole sentence, for "onbekend" the
    clause after "als" ("je in de techniek werkt")."""

    status: Status
    text: str


# Profiel work_status: (main clause, clause after "als", the group in plural).
WORK_STATUS = {
    "vast": ("je hebt een vast contract", "je een vast contract hebt", "mensen met een vast contract"),
    "tijdelijk": (
        "je hebt een tijdelijk contract", "je een tijdelijk contract hebt", "mensen met een tijdelijk contract"
    ),
    "uitzend": ("je werkt via een uitzendbureau", "je via een uitzendbureau werkt", "uitzendkrachten"),
    "oproep": ("je werkt als oproepkracht", "je als oproepkracht werkt", "oproepkrachten"),
    "zzp": ("je werkt als zzp'er", "je als zzp'er werkt", "zzp'ers"),
    "werkzoekend": ("je zoekt werk", "je werk zoekt", "mensen die werk zoeken"),
    "niet_werkend": ("je werkt nu niet", "je nu niet werkt", "mensen die nu niet werken"),
    "student": ("je studeert", "je studeert", "studenten"),
}  # fmt: skip
EDUCATION = {
    "geen": "geen opleiding",
    "basisonderwijs": "de basisschool",
    "vmbo": "het vmbo",
    "mbo1": "mbo niveau 1",
    "mbo2": "mbo niveau 2",
    "mbo3": "mbo niveau 3",
    "mbo4": "mbo niveau 4",
    "havo": "de havo",
    "vwo": "het vwo",
    "hbo": "het hbo",
    "wo": "de universiteit",
}
BENEFIT = {
    "geen": "geen uitkering",
    "ww": "een WW-uitkering",
    "bijstand": "bijstand",
    "arbeidsongeschiktheid": "een uitkering omdat je niet of minder kunt werken",
    "anders": "een andere uitkering",
}
MONEY_PROBLEMS = ("geldzorgen", "schulden")
PROVINCES = frozenset(
    name.casefold()
    for name in (
        "Groningen", "Friesland", "Fryslân", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
        "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg",
    )
)  # fmt: skip
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def dutch_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def either(parts: list[str]) -> str:
    """["a", "b", "c"] → "a, b of c"."""
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} of {parts[-1]}"


def both(parts: list[str]) -> str:
    """["a", "b", "c"] → "a, b en c"."""
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} en {parts[-1]}"


def _work_status(scheme: Scheme, profile: Profile, place: Place) -> Check | None:
    allowed = scheme.who.work_statuses
    if not allowed:
        return None
    groups = either([WORK_STATUS[status][2] for status in allowed])
    if profile.work_status is None:
        return Check("onbekend", either([WORK_STATUS[status][1] for status in allowed]))
    if profile.work_status in allowed:
        return Check("ja", WORK_STATUS[profile.work_status][0])
    return Check("nee", f"Deze regeling is voor {groups}, en {WORK_STATUS[profile.work_status][0]}.")


def _levels(allowed: tuple[str, ...]) -> str:
    """The allowed levels in few words: "mbo niveau 2 of lager" when they are all levels up to one, else a list."""
    order = list(EDUCATION)
    ranks = sorted(order.index(level) for level in allowed)
    if len(ranks) > 2 and ranks == list(range(ranks[-1] + 1)):
        return f"{EDUCATION[order[ranks[-1]]]} of lager"
    if len(ranks) > 2 and ranks == list(range(ranks[0], len(order))):
        return f"{EDUCATION[order[ranks[0]]]} of hoger"
    return either([EDUCATION[order[rank]] for rank in ranks])


def _education(scheme: Scheme, profile: Profile, place: Place) -> Check | None:
    allowed = scheme.who.educations
    if not allowed:
        return None
    levels = _levels(allowed)
    if profile.education is None:
        return Check("onbekend", f"je hoogste opleiding {levels} is")
    mine = EDUCATION[profile.education]
    if profile.education in allowed:
        return Check("ja", f"je hoogste opleiding is {mine}")
    return Check("nee", f"Deze regeling is voor mensen met als hoogste opleiding {levels}, en jij hebt {mine}.")


def _age_range(low: int | None, high: int | None) -> tuple[str, str]:
    """The range as "van 18 tot en met 64 jaar" and as the clause "je tussen 18 en 64 jaar bent"."""
    if low is not None and high is not None:
        return f"van {low} tot en met {high} jaar", f"je tussen {low} en {high} jaar bent"
    if low is not None:
        return f"van {low} jaar of ouder", f"je {low} jaar of ouder bent"
    return f"tot en met {high} jaar", f"je {high} jaar of jonger bent"


def _age(scheme: Scheme, profile: Profile, place: Place) -> Check | None:
    low, high = scheme.who.age_min, scheme.who.age_max
    if low is None and high is None:
        return None
    people, clause = _age_range(low, high)
    if profile.age is None:
        return Check("onbekend", clause)
    if (low is None or profile.age >= low) and (high is None or profile.age <= high):
        return Check("ja", f"je bent {profile.age} jaar")
    return Check("nee", f"Deze regeling is voor mensen {people}, en je bent {profile.age} jaar.")


def _benefit(scheme: Scheme, profile: Profile, place: Place) -> Check | None:
    allowed = scheme.who.benefits
    if not allowed:
        return None
    wanted = either([BENEFIT[benefit] for benefit in allowed])
    if profile.benefit is None:
        return Check("onbekend", f"je {wanted} hebt")
    if profile.benefit in allowed:
        return Check("ja", f"je hebt {BENEFIT[profile.benefit]}")
    return Check("nee", f"Deze regeling is voor mensen met {wanted}, en je hebt {BENEFIT[profile.benefit]}.")


def _low_income(scheme: Scheme, profile: Profile, place: Place) -> Check | None:
    """Only a yes or "we do not know": the Profiel asks no income, so it can never show that someone earns enough."""
    if not scheme.who.low_income:
        return None
    if profile.benefit == "bijstand" or any(problem in profile.problems for problem in MONEY_PROBLEMS):
        return Check("ja", "je hebt weinig geld")
    return Check("onbekend", "je een laag inkomen hebt")


def _sector(scheme: Scheme, profile: Profile, place: Place) -> Check | None:
    """The Profiel does not hold a sector: the person (or their employer) knows, so we say which one it is for."""
    if not scheme.who.sectors:
        return None
    return Check("onbekend", f"je in {either(list(scheme.who.sectors))} werkt")


def _region(scheme: Scheme, profile: Profile, place: Place) -> Check | None:
    regions = scheme.who.regions
    if not regions:
        return None
    where = either(list(regions))
    known = [
        (place.province if region.casefold() in PROVINCES else place.municipality).casefold() for region in regions
    ]
    if any(mine and mine == region.casefold() for mine, region in zip(known, regions, strict=True)):
        return Check("ja", f"je woont in {place.municipality or place.province}")
    if all(known):
        return Check("nee", f"Deze regeling is alleen voor mensen in {where}, en je woont in {place.municipality}.")
    return Check("onbekend", f"je in {where} woont")


PERSON_CONDITIONS: tuple[Callable[[Scheme, Profile, Place], Check | None], ...] = (
    _work_status,
    _education,
    _age,
    _benefit,
    _low_income,
    _sector,
    _region,
)


def offer_checks(scheme: Scheme, offer: OfferFacts) -> list[Check]:
    """Whether the scheme pays for this kind of offer and certificate; only the no's need saying."""
    checks = []
    if scheme.pays_for.offer_kinds and offer.kind not in scheme.pays_for.offer_kinds:
        checks.append(Check("nee", f"Deze regeling betaalt niet voor dit soort aanbod ({offer.kind_label.lower()})."))
    if scheme.pays_for.certificates and offer.certificate not in scheme.pays_for.certificates:
        checks.append(
            Check("nee", f"Deze regeling betaalt niet voor aanbod met dit bewijs ({offer.certificate_label.lower()}).")
        )
    return checks


def period_check(scheme: Scheme, today: date) -> Check | None:
    if scheme.valid_until is not None and today > scheme.valid_until:
        return Check("nee", f"Deze regeling is gestopt op {dutch_date(scheme.valid_until)}.")
    if scheme.valid_from is not None and today < scheme.valid_from:
        return Check("nee", f"Deze regeling begint pas op {dutch_date(scheme.valid_from)}.")
    return None
