"""Which Profiel fields each advice step reads: through its own condition and every fact, target group, barrier,
strength or route that condition names, down to the fields.

A step that reads a sensitive field gives that field away as surely as the answer itself (the debt-help step says
"this person has debts"), so callers that keep sensitive answers apart (the scan) keep such steps apart too. The
answer comes from the compiled rules, not a hand list, so a new rule is classified by what it reads.

A step can also lose its place to another step of the same ``choose`` group or category limit; that says which
other step won, not what the person answered, so it is not counted as reading that step's fields.
"""

from collections.abc import Callable
from functools import cache

from .conditions import Condition
from .rulebook import PROFILE_FIELDS, RuleBook


def step_fields(book: RuleBook) -> dict[str, frozenset[str]]:
    """Step code → the Profiel fields (``problems``, ``scales.money``, …) its condition depends on."""
    fields = condition_fields(book)
    return {rule.code: fields(rule.when) for rule in book.steps}


def condition_fields(book: RuleBook) -> Callable[[Condition], frozenset[str]]:
    """A function: condition → the Profiel fields it depends on, through every name it reads."""
    profile_fields = frozenset(PROFILE_FIELDS)
    definitions = _definitions(book)

    @cache
    def fields(name: str) -> frozenset[str]:
        if name in profile_fields:
            return frozenset({name})
        return frozenset().union(*(fields(read) for read in definitions.get(name, ())))

    return lambda condition: frozenset().union(*(fields(read) for read in condition.reads))


def _definitions(book: RuleBook) -> dict[str, frozenset[str]]:
    """Each fact → the names its definition reads (as ``RuleBook.environment`` decides it)."""
    definitions = {rule.code: rule.when.reads for rule in book.facts}
    all_groups = frozenset().union(*(rule.when.reads for rule in book.groups))
    for rule in book.groups:  # "overig" and the primary group depend on every group
        definitions[f"group:{rule.code}"] = all_groups if rule.code == "overig" else rule.when.reads
        definitions[f"primary:{rule.code}"] = all_groups
    definitions |= {f"barrier:{rule.code}": rule.when.reads for rule in book.barriers}
    definitions |= {f"strength:{rule.code}": rule.when.reads for rule in book.strengths}
    for index, rule in enumerate(book.routes):  # the first route that holds wins, so each depends on those before
        definitions[f"route:{rule.code}"] = frozenset().union(*(r.when.reads for r in book.routes[: index + 1]))
    return definitions
