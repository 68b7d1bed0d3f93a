"""Who can pay for this person, and what an offer then costs them: pure functions over the schemes in schemes.yaml.

``eligible_payers(profile)`` says which payers may pay and why, in plain Dutch with sources. ``cost_for(offer,
eligible)`` combines that with the payers an offer names. Both are honest about uncertainty: a scheme "may" pay,
and the person is told whom to ask, because names and rules change and differ per sector and municipality.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from wegwijzer.advice.engine import Profile

SCHEMES_FILE = Path(__file__).parent / "schemes.yaml"
PAYERS = ("eigen_geld", "werkgever", "oo_fonds", "gemeente", "landelijk")
COVERS = ("volledig", "deel")

# What each condition key checks, and how the page says it ("omdat ...").
_CHECKS = {
    "work_status": (lambda p, allowed: p.work_status in allowed, "je werksituatie"),
    "benefit": (lambda p, allowed: p.benefit in allowed, "je uitkering"),
    "single_parent": (lambda p, wanted: p.single_parent is wanted, "je alleen voor je kinderen zorgt"),
    "money_at_most": (lambda p, limit: p.scales.money is not None and p.scales.money <= limit, "je weinig geld hebt"),
    "age_at_least": (lambda p, limit: p.age is not None and p.age >= limit, "je leeftijd"),
}


class SchemeError(ValueError):
    """schemes.yaml has an entry the service cannot use; the message names it."""


@dataclass(frozen=True)
class Scheme:
    code: str
    payer: str
    name: str
    when: tuple[dict, ...]
    covers: str
    why: str
    ask: str
    sources: tuple[str, ...]
    checked: str

    def applies_to(self, profile: Profile) -> bool:
        return any(all(_CHECKS[key][0](profile, value) for key, value in option.items()) for option in self.when)


@dataclass(frozen=True)
class Eligibility:
    """One payer that may pay for this person, with the scheme's explanation."""

    payer: str
    scheme: Scheme

    @property
    def full(self) -> bool:
        return self.scheme.covers == "volledig"


@dataclass(frozen=True)
class CostForYou:
    price_cents: int
    you_pay_cents: int | None  # None: it may cost less, but how much depends on the payer
    paid_by: tuple[Eligibility, ...]

    @property
    def free_for_you(self) -> bool:
        return self.you_pay_cents == 0


@cache
def load_schemes(path: Path = SCHEMES_FILE) -> tuple[Scheme, ...]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return tuple(_scheme(entry) for entry in entries)


def _scheme(entry: dict) -> Scheme:
    code = entry.get("code", "?")
    if entry.get("payer") not in PAYERS or entry.get("covers") not in COVERS:
        raise SchemeError(f"{code}: onbekende payer of covers")
    unknown = {key for option in entry.get("when", []) for key in option} - set(_CHECKS)
    if unknown or not entry.get("when") or not entry.get("sources"):
        raise SchemeError(f"{code}: 'when' en 'sources' zijn nodig; onbekende sleutels {sorted(unknown)}")
    return Scheme(
        code=code,
        payer=entry["payer"],
        name=entry["name"],
        when=tuple(entry["when"]),
        covers=entry["covers"],
        why=entry["why"],
        ask=entry["ask"],
        sources=tuple(entry["sources"]),
        checked=str(entry["checked"]),
    )


def eligible_payers(profile: Profile | None) -> list[Eligibility]:
    """The payers that may pay for this person, one per payer (the first scheme that applies explains it)."""
    if profile is None:
        return []
    found: dict[str, Eligibility] = {}
    for scheme in load_schemes():
        if scheme.payer not in found and scheme.applies_to(profile):
            found[scheme.payer] = Eligibility(scheme.payer, scheme)
    return list(found.values())


def fully_paying_payers(eligible: list[Eligibility]) -> frozenset[str]:
    return frozenset(item.payer for item in eligible if item.full)


def cost_for(offer, eligible: list[Eligibility]) -> CostForYou:
    """What ``offer`` (anything with ``price_cents`` and ``payer_codes``) costs this person after eligible funding."""
    paying = tuple(item for item in eligible if item.payer in offer.payer_codes)
    if offer.price_cents == 0 or any(item.full for item in paying):
        you_pay = 0
    elif paying:
        you_pay = None
    else:
        you_pay = offer.price_cents
    return CostForYou(offer.price_cents, you_pay, paying)
