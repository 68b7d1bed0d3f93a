"""Conditions of the advice rules: a small closed language in YAML, compiled into Python expressions.

A condition is one of:
- a string: the name of a fact that holds (``laagopgeleid``, ``group:nugger``, ``barrier:geen_geld``,
  ``primary:zzp``, ``route:ontwikkelroute``);
- ``{field: scales.time, lte: 2}``: a comparison on a Profiel field (``eq ne lt lte gt gte in not_in``),
  ``{field: problems, has_any: [...]}`` / ``has_all`` / ``has_none`` for lists, ``{field: age, known: true}``;
- ``{all: [...]}``, ``{any: [...]}``, ``{not: condition}``, ``{at_least: N, of: [...]}``;
- ``{count: barrier, gte: 3}``: how many facts with that prefix hold so far (barriers, strengths).

An unknown (null) field never satisfies a comparison: the engine does not guess what a person did not say.

Each condition becomes one Python expression over local variables (``v_<field>`` for Profiel fields, one local per
fact); the rule book puts all of them in one generated function, so evaluating a rule costs no function call.
Names and values never come from outside: fields and facts are checked against known lists, and a literal value
is written with ``repr`` only for numbers, text and booleans, and anything else is passed as a named constant.
"""

from collections.abc import Iterable
from typing import Any

_OPERATORS = {"eq": "==", "ne": "!=", "lt": "<", "lte": "<=", "gt": ">", "gte": ">=", "in": "in", "not_in": "not in"}


class ConditionError(ValueError):
    """A rule's condition is not in the language above."""


def variable(fact: str) -> str:
    """The local variable that holds a fact: ``group:nugger`` → ``group__nugger``, ``laagopgeleid`` → ``fact__…``."""
    return fact.replace(":", "__") if ":" in fact else f"fact__{fact}"


def field_variable(field: str) -> str:
    return "v_" + field.replace(".", "_")


class ExpressionCompiler:
    """Turns condition specs into Python expression source; collects the constants they need."""

    def __init__(self, fields: Iterable[str]):
        self.fields = frozenset(fields)
        self.constants: dict[str, object] = {}

    def compile(self, spec: object, facts: set[str]) -> str:
        if isinstance(spec, str):
            return self._fact(spec, facts)
        if not isinstance(spec, dict) or len(spec) == 0:
            raise ConditionError(f"onbekende voorwaarde: {spec!r}")
        if "all" in spec:
            parts = [self.compile(part, facts) for part in spec["all"]]
            return "(" + " and ".join(parts) + ")" if parts else "True"
        if "any" in spec:
            parts = [self.compile(part, facts) for part in spec["any"]]
            return "(" + " or ".join(parts) + ")" if parts else "False"
        if "not" in spec:
            return f"(not {self.compile(spec['not'], facts)})"
        if "at_least" in spec:
            parts = [self.compile(part, facts) for part in spec["of"]]  # every expression is a bool
            return f"(({' + '.join(parts)}) >= {int(spec['at_least'])})"
        if "count" in spec:
            return self._count(spec, facts)
        if "field" in spec:
            return self._field(spec)
        raise ConditionError(f"onbekende voorwaarde: {spec!r}")

    def constant(self, value: object) -> str:
        """A literal for the generated source: plain numbers, text and booleans inline, anything else by name."""
        if value is None or type(value) in (int, float, str, bool):
            return repr(value)  # repr of these types is a Python literal of the same value, nothing more
        name = f"K{len(self.constants)}"
        self.constants[name] = value
        return name

    def _fact(self, name: str, facts: set[str]) -> str:
        if name not in facts:
            raise ConditionError(f"onbekend feit {name!r}")
        return variable(name)

    def _count(self, spec: dict, facts: set[str]) -> str:
        prefix = f"{spec['count']}:"
        counted = sorted(fact for fact in facts if fact.startswith(prefix))
        if not counted:
            raise ConditionError(f"niets om te tellen met {prefix!r}")
        op, ref = _single_operation(spec, "count")
        total = " + ".join(variable(fact) for fact in counted)
        return f"(({total}) {_OPERATORS[op]} {int(ref)})"

    def _field(self, spec: dict) -> str:
        name = spec["field"]
        if name not in self.fields:
            raise ConditionError(f"onbekend veld {name!r}")
        value = field_variable(name)
        op, ref = _single_operation(spec, "field")
        if op == "known":
            return f"({value} is {'not ' if ref else ''}None)"
        if op in {"has_any", "has_all", "has_none"}:
            wanted = self.constant(frozenset(ref))
            return {
                "has_any": f"(not {wanted}.isdisjoint({value}))",
                "has_all": f"{wanted}.issubset({value})",
                "has_none": f"{wanted}.isdisjoint({value})",
            }[op]
        if op not in _OPERATORS:
            raise ConditionError(f"onbekende vergelijking {op!r} bij veld {name!r}")
        reference = self.constant(frozenset(ref) if op in {"in", "not_in"} else ref)
        return f"({value} is not None and {value} {_OPERATORS[op]} {reference})"


def _single_operation(spec: dict, subject: str) -> tuple[str, Any]:
    """The one (operator, reference) pair beside the subject; the reference is as the YAML gave it."""
    operations = [(key, value) for key, value in spec.items() if key != subject]
    if len(operations) != 1:
        raise ConditionError(f"precies één vergelijking verwacht in {spec!r}")
    return operations[0]
