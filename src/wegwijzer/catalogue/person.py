"""The person behind a search, as far as the catalogue needs them: Profiel, Advies, preferences and funding.

The Profiel comes from whichever app registered a profile provider (core/registry.py; the scan app does): the
catalogue does not import the scan. Without a provider the catalogue still works, for everyone alike.
"""

from dataclasses import dataclass, field

from wegwijzer.advice.engine import Profile, advise
from wegwijzer.core.registry import registry
from wegwijzer.funding.eligibility import OfferFacts, Place
from wegwijzer.funding.services import CostForYou, cost_for, full_payers, schemes

from .models import Offer
from .relevance import Preferences, preferences


def current_profile(request) -> Profile | None:
    return registry.current_profile(request)


@dataclass(frozen=True)
class Person:
    profile: Profile | None = None
    advies: dict | None = None
    prefs: Preferences = field(default_factory=Preferences)
    place: Place = field(default_factory=Place)  # where they live, for regional funding schemes

    @classmethod
    def from_profile(cls, profile: Profile | None, place: Place | None = None) -> "Person":
        if profile is None:
            return cls()
        advies = advise(profile)
        place = place or Place()
        return cls(profile, advies, preferences(profile, advies, full_payers(profile, place)), place)

    @property
    def known(self) -> bool:
        return self.profile is not None

    @property
    def primary_group(self) -> str:
        return self.advies["primary_group"] if self.advies else ""

    @property
    def learning_steps(self) -> list[dict]:
        return [step for step in (self.advies or {}).get("steps", []) if step["category"] == "leren"]


def offer_facts(offer: Offer) -> OfferFacts:
    return OfferFacts(
        offer.price_cents, offer.kind, offer.get_kind_display(), offer.certificate, offer.get_certificate_display()
    )


def costs_for(person: Person, offers) -> list[CostForYou]:
    """What each offer costs this person (the funding engine), with the schemes read once."""
    known = schemes() if person.known else []
    return [cost_for(offer_facts(offer), person.profile, known, person.place) for offer in offers]


def person_for(request) -> Person:
    return Person.from_profile(current_profile(request), Place(registry.current_place(request)))
