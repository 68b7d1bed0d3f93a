"""Loading the advice rules from the YAML files in ``rules/`` into a checked, compiled rule book.

The rules are data: each has a condition, an effect, a plain-Dutch "why" and the research it rests on.
Loading refuses a rule whose source key is unknown, whose condition names an unknown field or fact, or whose
category, dimension or type is not in the contract; the error names the file and the rule.

All rules are compiled into one generated function (see ``conditions.py`` and ``_generate``) that returns the
Advies. ``RuleBook.source`` keeps its text, with each rule's file and code beside its line.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .conditions import ConditionError, ExpressionCompiler, field_variable, variable
from .profile import Profile, Scales

RULES_DIR = Path(__file__).parent / "rules"

CATEGORIES = (
    "stabiliteit",
    "begeleiding",
    "orientatie",
    "motivatie",
    "erkenning",
    "leren",
    "financiering",
    "werkgever",
)
GROUPS = (
    "laagopgeleid_vast", "flex_bewust_gemotiveerd", "flex_bewust_niet_gemotiveerd", "flex_tegen_wil_en_dank",
    "flex_twijfelaar", "alleenstaande_ouder", "nugger", "zzp", "oudere_werknemer", "overig",
)  # fmt: skip
DIMENSIONS = ("weten", "willen", "kunnen", "durven", "mogen")
EIGEN_REGIE = ("richting", "ruimte", "ruggensteun", None)
BARRIER_TYPES = ("situationeel", "dispositioneel", "institutioneel")
ROUTES = ("ontwikkelroute", "taakontwerproute", "mobiliteitsroute")
# Room between categories, so that a rule can place a step between two others with ``order``.
CATEGORY_ORDER = {category: (index + 1) * 100 for index, category in enumerate(CATEGORIES)}

PROFILE_FIELDS = tuple(name for name in Profile.model_fields if name != "scales") + tuple(
    f"scales.{name}" for name in Scales.model_fields
)
_CODE = re.compile(r"^[a-z][a-z0-9_]*$")


class RuleError(ValueError):
    """A rule file that the engine refuses to load."""


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    file: str


@dataclass(frozen=True)
class Rule:
    """One rule: when ``expression`` holds, ``code`` applies; ``output`` is what it adds to the Advies."""

    code: str
    expression: str
    output: dict
    origin: str
    order: int = 0
    choose: str | None = None
    fallback: bool = False


@dataclass(frozen=True)
class RuleBook:
    sources: dict[str, Source]
    facts: tuple[Rule, ...]
    groups: tuple[Rule, ...]
    barriers: tuple[Rule, ...]
    strengths: tuple[Rule, ...]
    routes: tuple[Rule, ...]
    steps: tuple[Rule, ...]
    source: str
    evaluate: Callable[[Profile], dict]  # Profiel -> Advies, generated from the rules by _generate

    def rule(self, code: str) -> Rule | None:
        """Find a rule by its code, for explaining an Advies (steps first: their codes are what pages show)."""
        for rules in (self.steps, self.barriers, self.strengths, self.groups, self.routes, self.facts):
            for rule in rules:
                if rule.code == code:
                    return rule
        return None


@cache
def load_rulebook(rules_dir: Path = RULES_DIR) -> RuleBook:
    """Load, check and compile every rule file; cached, because the rules do not change while the process runs."""
    sources = _load_sources(rules_dir / "sources.yaml")
    loader = _Loader(rules_dir, sources)
    facts = loader.stage("facts.yaml", "fact", "")
    groups = loader.stage("target_groups.yaml", "group", "group:")
    groups += (Rule("overig", "True", {"sources": ()}, "target_groups: overig, als geen andere groep past"),)
    loader.known.update({"group:overig", *(f"primary:{group}" for group in GROUPS)})
    barriers = loader.stage("barriers.yaml", "code", "barrier:")
    strengths = loader.stage("strengths.yaml", "code", "strength:")
    routes = loader.stage("routes.yaml", "route", "route:")
    steps = tuple(rule for category in CATEGORIES for rule in loader.stage(f"steps/{category}.yaml", "code", None))
    limits = _load_limits(rules_dir / "limits.yaml", sources)
    source = _generate(loader.known, facts, groups, barriers, strengths, routes, steps, limits)
    namespace: dict[str, Any] = dict(loader.compiler.constants)
    exec(compile(source, "<advice rules>", "exec"), namespace)  # noqa: S102 - our own generated code, see conditions.py
    return RuleBook(sources, facts, groups, barriers, strengths, routes, steps, source, namespace["evaluate"])


def _load_limits(path: Path, sources: dict[str, Source]) -> dict[str, int]:
    data = _read(path) or {}
    for source in data.get("sources") or []:
        _require(source.split(" ", 1)[0] in sources, path.name, f"onbekende bron {source!r}")
    limits = data.get("max_steps_per_category") or {}
    for category, limit in limits.items():
        _require(category in CATEGORIES, path.name, f"onbekende categorie {category!r}")
        _require(isinstance(limit, int) and limit >= 1, path.name, f"{category}: limiet moet 1 of meer zijn")
    return limits


def _load_sources(path: Path) -> dict[str, Source]:
    data = _read(path)
    return {key: Source(key, entry["title"], entry["file"]) for key, entry in data.items()}


def _read(path: Path):
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{path.name}: kan de regels niet lezen: {exc}") from None


class _Loader:
    """Reads the stages in order; a condition may only name facts of its own or earlier stages."""

    def __init__(self, rules_dir: Path, sources: dict[str, Source]):
        self.rules_dir = rules_dir
        self.sources = sources
        self.known: set[str] = set()
        self.compiler = ExpressionCompiler(PROFILE_FIELDS)

    def stage(self, filename: str, key: str, prefix: str | None) -> tuple[Rule, ...]:
        """Load one file; its codes become facts ``<prefix><code>`` for later stages, unless prefix is None."""
        entries = _read(self.rules_dir / filename) or []
        for entry in entries:
            code = entry.get(key) if isinstance(entry, dict) else None
            _require(isinstance(code, str) and bool(_CODE.match(code)), f"{filename}", f"ongeldige code {code!r}")
            if prefix is not None:
                self.known.add(f"{prefix}{code}")
        rules = tuple(self._rule(filename, key, entry) for entry in entries)
        codes = [rule.code for rule in rules]
        duplicates = {code for code in codes if codes.count(code) > 1}
        _require(not duplicates, filename, f"dubbele code(s) {sorted(duplicates)}")
        return rules

    def _rule(self, filename: str, key: str, entry: dict) -> Rule:
        code = entry[key]
        origin = f"{filename}: {code}"
        try:
            expression = self.compiler.compile(entry.get("when", {"all": []}), self.known)
        except (ConditionError, KeyError, TypeError, ValueError) as exc:
            raise RuleError(f"{origin}: {exc}") from None
        sources = self._sources(origin, entry)
        if key == "fact":
            return Rule(code, expression, {}, origin)
        if key == "group":
            _require(code in GROUPS, origin, f"onbekende doelgroep {code!r}")
            return Rule(code, expression, {"sources": sources}, origin)
        if key == "route":
            _require(code in ROUTES, origin, f"onbekende route {code!r}")
            return Rule(code, expression, {"why": _text(entry, "why", origin), "sources": sources}, origin)
        if filename == "barriers.yaml":
            return Rule(code, expression, self._barrier(code, entry, origin, sources), origin)
        if filename == "strengths.yaml":
            return Rule(code, expression, {"code": code, "why": _text(entry, "why", origin)}, origin)
        return self._step(code, expression, entry, origin, sources, filename)

    def _barrier(self, code, entry, origin, sources) -> dict:
        _require(entry.get("dimension") in DIMENSIONS, origin, f"onbekende dimensie {entry.get('dimension')!r}")
        _require(entry.get("eigen_regie") in EIGEN_REGIE, origin, f"onbekend bouwblok {entry.get('eigen_regie')!r}")
        _require(entry.get("type") in BARRIER_TYPES, origin, f"onbekend type {entry.get('type')!r}")
        return {
            "code": code,
            "dimension": entry["dimension"],
            "eigen_regie": entry.get("eigen_regie"),
            "type": entry["type"],
            "why": _text(entry, "why", origin),
            "sources": sources,
        }

    def _step(self, code, expression, entry, origin, sources, filename) -> Rule:
        category = Path(filename).stem
        order = int(entry.get("order", CATEGORY_ORDER[category]))
        output = {
            "category": category,
            "code": code,
            "title": _text(entry, "title", origin),
            "why": _text(entry, "why", origin),
            "sources": sources,
        }
        return Rule(
            code,
            expression,
            output,
            origin,
            order=order,
            choose=entry.get("choose"),
            fallback=bool(entry.get("fallback", False)),
        )

    def _sources(self, origin: str, entry: dict) -> tuple[str, ...]:
        sources = entry.get("sources") or []
        for source in sources:
            key = str(source).split(" ", 1)[0]
            _require(key in self.sources, origin, f"onbekende bron {key!r}: voeg die eerst toe aan sources.yaml")
        if "why" in entry or "title" in entry:
            _require(bool(sources), origin, "een regel met een uitleg moet een bron noemen")
        return tuple(str(source) for source in sources)


def _generate(known, facts, groups, barriers, strengths, routes, steps, limits) -> str:
    """The source of ``evaluate(p) -> Advies``: every rule's condition and output inline, in stage order.

    Outputs are dict and list displays of the rules' own texts (``repr`` of str), so every call builds fresh
    objects that a caller may change without touching the rule book. Steps are decided in file order (the first
    of a ``choose`` group wins) and then added in step order, which gives their ranks.
    """
    lines = ["def evaluate(p):", "    s = p.scales"]
    lines += [f"    {field_variable(name)} = {_attribute(name)}" for name in PROFILE_FIELDS]
    lines += [f"    {variable(fact)} = False" for fact in sorted(known) if fact.startswith("route:")]
    lines += [f"    {variable(rule.code)} = {rule.expression}  # {rule.origin}" for rule in facts]
    lines.append("    groups = []")
    for rule in groups[:-1]:  # the last group, overig, holds only when no other does
        lines.append(f"    {variable('group:' + rule.code)} = {rule.expression}  # {rule.origin}")
        lines.append(f"    if {variable('group:' + rule.code)}:\n        groups.append({rule.code!r})")
    lines.append(f"    {variable('group:overig')} = not groups\n    if not groups:\n        groups.append('overig')")
    lines += [f"    {variable('primary:' + rule.code)} = groups[0] == {rule.code!r}" for rule in groups]
    lines += _collect("barriers", "barrier:", barriers)
    lines += _collect("strengths", "strength:", strengths)
    lines.append("    route = None")
    for rule in routes:
        lines.append(f"    if route is None and {rule.expression}:  # {rule.origin}")
        lines.append(f"        route = {rule.code!r}\n        {variable('route:' + rule.code)} = True")
    lines += _steps(steps, limits)
    lines.append(
        "    return {'schema_version': '1', 'target_groups': groups, 'primary_group': groups[0], "
        "'barriers': barriers, 'strengths': strengths, 'route': route, 'steps': steps}"
    )
    return "\n".join(lines) + "\n"


def _collect(name: str, prefix: str, rules) -> list[str]:
    lines = [f"    {name} = []"]
    for rule in rules:
        fact = variable(prefix + rule.code)
        lines.append(f"    {fact} = {rule.expression}  # {rule.origin}")
        lines.append(f"    if {fact}:\n        {name}.append({_display(rule.output)})")
    return lines


def _steps(steps, limits: dict[str, int]) -> list[str]:
    lines = [f"    chosen__{name} = False" for name in sorted({rule.choose for rule in steps if rule.choose})]
    for index, rule in enumerate(steps):
        if rule.fallback:
            continue
        if rule.choose:
            lines.append(f"    step_{index} = not chosen__{rule.choose} and {rule.expression}  # {rule.origin}")
            lines.append(f"    if step_{index}:\n        chosen__{rule.choose} = True")
        else:
            lines.append(f"    step_{index} = {rule.expression}  # {rule.origin}")
    lines.append("    steps = []")
    lines += [f"    count__{category} = 0" for category in sorted(limits)]
    for index, rule in enumerate(steps):  # in file order: a step beyond its category's limit is dropped
        category = rule.output["category"]
        if category in limits and not rule.fallback:
            lines.append(f"    if step_{index} and count__{category} < {limits[category]}:")
            lines.append(f"        count__{category} += 1")
            lines.append(f"        step_{index} = True")
            lines.append(f"    else:\n        step_{index} = False")
    ranked = sorted((rule.order, index) for index, rule in enumerate(steps) if not rule.fallback)
    for _, index in ranked:  # sorted by order; file order breaks ties
        lines.append(f"    if step_{index}:\n        steps.append({_display(steps[index].output, rank=True)})")
    for rule in steps:
        if rule.fallback:
            lines.append(f"    if not steps and {rule.expression}:  # {rule.origin} (fallback)")
            lines.append(f"        steps.append({_display(rule.output, rank=True)})")
    return lines


def _display(output: dict, rank: bool = False) -> str:
    """A dict display of a rule's output: its texts as str literals, its sources as a fresh list."""
    items = [f"{key!r}: {_literal(value)}" for key, value in output.items()]
    if rank:
        items.append("'rank': len(steps) + 1")
    return "{" + ", ".join(items) + "}"


def _literal(value) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(_literal(item) for item in value) + "]"
    if value is None or isinstance(value, str):
        return repr(value)
    raise RuleError(f"geen tekst: {value!r}")


def _attribute(name: str) -> str:
    return f"s.{name.removeprefix('scales.')}" if name.startswith("scales.") else f"p.{name}"


def _text(entry: dict, name: str, origin: str) -> str:
    text = " ".join(str(entry.get(name, "")).split())
    _require(bool(text), origin, f"{name!r} ontbreekt")
    return text


def _require(ok: bool, origin: str, message: str) -> None:
    if not ok:
        raise RuleError(f"{origin}: {message}")
