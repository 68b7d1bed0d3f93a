"""Conditions of the advice rules: a small closed language in YAML, compiled once into Python closures.

A condition is one of:
- a string: the name of a fact that holds (``laagopgeleid``, ``group:nugger``, ``barrier:geen_geld``);
- ``{field: scales.time, lte: 2}``: a comparison on a Profiel field (``eq ne lt lte gt gte in not_in``),
  ``{field: problems, has_any: [...]}`` / ``has_all`` / ``has_none`` for lists, ``{field: age, known: true}``;
- ``{all: [...]}``, ``{any: [...]}``, ``{not: condition}``, ``{at_least: N, of: [...]}``;
- ``{count: barrier, gte: 3}``: how many facts with that prefix hold (barriers, strengths).

An unknown (null) field never satisfies a comparison: the engine does not guess what a person did not say.
Every closure takes (values, facts): the flattened Profiel and the set of facts that hold so far.
"""

from collections.abc import Callable, Iterable, Mapping

Values = Mapping[str, object]
Facts = set[str]
Condition = Callable[[Values, Facts], bool]

_COMPARISONS = {
    "eq": lambda x, ref: x == ref,
    "ne": lambda x, ref: x != ref,
    "lt": lambda x, ref: x < ref,
    "lte": lambda x, ref: x <= ref,
    "gt": lambda x, ref: x > ref,
    "gte": lambda x, ref: x >= ref,
    "in": lambda x, ref: x in ref,
    "not_in": lambda x, ref: x not in ref,
}


class ConditionError(ValueError):
    """A rule's condition is not in the language above."""


def compile_condition(spec: object, known_fields: Iterable[str], known_facts: set[str]) -> Condition:
    """Compile one condition; refuse unknown fields, facts and operators with a message naming them."""
    fields = frozenset(known_fields)
    return _compile(spec, fields, known_facts)


def _compile(spec, fields, facts) -> Condition:
    if isinstance(spec, str):
        return _fact(spec, facts)
    if not isinstance(spec, dict):
        raise ConditionError(f"onbekende voorwaarde: {spec!r}")
    if "all" in spec:
        return _all([_compile(part, fields, facts) for part in spec["all"]])
    if "any" in spec:
        return _any([_compile(part, fields, facts) for part in spec["any"]])
    if "not" in spec:
        inner = _compile(spec["not"], fields, facts)
        return lambda values, known: not inner(values, known)
    if "at_least" in spec:
        return _at_least(int(spec["at_least"]), [_compile(part, fields, facts) for part in spec["of"]])
    if "count" in spec:
        return _count(spec, facts)
    if "field" in spec:
        return _field(spec, fields)
    raise ConditionError(f"onbekende voorwaarde: {spec!r}")


def _fact(name: str, facts: set[str]) -> Condition:
    if name not in facts:
        raise ConditionError(f"onbekend feit {name!r}")
    return lambda values, known: name in known


def _all(parts: list[Condition]) -> Condition:
    def check(values, known):  # a plain loop: faster than all() over a generator on this hot path
        for part in parts:  # noqa: SIM110
            if not part(values, known):
                return False
        return True

    return check


def _any(parts: list[Condition]) -> Condition:
    def check(values, known):
        for part in parts:  # noqa: SIM110
            if part(values, known):
                return True
        return False

    return check


def _at_least(needed: int, parts: list[Condition]) -> Condition:
    def check(values, known):
        hits = 0
        for part in parts:
            if part(values, known):
                hits += 1
                if hits >= needed:
                    return True
        return False

    return check


def _count(spec: dict, facts: set[str]) -> Condition:
    prefix = f"{spec['count']}:"
    if not any(fact.startswith(prefix) for fact in facts):
        raise ConditionError(f"niets om te tellen met {prefix!r}")
    ((op, ref),) = ((k, v) for k, v in spec.items() if k != "count")
    compare = _COMPARISONS[op]
    return lambda values, known: compare(sum(1 for fact in known if fact.startswith(prefix)), ref)


def _field(spec: dict, fields: frozenset[str]) -> Condition:
    name = spec["field"]
    if name not in fields:
        raise ConditionError(f"onbekend veld {name!r}")
    ((op, ref),) = ((k, v) for k, v in spec.items() if k != "field")
    if op == "known":
        return lambda values, known: (values[name] is not None) is ref
    if op in {"has_any", "has_all", "has_none"}:
        wanted = frozenset(ref)
        if op == "has_any":
            return lambda values, known: not wanted.isdisjoint(values[name])
        if op == "has_all":
            return lambda values, known: wanted.issubset(values[name])
        return lambda values, known: wanted.isdisjoint(values[name])
    if op not in _COMPARISONS:
        raise ConditionError(f"onbekende vergelijking {op!r} bij veld {name!r}")
    compare = _COMPARISONS[op]
    if op in {"in", "not_in"}:
        ref = frozenset(ref)

    def check(values, known):
        value = values[name]
        return value is not None and compare(value, ref)

    return check
