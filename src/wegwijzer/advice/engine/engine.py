"""The advice engine: Profiel → Advies, a pure function over the rule book. No Django, no I/O, no state.

The stages run in a fixed order and each adds facts that later stages may use:
facts → target groups (``group:…``, ``primary:…``) → barriers (``barrier:…``) → strengths (``strength:…``)
→ route (``route:…``) → steps. Steps are ordered by their category's place in the default order (or the rule's
own ``order`` where the research says otherwise for this person), and a ``choose`` group keeps only its first
matching step, so that a person gets one coach, not three. Which rules hold is decided by the rule book's compiled
``evaluate``; this module turns those rules into the Advies.
"""

from operator import attrgetter

from .profile import Profile
from .rulebook import RuleBook, load_rulebook

_ORDER = attrgetter("order")


def advise(profile: Profile, rulebook: RuleBook | None = None) -> dict:
    """Return the Advies (advice-v1) for a valid Profiel."""
    book = rulebook or load_rulebook()
    groups, barriers, strengths, route, steps = book.evaluate(profile)
    target_groups = list(dict.fromkeys(book.groups[index].code for index in groups))
    chosen_steps = sorted((book.steps[index] for index in steps), key=_ORDER)  # stable: file order breaks ties
    return {
        "schema_version": "1",
        "target_groups": target_groups,
        "primary_group": target_groups[0],
        "barriers": [_copy(book.barriers[index].output) for index in barriers],
        "strengths": [dict(book.strengths[index].output) for index in strengths],
        "route": book.routes[route].code if route >= 0 else None,
        "steps": [_copy(rule.output, rank=rank) for rank, rule in enumerate(chosen_steps, start=1)],
    }


def _copy(output: dict, **extra) -> dict:
    """A fresh output dict with its own sources list: callers may change what they get, never the rule book."""
    return dict(output, sources=list(output["sources"]), **extra)
