"""Loading the advice rules from the YAML files in ``rules/`` into a checked, compiled rule book.

The rules are data: each has a condition, an effect, a plain-Dutch "why" and the research it rests on.
Loading refuses a rule whose source key is unknown, whose condition names an unknown field or fact, or whose
category, dimension or type is not in the contract; the error names the file and the rule.
"""

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from .conditions import Condition, ConditionError, compile_condition
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
    "laagopgeleid_vast",
    "flex_bewust_gemotiveerd",
    "flex_bewust_niet_gemotiveerd",
    "flex_tegen_wil_en_dank",
    "flex_twijfelaar",
    "alleenstaande_ouder",
    "nugger",
    "zzp",
    "oudere_werknemer",
    "overig",
)
DIMENSIONS = ("weten", "willen", "kunnen", "durven", "mogen")
EIGEN_REGIE = ("richting", "ruimte", "ruggensteun", None)
BARRIER_TYPES = ("situationeel", "dispositioneel", "institutioneel")
ROUTES = ("ontwikkelroute", "taakontwerproute", "mobiliteitsroute")
# Room between categories, so that a rule can place a step between two others with ``order``.
CATEGORY_ORDER = {category: (index + 1) * 100 for index, category in enumerate(CATEGORIES)}

PROFILE_FIELDS = tuple(name for name in Profile.model_fields if name != "scales") + tuple(
    f"scales.{name}" for name in Scales.model_fields
)


class RuleError(ValueError):
    """A rule file that the engine refuses to load."""


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    file: str


@dataclass(frozen=True)
class Rule:
    """One rule: when ``condition`` holds, ``code`` applies; ``output`` is what it adds to the Advies."""

    code: str
    condition: Condition
    output: dict
    origin: str
    category: str | None = None
    order: int = 0
    choose: str | None = None
    fallback: bool = False
    why_is_template: bool = False


@dataclass(frozen=True)
class RuleBook:
    sources: dict[str, Source]
    facts: tuple[Rule, ...]
    groups: tuple[Rule, ...]
    barriers: tuple[Rule, ...]
    strengths: tuple[Rule, ...]
    routes: tuple[Rule, ...]
    steps: tuple[Rule, ...]
    texts: dict[str, dict] = field(default_factory=dict)

    def rule(self, code: str) -> Rule | None:
        """Find any rule by its code, for explaining an Advies."""
        for rules in (self.groups, self.barriers, self.strengths, self.routes, self.steps, self.facts):
            for rule in rules:
                if rule.code == code:
                    return rule
        return None


@cache
def load_rulebook(rules_dir: Path = RULES_DIR) -> RuleBook:
    """Load and check every rule file; cached, because the rules do not change while the process runs."""
    sources = _load_sources(rules_dir / "sources.yaml")
    loader = _Loader(rules_dir, sources)
    facts = loader.stage("facts.yaml", "fact", prefix="")
    groups = loader.stage("target_groups.yaml", "group", prefix="group:")
    loader.known.update(f"primary:{group}" for group in GROUPS)
    barriers = loader.stage("barriers.yaml", "code", prefix="barrier:")
    strengths = loader.stage("strengths.yaml", "code", prefix="strength:")
    routes = loader.stage("routes.yaml", "route", prefix="route:")
    steps = tuple(
        rule for category in CATEGORIES for rule in loader.stage(f"steps/{category}.yaml", "code", prefix="step:")
    )
    return RuleBook(sources, facts, groups, barriers, strengths, routes, steps)


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

    def stage(self, filename: str, key: str, prefix: str) -> tuple[Rule, ...]:
        entries = _read(self.rules_dir / filename) or []
        self.known.update(f"{prefix}{entry[key]}" for entry in entries)
        rules = tuple(self._rule(filename, key, entry) for entry in entries)
        codes = [rule.code for rule in rules]
        duplicates = {code for code in codes if codes.count(code) > 1 and key != "group"}
        if duplicates:
            raise RuleError(f"{filename}: dubbele code(s) {sorted(duplicates)}")
        return rules

    def _rule(self, filename: str, key: str, entry: dict) -> Rule:
        code = entry.get(key)
        origin = f"{filename}: {code}"
        try:
            condition = compile_condition(entry.get("when", {"all": []}), PROFILE_FIELDS, self.known)
        except (ConditionError, KeyError, TypeError, ValueError) as exc:
            raise RuleError(f"{origin}: {exc}") from None
        sources = self._sources(origin, entry)
        if key == "fact":
            return Rule(code, condition, {}, origin)
        if key == "group":
            _require(code in GROUPS, origin, f"onbekende doelgroep {code!r}")
            return Rule(code, condition, {"sources": sources}, origin)
        if key == "route":
            _require(code in ROUTES, origin, f"onbekende route {code!r}")
            return Rule(code, condition, {"why": _text(entry, "why", origin), "sources": sources}, origin)
        if filename == "barriers.yaml":
            return self._barrier(code, condition, entry, origin, sources)
        if filename == "strengths.yaml":
            why = _text(entry, "why", origin)
            return Rule(code, condition, {"code": code, "why": why}, origin, why_is_template="{" in why)
        return self._step(code, condition, entry, origin, sources, filename)

    def _barrier(self, code, condition, entry, origin, sources) -> Rule:
        _require(entry.get("dimension") in DIMENSIONS, origin, f"onbekende dimensie {entry.get('dimension')!r}")
        _require(entry.get("eigen_regie") in EIGEN_REGIE, origin, f"onbekend bouwblok {entry.get('eigen_regie')!r}")
        _require(entry.get("type") in BARRIER_TYPES, origin, f"onbekend type {entry.get('type')!r}")
        output = {
            "code": code,
            "dimension": entry["dimension"],
            "eigen_regie": entry.get("eigen_regie"),
            "type": entry["type"],
            "why": _text(entry, "why", origin),
            "sources": sources,
        }
        return Rule(code, condition, output, origin)

    def _step(self, code, condition, entry, origin, sources, filename) -> Rule:
        category = Path(filename).stem
        order = CATEGORY_ORDER[category] + int(entry.get("order_offset", 0))
        if "order" in entry:
            order = int(entry["order"])
        why = _text(entry, "why", origin)
        output = {
            "category": category,
            "code": code,
            "title": _text(entry, "title", origin),
            "why": why,
            "sources": sources,
        }
        return Rule(
            code,
            condition,
            output,
            origin,
            category=category,
            order=order,
            choose=entry.get("choose"),
            fallback=bool(entry.get("fallback", False)),
            why_is_template="{" in why,
        )

    def _sources(self, origin: str, entry: dict) -> list[str]:
        sources = entry.get("sources") or []
        for source in sources:
            key = str(source).split(" ", 1)[0]
            _require(key in self.sources, origin, f"onbekende bron {key!r}: voeg die eerst toe aan sources.yaml")
        if "why" in entry or "title" in entry:
            _require(bool(sources), origin, "een regel met een uitleg moet een bron noemen")
        return list(sources)


def _text(entry: dict, name: str, origin: str) -> str:
    text = " ".join(str(entry.get(name, "")).split())
    _require(bool(text), origin, f"{name!r} ontbreekt")
    return text


def _require(ok: bool, origin: str, message: str) -> None:
    if not ok:
        raise RuleError(f"{origin}: {message}")
