"""Which schemes fit this person (and this offer): three lists, each item with its scheme and a B1 Dutch reason.

A scheme is in exactly one list: ``does_not_fit`` when any condition is no (or it is not valid today), else
``might_fit`` when any condition is unknown ("Als je ..., dan ..."), else ``fits``.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from wegwijzer.advice.engine import Profile

from .conditions import PERSON_CONDITIONS, Check, both, offer_checks, period_check
from .schemes import OfferFacts, Place, Scheme


@dataclass(frozen=True)
class Item:
    scheme: Scheme
    reason: str
    pays_cents: int | None = None  # with an offer: how much of its price this scheme pays


@dataclass(frozen=True)
class Assessment:
    fits: list[Item] = field(default_factory=list)
    might_fit: list[Item] = field(default_factory=list)
    does_not_fit: list[Item] = field(default_factory=list)

    def surely_free(self, price_cents: int) -> list[Item]:
        """The schemes that surely apply and pay the whole price: only then may a page say "€ 0"."""
        return [item for item in self.fits if item.pays_cents == price_cents]


def pays_for_offer(scheme: Scheme, offer: OfferFacts, payers: Iterable[str], today: date) -> bool:
    """Whether the scheme can pay for this offer, whoever follows it: it runs today, it pays for this kind of offer
    and certificate, and the offer names the scheme's payer (a provider says who can pay, catalogue ``Offer.payers``).
    Whether it pays for a particular person is ``assess``'s question."""
    return scheme.valid_on(today) and not offer_checks(scheme, offer) and scheme.payer in set(payers)


def checks_for(scheme: Scheme, profile: Profile, today: date, offer: OfferFacts | None, place: Place) -> list[Check]:
    checks = [check for condition in PERSON_CONDITIONS if (check := condition(scheme, profile, place))]
    checks += offer_checks(scheme, offer) if offer else []
    period = period_check(scheme, today)
    return [period, *checks] if period else checks


def reason(checks: list[Check]) -> tuple[str, str]:
    """(the list it belongs in, why), from the checks of one scheme."""
    no = [check.text for check in checks if check.status == "nee"]
    if no:
        return "does_not_fit", " ".join(no)
    unknown = [check.text for check in checks if check.status == "onbekend"]
    if unknown:
        return "might_fit", f"Als {both(unknown)}, dan kan deze regeling bij jou passen."
    yes = [check.text for check in checks if check.status == "ja"]
    if yes:
        return "fits", f"Deze regeling past bij jou: {both(yes)}."
    return "fits", "Deze regeling is er voor iedereen."


def assess(
    profile: Profile,
    schemes: Iterable[Scheme],
    today: date,
    offer: OfferFacts | None = None,
    place: Place | None = None,
) -> Assessment:
    result = Assessment()
    for scheme in schemes:
        where, why = reason(checks_for(scheme, profile, today, offer, place or Place()))
        pays = scheme.payment.for_price(offer.price_cents) if offer else None
        getattr(result, where).append(Item(scheme, why, pays))
    return result
