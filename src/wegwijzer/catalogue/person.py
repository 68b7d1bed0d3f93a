"""The person behind a search, as far as the catalogue needs them: Profiel, Advies, payers and preferences.

The Profiel comes from whichever app registered a profile provider (core/registry.py; the scan app does): the
catalogue does not import the scan. Without a provider the catalogue still works, for everyone alike.
"""

from dataclasses import dataclass, field

from wegwijzer.advice.engine import Profile, advise
from wegwijzer.core.registry import registry
from wegwijzer.funding.services import Eligibility, eligible_payers, fully_paying_payers

from .relevance import Preferences, preferences


def current_profile(request) -> Profile | None:
    return registry.current_profile(request)


@dataclass(frozen=True)
class Person:
    profile: Profile | None = None
    advies: dict | None = None
    eligible: list[Eligibility] = field(default_factory=list)
    prefs: Preferences = field(default_factory=Preferences)

    @classmethod
    def from_profile(cls, profile: Profile | None) -> "Person":
        if profile is None:
            return cls()
        advies = advise(profile)
        eligible = eligible_payers(profile)
        full = fully_paying_payers(eligible)
        return cls(profile, advies, eligible, preferences(profile, advies, full))

    @property
    def known(self) -> bool:
        return self.profile is not None

    @property
    def primary_group(self) -> str:
        return self.advies["primary_group"] if self.advies else ""

    @property
    def learning_steps(self) -> list[dict]:
        return [step for step in (self.advies or {}).get("steps", []) if step["category"] == "leren"]


def person_for(request) -> Person:
    return Person.from_profile(current_profile(request))
