"""What the funding app offers the pages, the API and the catalogue: the schemes that are valid today, the three
lists of the eligibility engine for a person (and an offer), what an offer honestly costs them, and whom to ask.

"€ 0" is said only when a scheme surely applies: every condition holds for this person and it pays the whole price.
Otherwise the person is told whom to ask, fitted to their work status (data/who_to_ask.yaml).
"""

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import yaml
from django.utils import timezone

from wegwijzer.advice.engine import Profile

from .eligibility import Assessment, Item, OfferFacts, Place, Scheme, assess, pays_for_offer
from .models import FundingScheme

WHO_TO_ASK = Path(__file__).parent / "data" / "who_to_ask.yaml"


@dataclass(frozen=True)
class Ask:
    """Whom to ask, in B1 Dutch; ``sources``: the research it rests on (a test checks that those lines exist)."""

    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class CostForYou:
    """What an offer costs this person. ``free_for_you``: a scheme surely pays it all (``paid_by`` says which)."""

    price_cents: int
    paid_by: tuple[Item, ...] = ()  # schemes that surely apply and pay the whole price
    maybe: tuple[Item, ...] = ()  # schemes that fit or might fit and would pay (a part of) it
    ask: Ask | None = None

    @property
    def free_for_you(self) -> bool:
        return self.price_cents == 0 or bool(self.paid_by)


@cache
def _who_to_ask() -> dict[str, Ask]:
    data = yaml.safe_load(WHO_TO_ASK.read_text(encoding="utf-8"))
    return {status: Ask(entry["ask"], tuple(entry["sources"])) for status, entry in data.items()}


BY_BENEFIT = ("bijstand", "ww")  # their benefit decides whom to ask, more than their work status


def who_to_ask(profile: Profile | None) -> Ask:
    if profile is not None and profile.benefit in BY_BENEFIT:
        return _who_to_ask()[profile.benefit]
    status = profile.work_status if profile is not None and profile.work_status else "onbekend"
    return _who_to_ask()[status]


def today() -> date:
    return timezone.localdate()


def schemes() -> list[Scheme]:
    return [scheme.as_scheme() for scheme in FundingScheme.objects.all()]


def assess_person(
    profile: Profile, offer: OfferFacts | None = None, place: Place | None = None, known: list[Scheme] | None = None
) -> Assessment:
    """The engine's three lists; ``known``: the schemes, when the caller already has them (one query per page)."""
    return assess(profile, schemes() if known is None else known, today(), offer, place)


def cost_for(
    offer: OfferFacts, profile: Profile | None, known: list[Scheme] | None = None, place: Place | None = None
) -> CostForYou:
    """What ``offer`` costs this person: "€ 0" only with a scheme that surely pays it all, else whom to ask."""
    if offer.price_cents == 0:
        return CostForYou(0)
    if profile is None:
        return CostForYou(offer.price_cents, ask=who_to_ask(None))
    found = assess_person(profile, offer, place, known)
    maybe = [item for item in found.fits + found.might_fit if item.pays_cents]
    paid_by = tuple(found.surely_free(offer.price_cents))
    return CostForYou(
        offer.price_cents, paid_by, tuple(item for item in maybe if item not in paid_by), who_to_ask(profile)
    )


def full_payers(profile: Profile | None, place: Place | None = None) -> frozenset[str]:
    """The payers (catalogue payer codes) of schemes that surely apply to this person and pay a course in full:
    the catalogue's "free for you" filter and order use them, before an offer is known."""
    if profile is None:
        return frozenset()
    fits = assess_person(profile, place=place).fits
    return frozenset(item.scheme.payer for item in fits if item.scheme.payment.percentage == 100)


def schemes_paying_for(offer: OfferFacts, payers: list[str], known: list[Scheme] | None = None) -> list[Scheme]:
    """The schemes running today that can pay for this offer, whoever follows it (the offer page lists them)."""
    day = today()
    return [scheme for scheme in (schemes() if known is None else known) if pays_for_offer(scheme, offer, payers, day)]


def running_scheme(code: str) -> Scheme | None:
    """The scheme with this code when it runs today; an ended or unknown one is None (never advised)."""
    found = FundingScheme.objects.filter(code=code).first()
    scheme = found.as_scheme() if found else None
    return scheme if scheme is not None and scheme.valid_on(today()) else None
