"""Which Profiel fields each advice step reads: through its own condition and every fact, target group, barrier,
strength or route that condition names, down to the fields.

A step that reads a sensitive field gives that field away as surely as the answer itself (the debt-help step says
"this person has debts"), so callers that keep sensitive answers apart (the scan) keep such steps apart too. The
answer comes from the compiled rules, not a hand list, so a new rule is classified by what it reads.

A step can also lose its place to another step of the same ``choose`` group or category limit; that says which
other step won, not what the person answered, so it is not counted as reading that step's fields.
"""

import ast
from functools import cache

from .conditions import field_variable, variable
from .rulebook import PROFILE_FIELDS, RuleBook


def step_fields(book: RuleBook) -> dict[str, frozenset[str]]:
    """Step code → the Profiel fields (``problems``, ``scales.money``, …) its condition depends on."""
    field_of = {field_variable(name): name for name in PROFILE_FIELDS}
    definitions = _definitions(book)

    @cache
    def fields(expression: str) -> frozenset[str]:
        found: set[str] = set()
        for node in ast.walk(ast.parse(expression, mode="eval")):
            if not isinstance(node, ast.Name):
                continue
            if node.id in field_of:
                found.add(field_of[node.id])
            for definition in definitions.get(node.id, ()):
                found |= fields(definition)
        return frozenset(found)

    return {rule.code: fields(rule.expression) for rule in book.steps}


def _definitions(book: RuleBook) -> dict[str, list[str]]:
    """Each fact's variable → the conditions that decide it (as the generated ``evaluate`` decides it)."""
    definitions = {variable(rule.code): [rule.expression] for rule in book.facts}
    all_groups = [rule.expression for rule in book.groups]  # "overig" and the primary group depend on every group
    for rule in book.groups:
        definitions[variable(f"group:{rule.code}")] = all_groups if rule.code == "overig" else [rule.expression]
        definitions[variable(f"primary:{rule.code}")] = all_groups
    definitions |= {variable(f"barrier:{rule.code}"): [rule.expression] for rule in book.barriers}
    definitions |= {variable(f"strength:{rule.code}"): [rule.expression] for rule in book.strengths}
    for index, rule in enumerate(book.routes):  # the first route that holds wins, so each depends on those before
        definitions[variable(f"route:{rule.code}")] = [earlier.expression for earlier in book.routes[: index + 1]]
    return definitions
