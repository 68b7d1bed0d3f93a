"""Conditions of the advice rules: a small closed language in YAML, compiled into closures.

A condition is one of:
- a string: the name of a fact that holds (``laagopgeleid``, ``group:nugger``, ``barrier:geen_geld``,
  ``primary:zzp``, ``route:ontwikkelroute``);
- ``{field: scales.time, lte: 2}``: a comparison on a Profiel field (``eq ne lt lte gt gte in not_in``),
  ``{field: problems, has_any: [...]}`` / ``has_all`` / ``has_none`` for lists, ``{field: age, known: true}``,
  ``{field: occupation, mentions: [metselaar, bouw]}`` for free text (a word part, in any case);
- ``{all: [...]}``, ``{any: [...]}``, ``{not: condition}``, ``{at_least: N, of: [...]}``;
- ``{count: barrier, gte: 3}``: how many facts with that prefix hold so far (barriers, strengths).

An unknown (null) field never satisfies a comparison: the engine does not guess what a person did not say.

Each condition compiles to a ``Condition``: ``holds(env)`` says whether it is true, and ``because(env)`` names the
person's own answers that make it true, as ``(field, value)`` pairs (for a list field, one chosen item per pair).
``env`` maps every Profiel field (``"scales.time"``) and every fact decided so far (``"group:nugger"``) to its value.
A negated condition rests on what the person did not say, so it names no answers. ``any`` names the answers of the
first part that holds and names any (one is reason enough), ``at_least: N`` those of the first N such parts, and a
count of at least N those of the first N counted facts: the few answers that make the item true, so that the page's
"Omdat je zei: ..." stays short (review 2026-11 found lists of 16 answers). Nothing is generated or exec'ed:
fields and facts are checked against known lists when the rules load, so a rule can only read the Profiel (see
docs/rules.md for why closures replaced generated code).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

Env = dict[str, Any]  # Profiel values and facts: compared by the rules, not typed per field
Answer = tuple[str, object]

# One closure per comparison, so that evaluating a field condition costs one call and no lookups.
_COMPARE: dict[str, Callable[[str, Any], Callable[[Env], bool]]] = {
    "eq": lambda name, ref: lambda env: env[name] == ref,  # None never equals a rule's value
    "ne": lambda name, ref: lambda env: (value := env[name]) is not None and value != ref,
    "lt": lambda name, ref: lambda env: (value := env[name]) is not None and value < ref,
    "lte": lambda name, ref: lambda env: (value := env[name]) is not None and value <= ref,
    "gt": lambda name, ref: lambda env: (value := env[name]) is not None and value > ref,
    "gte": lambda name, ref: lambda env: (value := env[name]) is not None and value >= ref,
    "in": lambda name, ref: lambda env: env[name] in ref,  # a rule's set of values never holds None
    "not_in": lambda name, ref: lambda env: (value := env[name]) is not None and value not in ref,
}


_MEMO = "__because__"  # where an evaluation keeps the answers behind each fact it explained
_COUNT = "__count__"


class ConditionError(ValueError):
    """A rule's condition is not in the language above."""


def _no_answers(env: Env) -> list[Answer]:
    return []


@dataclass(frozen=True, slots=True)
class Condition:
    """``reads``: the Profiel fields and facts the condition names itself (not those behind a fact)."""

    holds: Callable[[Env], bool]
    because: Callable[[Env], list[Answer]] = _no_answers
    reads: frozenset[str] = frozenset()


TRUE = Condition(lambda env: True)


class ConditionCompiler:
    """Turns condition specs into ``Condition`` closures; knows the fields and the facts defined so far."""

    def __init__(self, fields: Iterable[str]):
        self.fields = frozenset(fields)
        self.facts: dict[str, Condition] = {}  # every fact a later condition may name, with its definition

    def define(self, fact: str, condition: Condition) -> None:
        self.facts[fact] = condition

    def compile(self, spec: object, known: set[str]) -> Condition:
        """``known``: the facts this condition may name (its own stage and the earlier ones)."""
        if isinstance(spec, str):
            return self._fact(spec, known)
        if not isinstance(spec, dict) or len(spec) == 0:
            raise ConditionError(f"onbekende voorwaarde: {spec!r}")
        if "all" in spec:
            return _all([self.compile(part, known) for part in spec["all"]])
        if "any" in spec:
            return _any([self.compile(part, known) for part in spec["any"]])
        if "not" in spec:
            inner = self.compile(spec["not"], known)
            return Condition(lambda env: not inner.holds(env), reads=inner.reads)
        if "quiet" in spec:  # holds as its part does, but is no reason: names no answer in `because`
            inner = self.compile(spec["quiet"], known)
            return Condition(inner.holds, reads=inner.reads)
        if "at_least" in spec:
            return _at_least(int(spec["at_least"]), [self.compile(part, known) for part in spec["of"]])
        if "count" in spec:
            return self._count(spec, known)
        if "field" in spec:
            return self._field(spec)
        raise ConditionError(f"onbekende voorwaarde: {spec!r}")

    def _fact(self, name: str, known: set[str]) -> Condition:
        if name not in known:
            raise ConditionError(f"onbekend feit {name!r}")
        facts = self.facts

        def because(env: Env) -> list[Answer]:
            # Looked up when asked: a fact of the same stage may be defined after the rule that names it.
            # Remembered per evaluation, because many rules name the same fact.
            memo = env.setdefault(_MEMO, {})
            if name not in memo:
                definition = facts.get(name)
                memo[name] = definition.because(env) if definition else []
            return memo[name]

        return Condition(lambda env: env[name], because, frozenset({name}))

    def _count(self, spec: dict, known: set[str]) -> Condition:
        prefix = f"{spec['count']}:"
        counted = tuple(sorted(fact for fact in known if fact.startswith(prefix)))
        if not counted:
            raise ConditionError(f"niets om te tellen met {prefix!r}")
        op, ref = _single_operation(spec, "count")
        if op not in _COMPARE:
            raise ConditionError(f"onbekende vergelijking {op!r} bij {prefix!r}")
        compare = _COMPARE[op](_COUNT, int(ref))
        parts = [self._fact(fact, known) for fact in counted]

        def holds(env: Env) -> bool:
            return compare({_COUNT: sum(map(env.__getitem__, counted))})  # facts are booleans: True counts 1

        # "at least N" rests on N of the facts; another comparison (at most N) on all that hold.
        enough = {"gte": int(ref), "gt": int(ref) + 1}.get(op)
        return Condition(holds, lambda env: _first_reasons(parts, env, enough), frozenset(counted))

    def _field(self, spec: dict) -> Condition:
        return replace(self._field_test(spec), reads=frozenset({spec["field"]}))

    def _field_test(self, spec: dict) -> Condition:
        name = spec["field"]
        if name not in self.fields:
            raise ConditionError(f"onbekend veld {name!r}")
        op, ref = _single_operation(spec, "field")
        if op == "known":
            if ref:
                return Condition(lambda env: env[name] is not None, lambda env: [(name, env[name])])
            return Condition(lambda env: env[name] is None)
        if op == "mentions":  # free text (occupation): one of these word parts, in any case
            words = tuple(str(word).lower() for word in ref)
            return Condition(
                lambda env: env[name] is not None and any(word in env[name].lower() for word in words),
                lambda env: [(name, env[name])],
            )
        if op in {"has_any", "has_all", "has_none"}:
            wanted, in_rule_order = frozenset(ref), tuple(dict.fromkeys(ref))
            # The rule's order, not the person's: the advice must not depend on the order of list answers.
            chosen = lambda env: [(name, item) for item in in_rule_order if item in env[name]]  # noqa: E731
            if op == "has_any":
                return Condition(lambda env: not wanted.isdisjoint(env[name]), chosen)
            if op == "has_all":
                return Condition(lambda env: wanted.issubset(env[name]), chosen)
            return Condition(lambda env: wanted.isdisjoint(env[name]))
        if op not in _COMPARE:
            raise ConditionError(f"onbekende vergelijking {op!r} bij veld {name!r}")
        reference = frozenset(ref) if op in {"in", "not_in"} else ref
        return Condition(_COMPARE[op](name, reference), lambda env: [(name, env[name])])


def _all(parts: list[Condition]) -> Condition:
    if not parts:
        return TRUE
    if len(parts) == 1:
        return parts[0]
    tests = tuple(part.holds for part in parts)

    def holds(env: Env) -> bool:
        for test in tests:  # noqa: SIM110 - a loop costs no generator; this runs for every rule of every advice
            if not test(env):
                return False
        return True

    return Condition(holds, lambda env: _union(part.because(env) for part in parts), _reads(parts))


def _any(parts: list[Condition]) -> Condition:
    if not parts:
        return Condition(lambda env: False)
    if len(parts) == 1:
        return parts[0]
    tests = tuple(part.holds for part in parts)

    def holds(env: Env) -> bool:
        for test in tests:  # noqa: SIM110 - as in _all
            if test(env):
                return True
        return False

    return Condition(holds, lambda env: _first_reasons(parts, env, 1), _reads(parts))


def _at_least(count: int, parts: list[Condition]) -> Condition:
    tests = tuple(part.holds for part in parts)
    return Condition(
        lambda env: sum(1 for test in tests if test(env)) >= count,
        lambda env: _first_reasons(parts, env, count),
        _reads(parts),
    )


def _first_reasons(parts: list[Condition], env: Env, enough: int | None) -> list[Answer]:
    """The answers of the first ``enough`` parts that hold and name an answer (all of them when ``enough`` is None).
    A part that holds on what was not said names nothing, so it is passed over for one that names an answer."""
    reasons: list[list[Answer]] = []
    for part in parts:
        if enough is not None and len(reasons) >= enough:
            break
        if part.holds(env) and (answers := part.because(env)):
            reasons.append(answers)
    return _union(reasons)


def _reads(parts: list[Condition]) -> frozenset[str]:
    return frozenset().union(*(part.reads for part in parts))


def _union(lists: Iterable[list[Answer]]) -> list[Answer]:
    """The answers of several parts, each once, in the order they were first named."""
    return list(dict.fromkeys(answer for answers in lists for answer in answers))


def _single_operation(spec: dict, subject: str) -> tuple[str, Any]:
    """The one (operator, reference) pair beside the subject; the reference is as the YAML gave it."""
    operations = [(key, value) for key, value in spec.items() if key != subject]
    if len(operations) != 1:
        raise ConditionError(f"precies één vergelijking verwacht in {spec!r}")
    return operations[0]
