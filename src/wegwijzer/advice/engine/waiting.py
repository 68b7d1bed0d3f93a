"""Whether learning waits for a person, whatever they say about learning: the scan then asks the statements about
learning only when the person wants to (issue 12: the single mother with debts and little time).

When other problems come first, learning waits and one helper comes first (panteia-2019 §8.3 L1645, §8.5 L1786,
§5.2 L1129-1143). The rule book says so in its ``now_only`` limits (limits.yaml): while such a limit holds, no
step of the category ``leren`` is for now. This module reads those limits; it adds no rule of its own.
"""

from .dependencies import condition_fields
from .profile import Profile
from .rulebook import RuleBook, load_rulebook

LEARNING = "leren"


def learning_waits(profile: Profile, book: RuleBook | None = None) -> bool:
    """True when a ``now_only`` limit that keeps every learning step out of "nu" holds for this profile and reads
    no statement (``scales.…``), so no answer to a statement can lift it."""
    book = book or load_rulebook()
    fields = condition_fields(book)
    env = book.environment(profile)
    return any(
        LEARNING not in categories
        and not any(field.startswith("scales.") for field in fields(condition))
        and condition.holds(env)
        for condition, categories, *_ in book.now_only
    )
