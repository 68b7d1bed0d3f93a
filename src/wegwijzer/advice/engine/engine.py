"""The advice engine: Profiel → Advies, a pure function over the rule book. No Django, no I/O, no state.

The stages run in a fixed order and each adds facts that later stages may use:
facts → target groups (``group:…``, ``primary:…``) → barriers (``barrier:…``) → strengths (``strength:…``)
→ route (``route:…``) → steps. Steps are ordered by their category's place in the default order (or the rule's
own ``order`` where the research says otherwise for this person), and a ``choose`` group keeps only its first
matching step, so that a person gets one coach, not three. The rule book compiles all of this into one function
(``RuleBook.evaluate``).
"""

from .profile import Profile
from .rulebook import RuleBook, load_rulebook


def advise(profile: Profile, rulebook: RuleBook | None = None) -> dict:
    """Return the Advies (advice-v1) for a valid Profiel."""
    return (rulebook or load_rulebook()).evaluate(profile)
