"""Loading the advice rules from the YAML files in ``rules/`` into a checked rule book, and evaluating it.

The rules are data: each has a condition, an effect, a plain-Dutch "why" and the research it rests on.
Loading refuses a rule whose source key is unknown, whose condition names an unknown field or fact, or whose
category, dimension, type or service is not in the contract; the error names the file and the rule.

Every condition is compiled once into closures (``conditions.py``); ``RuleBook.evaluate`` runs the stages in order
and returns the Advies, where every barrier, strength and step names the answers it rests on (``because``).
"""

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .conditions import TRUE, Condition, ConditionCompiler, ConditionError
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
HORIZONS = ("nu", "daarna", "later")
# The kinds of help a step may send a person to (the contract README's vocabulary).
SERVICES = (
    "schuldhulp", "toeslagen", "kinderopvang", "wijkteam", "werkplein", "uwv", "leerwerkloket", "ontwikkeladvies",
    "loopbaancoach", "taalhuis", "digitaal_hulp", "juridisch_loket", "woonloket", "huisarts", "bedrijfsarts",
    "mantelzorg", "vrijwilligerscentrale", "o_en_o_fonds", "werkgever",
)  # fmt: skip
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
    """One rule: when ``when`` holds, ``code`` applies; ``output`` is what it adds to the Advies.

    ``asserts`` is what the rule's text says about the person (checked by a property test to follow from
    ``when``); ``daarna_when`` and ``later_when`` move a step to a later horizon for some people.
    """

    code: str
    when: Condition
    output: dict
    origin: str
    order: int = 0
    choose: str | None = None
    fallback: bool = False
    horizon: str = "nu"
    daarna_when: Condition | None = None
    later_when: Condition | None = None
    asserts: Condition | None = None


@dataclass(frozen=True)
class RuleBook:
    sources: dict[str, Source]
    facts: tuple[Rule, ...]
    groups: tuple[Rule, ...]
    barriers: tuple[Rule, ...]
    strengths: tuple[Rule, ...]
    routes: tuple[Rule, ...]
    steps: tuple[Rule, ...]
    limits: dict[str, int] = field(default_factory=dict)
    max_steps_now: int = 5
    max_steps: int = 10  # in all; beyond it the last of "later" and "daarna" are left out
    # (condition, categories, max_waiting, also): while the condition holds, only steps of those categories (and the
    # steps named in ``also``) may be "nu", and at most max_waiting steps (if given) wait as "daarna" or "later"
    now_only: tuple[tuple[Condition, frozenset[str], int | None, frozenset[str]], ...] = ()
    # generic steps that go first when the list is too long, before any step that answers this person's own needs
    drop_first: frozenset[str] = frozenset()
    # a target group's own recommendations: kept while any other step can go
    keep: frozenset[str] = frozenset()
    # barriers shown: at most max_barriers, and a barrier is left out while one that says the same is shown
    max_barriers: int = 6
    overlaps: dict[str, frozenset[str]] = field(default_factory=dict)
    # barrier -> the strongest answer of its own question (field -> value, or "any" for a problem ticked at all): a
    # barrier resting on it is shown before any other
    strongest: dict[str, dict[str, int | str]] = field(default_factory=dict)
    # (condition, max_steps_now, max_steps): a stricter length while the condition holds (little time, little Dutch)
    short: tuple[Condition, int, int] | None = None
    max_strengths: int = 5

    def rule(self, code: str) -> Rule | None:
        """Find a rule by its code, for explaining an Advies (steps first: their codes are what pages show)."""
        for rules in (self.steps, self.barriers, self.strengths, self.groups, self.routes, self.facts):
            for rule in rules:
                if rule.code == code:
                    return rule
        return None

    def environment(self, profile: Profile) -> dict[str, Any]:
        """Every Profiel field and every fact up to the route, as the step rules see them."""
        env: dict[str, Any] = {name: value for name, value in profile.__dict__.items() if name != "scales"}
        env.update({f"scales.{name}": value for name, value in profile.scales.__dict__.items()})
        for rule in self.facts:
            env[rule.code] = rule.when.holds(env)
        groups = []
        for rule in self.groups[:-1]:  # the last group, overig, holds only when no other does
            env[f"group:{rule.code}"] = held = rule.when.holds(env)
            if held:
                groups.append(rule.code)
        env["group:overig"] = not groups
        groups = groups or ["overig"]
        env["groups"] = groups
        for group in GROUPS:
            env[f"primary:{group}"] = groups[0] == group
        for prefix, rules in (("barrier:", self.barriers), ("strength:", self.strengths)):
            for rule in rules:
                env[prefix + rule.code] = rule.when.holds(env)
        env["route"] = None
        for rule in self.routes:
            env[f"route:{rule.code}"] = held = env["route"] is None and rule.when.holds(env)
            if held:
                env["route"] = rule.code
        return env

    def evaluate(self, profile: Profile) -> dict:
        """The Advies (advice-v1) for a valid Profiel. Every call builds fresh objects a caller may change."""
        env = self.environment(profile)
        steps = self._steps(env)
        return {
            "schema_version": "1",
            "target_groups": list(env["groups"]),
            "primary_group": env["groups"][0],
            "barriers": self._barriers(env, steps),
            "strengths": [_item(rule, env) for rule in self.strengths if env[f"strength:{rule.code}"]][
                : self.max_strengths
            ],
            "route": env["route"],
            "steps": steps,
        }

    def _barriers(self, env: dict, steps: list[dict]) -> list[dict]:
        """The barriers that hold, without those another shown barrier already says, at most ``max_barriers``: first
        those resting on a strongest answer (a scale answered 1), then the ones the steps act on (a step rests on one
        of their answers), in file order. A strongest answer is never hidden behind a milder barrier that overlaps."""
        held = [_item(rule, env) for rule in self.barriers if env[f"barrier:{rule.code}"]]
        codes = {item["code"] for item in held}
        items = [
            item for item in held if self.is_strongest(item) or not self.overlaps.get(item["code"], frozenset()) & codes
        ]
        acted_on = {answer["field"] for step in steps for answer in step["because"]}

        def rank(item: dict) -> int:  # strongest first, in file order (problems, weten, willen, ...); then acted on
            if self.is_strongest(item):
                return 0
            return 1 if {answer["field"] for answer in item["because"]} & acted_on else 2

        chosen = sorted(items, key=rank)
        shown = {id(item) for item in chosen[: self.max_barriers]}
        return [item for item in items if id(item) in shown]

    def is_strongest(self, item: dict) -> bool:
        """Whether a barrier rests on the strongest answer of its own question (review 2026-11, round 7: answers of 1
        fell under the cap while milder ones stayed)."""
        answers = self.strongest.get(item["code"], {})
        return any(answers.get(answer["field"]) in (answer["value"], "any") for answer in item["because"])

    def _steps(self, env: dict) -> list[dict]:
        """Decide in file order (the first of a ``choose`` group wins, a category keeps at most its limit), then
        put them in step order; the first ``max_steps_now`` steps for now stay "nu", the rest wait ("daarna")."""
        chosen: set[str] = set()
        per_category: dict[str, int] = {}
        picked = []
        for index, rule in enumerate(self.steps):
            if rule.fallback or (rule.choose and rule.choose in chosen) or not rule.when.holds(env):
                continue
            if rule.choose:
                chosen.add(rule.choose)
            category = rule.output["category"]
            if per_category.get(category, 0) >= self.limits.get(category, len(self.steps)):
                continue
            per_category[category] = per_category.get(category, 0) + 1
            picked.append((rule.order, index, rule))
        if not picked:
            picked = [(rule.order, index, rule) for index, rule in enumerate(self.steps)
                      if rule.fallback and rule.when.holds(env)]  # fmt: skip
        max_now, length = self._lengths(env)
        holding = [limit for limit in self.now_only if limit[0].holds(env)]
        allowed_now = [(categories, also) for _, categories, _, also in holding]
        planned = self._horizons(picked, env, allowed_now, max_now)
        if allowed_now and all(horizon != "nu" for _, _, horizon in planned):
            planned = self._horizons(picked, env, [], max_now)  # a limit that leaves nothing for now: no advice
        steps: list[dict] = []
        planned = sorted(planned, key=lambda entry: entry[0])  # stable: step order within a horizon
        caps = [waiting for _, _, waiting, _ in holding if waiting is not None]
        if caps:  # while a crisis leads, a long list of what comes later works against "first this" (review 2026-11)
            length = min(length, sum(horizon == "nu" for _, _, horizon in planned) + min(caps))
        for _, rule, horizon in self._trim(planned, length):
            steps.append({"rank": len(steps) + 1, **_item(rule, env), "horizon": horizon})
        return steps

    def _lengths(self, env: dict) -> tuple[int, int]:
        """How many steps may be "nu" and how many in all for this person: fewer with little time or Dutch."""
        if self.short and self.short[0].holds(env):
            return min(self.max_steps_now, self.short[1]), min(self.max_steps, self.short[2])
        return self.max_steps_now, self.max_steps

    def _trim(self, planned: list[tuple[int, Rule, str]], length: int) -> list[tuple[int, Rule, str]]:
        """At most ``length`` steps: first the generic steps of ``drop_first`` go, last first, then the last steps
        that are not in ``keep``: a group's own recommendation (a digital entry course, a volunteer course) outweighs
        a generic step. Steps for now always stay."""
        planned = list(planned)
        while len(planned) > length:
            waiting = [index for index, (_, _, horizon) in enumerate(planned) if horizon != "nu"]
            generic = [index for index in waiting if planned[index][1].code in self.drop_first]
            other = [index for index in waiting if planned[index][1].code not in self.keep]
            del planned[(generic or other or waiting)[-1]]
        return planned

    def _horizons(self, picked: list, env: dict, allowed_now: list, max_now: int) -> list[tuple[int, Rule, str]]:
        """Each picked step with its horizon, in step order: later_when first, then waiting, then the limit for now.
        When more steps want to be "nu" than ``max_now``, the generic steps of ``drop_first`` wait first, so
        they never take a place from a step that names a place to go (review 2026-11, round 8)."""
        wanted = []
        for _, _, rule in sorted(picked, key=lambda entry: entry[:2]):
            horizon = rule.horizon
            if rule.later_when and rule.later_when.holds(env):
                horizon = "later"
            elif horizon == "nu" and self._waits(rule, env, allowed_now):
                horizon = "daarna"
            wanted.append((rule, horizon))
        surplus = sum(horizon == "nu" for _, horizon in wanted) - max_now
        for index in reversed(range(len(wanted))):
            rule, horizon = wanted[index]
            if surplus > 0 and horizon == "nu" and rule.code in self.drop_first:
                wanted[index] = (rule, "daarna")
                surplus -= 1
        planned = []
        now = 0
        for rule, horizon in wanted:
            if horizon == "nu":
                now += 1
                horizon = "nu" if now <= max_now else "daarna"
            planned.append((HORIZONS.index(horizon), rule, horizon))
        return planned

    @staticmethod
    def _waits(rule: Rule, env: dict, allowed_now: list[tuple[frozenset[str], frozenset[str]]]) -> bool:
        """Whether a step for now waits ("daarna"): by its own daarna_when, or because a ``now_only`` limit holds
        for this person (several problems at once, or near retirement) and neither its category nor the step itself
        may be "nu" then."""
        if rule.daarna_when and rule.daarna_when.holds(env):
            return True
        return any(
            rule.output["category"] not in categories and rule.code not in also for categories, also in allowed_now
        )


def _item(rule: Rule, env: dict) -> dict:
    """A rule's output for this person, with the answers it rests on."""
    item = dict(rule.output)
    if "sources" in item:
        item["sources"] = list(item["sources"])  # a fresh list: a caller may change it without touching the rule
    item["because"] = [{"field": name, "value": value} for name, value in rule.when.because(env)]
    return item


@cache
def load_rulebook(rules_dir: Path = RULES_DIR) -> RuleBook:
    """Load, check and compile every rule file; cached, because the rules do not change while the process runs."""
    sources = _load_sources(rules_dir / "sources.yaml")
    loader = _Loader(rules_dir, sources)
    facts = loader.stage("facts.yaml", "fact", "")
    groups = loader.stage("target_groups.yaml", "group", "group:")
    groups += (Rule("overig", TRUE, {"sources": ()}, "target_groups: overig, als geen andere groep past"),)
    loader.known.update({"group:overig", *(f"primary:{group}" for group in GROUPS)})
    for rule in groups:
        loader.compiler.define(f"primary:{rule.code}", rule.when)
    barriers = loader.stage("barriers.yaml", "code", "barrier:")
    strengths = loader.stage("strengths.yaml", "code", "strength:")
    routes = loader.stage("routes.yaml", "route", "route:")
    steps = tuple(rule for category in CATEGORIES for rule in loader.stage(f"steps/{category}.yaml", "code", None))
    limits, max_now, max_steps = _load_limits(rules_dir / "limits.yaml", sources)
    step_codes = {rule.code for rule in steps}
    now_only = _load_now_only(rules_dir / "limits.yaml", loader, step_codes)
    drop_first, keep = (_step_list(rules_dir / "limits.yaml", name, step_codes) for name in ("drop_first", "keep"))
    max_barriers, overlaps, strongest = _load_barrier_limits(
        rules_dir / "limits.yaml", {rule.code for rule in barriers}, sources
    )
    short, max_strengths = _load_short(rules_dir / "limits.yaml", loader, max_now, max_steps)
    return RuleBook(
        sources, facts, groups, barriers, strengths, routes, steps, limits, max_now, max_steps, now_only,
        drop_first, keep, max_barriers, overlaps, strongest, short, max_strengths,
    )  # fmt: skip


def _load_barrier_limits(
    path: Path, barrier_codes: set[str], sources: dict[str, Source]
) -> tuple[int, dict[str, frozenset[str]], dict[str, dict[str, int | str]]]:
    """How many barriers an advice shows, which are left out while another that says the same is shown, and which
    answers are the strongest of their scale."""
    data = (_read(path) or {}).get("barriers") or {}
    for source in data.get("sources") or []:
        _require(source.split(" ", 1)[0] in sources, path.name, f"onbekende bron {source!r}")
    max_shown = data.get("max_shown", 6)
    _require(isinstance(max_shown, int) and max_shown >= 1, path.name, "barriers.max_shown moet 1 of meer zijn")
    overlaps = {code: frozenset(others) for code, others in (data.get("overlaps") or {}).items()}
    for code, others in overlaps.items():
        unknown = sorted(({code} | others) - barrier_codes)
        _require(not unknown, path.name, f"onbekende drempel(s) in barriers.overlaps: {unknown}")
    strongest = {code: dict(answers) for code, answers in (data.get("strongest") or {}).items()}
    for code, answers in strongest.items():
        _require(code in barrier_codes, path.name, f"onbekende drempel in barriers.strongest: {code!r}")
        for name, value in answers.items():
            _require(name in PROFILE_FIELDS, path.name, f"onbekend veld in barriers.strongest.{code}: {name!r}")
            _require(value == "any" or value in range(1, 6), path.name, f"barriers.strongest.{code}: 1-5 of 'any'")
    return max_shown, overlaps, strongest


def _step_list(path: Path, name: str, step_codes: set[str]) -> frozenset[str]:
    codes = frozenset((_read(path) or {}).get(name) or ())
    _require(codes <= step_codes, path.name, f"onbekende stap(pen) in {name}: {sorted(codes - step_codes)}")
    return codes


def _load_limits(path: Path, sources: dict[str, Source]) -> tuple[dict[str, int], int, int]:
    data = _read(path) or {}
    for source in data.get("sources") or []:
        _require(source.split(" ", 1)[0] in sources, path.name, f"onbekende bron {source!r}")
    limits = data.get("max_steps_per_category") or {}
    for category, limit in limits.items():
        _require(category in CATEGORIES, path.name, f"onbekende categorie {category!r}")
        _require(isinstance(limit, int) and limit >= 1, path.name, f"{category}: limiet moet 1 of meer zijn")
    max_now = data.get("max_steps_now", 5)
    _require(isinstance(max_now, int) and max_now >= 1, path.name, "max_steps_now moet 1 of meer zijn")
    max_steps = data.get("max_steps", 10)
    _require(
        isinstance(max_steps, int) and max_steps >= max_now, path.name, "max_steps moet minstens max_steps_now zijn"
    )
    return limits, max_now, max_steps


def _load_short(
    path: Path, loader: "_Loader", max_now: int, max_steps: int
) -> tuple[tuple[Condition, int, int] | None, int]:
    """The stricter length ``short`` (while ``when`` holds) and ``max_strengths``."""
    data = _read(path) or {}
    max_strengths = data.get("max_strengths", 5)
    _require(isinstance(max_strengths, int) and max_strengths >= 1, path.name, "max_strengths moet 1 of meer zijn")
    entry = data.get("short")
    if entry is None:
        return None, max_strengths
    origin = f"{path.name} (short)"
    _require(isinstance(entry, dict) and "when" in entry, origin, "when nodig")
    for source in entry.get("sources") or []:
        _require(source.split(" ", 1)[0] in loader.sources, origin, f"onbekende bron {source!r}")
    now, steps = entry.get("max_steps_now", max_now), entry.get("max_steps", max_steps)
    valid = isinstance(now, int) and isinstance(steps, int) and 1 <= now <= steps
    _require(valid, origin, "max_steps_now en max_steps: 1 of meer, max_steps minstens max_steps_now")
    return (loader._condition(entry["when"], origin), now, steps), max_strengths


def _load_now_only(
    path: Path, loader: "_Loader", step_codes: set[str]
) -> tuple[tuple[Condition, frozenset[str], int | None, frozenset[str]], ...]:
    """The limits ``now_only``: while ``when`` holds, only steps of ``categories`` and the steps named in ``also``
    (optional: a blocker that must come first all the same) may be "nu", and at most ``max_waiting`` steps
    (optional) wait."""
    limits = []
    for index, entry in enumerate((_read(path) or {}).get("now_only") or []):
        origin = f"{path.name} (now_only {index + 1})"
        complete = isinstance(entry, dict) and "when" in entry and "categories" in entry
        _require(complete, origin, "when en categories nodig")
        for category in entry["categories"]:
            _require(category in CATEGORIES, origin, f"onbekende categorie {category!r}")
        for source in entry.get("sources") or []:
            _require(source.split(" ", 1)[0] in loader.sources, origin, f"onbekende bron {source!r}")
        waiting = entry.get("max_waiting")
        _require(
            waiting is None or (isinstance(waiting, int) and waiting >= 0), origin, "max_waiting moet 0 of meer zijn"
        )
        also = frozenset(entry.get("also") or ())
        _require(also <= step_codes, origin, f"onbekende stap(pen) in also: {sorted(also - step_codes)}")
        limits.append((loader._condition(entry["when"], origin), frozenset(entry["categories"]), waiting, also))
    return tuple(limits)


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
        self.compiler = ConditionCompiler(PROFILE_FIELDS)

    def stage(self, filename: str, key: str, prefix: str | None) -> tuple[Rule, ...]:
        """Load one file; its codes become facts ``<prefix><code>`` for later stages, unless prefix is None."""
        entries = _read(self.rules_dir / filename) or []
        for entry in entries:
            code = entry.get(key) if isinstance(entry, dict) else None
            _require(isinstance(code, str) and bool(_CODE.match(code)), f"{filename}", f"ongeldige code {code!r}")
            if prefix is not None:
                self.known.add(f"{prefix}{code}")
        rules = tuple(self._rule(filename, key, entry) for entry in entries)
        for rule in rules if prefix is not None else ():
            self.compiler.define(f"{prefix}{rule.code}", rule.when)
        codes = [rule.code for rule in rules]
        duplicates = {code for code in codes if codes.count(code) > 1}
        _require(not duplicates, filename, f"dubbele code(s) {sorted(duplicates)}")
        return rules

    def _rule(self, filename: str, key: str, entry: dict) -> Rule:
        code = entry[key]
        origin = f"{filename}: {code}"
        expression = self._condition(entry.get("when", {"all": []}), origin)
        sources = self._sources(origin, entry)
        if key == "fact":
            return Rule(code, expression, {}, origin)
        if key == "group":
            _require(code in GROUPS, origin, f"onbekende doelgroep {code!r}")
            return Rule(code, expression, {"sources": sources}, origin)
        if key == "route":
            _require(code in ROUTES, origin, f"onbekende route {code!r}")
            return Rule(code, expression, {"why": _text(entry, "why", origin), "sources": sources}, origin)
        asserts = self._condition(entry["asserts"], f"{origin} (asserts)") if "asserts" in entry else None
        if filename == "barriers.yaml":
            return Rule(code, expression, self._barrier(code, entry, origin, sources), origin, asserts=asserts)
        if filename == "strengths.yaml":
            output = {"code": code, "why": _text(entry, "why", origin)}
            return Rule(code, expression, output, origin, asserts=asserts)
        return self._step(code, expression, entry, origin, sources, filename, asserts)

    def _condition(self, spec: object, origin: str) -> Condition:
        try:
            return self.compiler.compile(spec, self.known)
        except (ConditionError, KeyError, TypeError, ValueError) as exc:
            raise RuleError(f"{origin}: {exc}") from None

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

    def _step(self, code, expression, entry, origin, sources, filename, asserts) -> Rule:
        category = Path(filename).stem
        order = int(entry.get("order", CATEGORY_ORDER[category]))
        output = {
            "category": category,
            "code": code,
            "title": _text(entry, "title", origin),
            "why": _text(entry, "why", origin),
            "sources": sources,
        }
        if "service" in entry:
            _require(entry["service"] in SERVICES, origin, f"onbekende dienst {entry['service']!r}")
            output["service"] = entry["service"]
        horizon = entry.get("horizon", "nu")
        _require(horizon in HORIZONS, origin, f"onbekende horizon {horizon!r}")
        daarna_when, later_when = (
            self._condition(entry[name], f"{origin} ({name})") if name in entry else None
            for name in ("daarna_when", "later_when")
        )
        return Rule(
            code,
            expression,
            output,
            origin,
            order=order,
            choose=entry.get("choose"),
            fallback=bool(entry.get("fallback", False)),
            horizon=horizon,
            daarna_when=daarna_when,
            later_when=later_when,
            asserts=asserts,
        )

    def _sources(self, origin: str, entry: dict) -> tuple[str, ...]:
        sources = entry.get("sources") or []
        for source in sources:
            key = str(source).split(" ", 1)[0]
            _require(key in self.sources, origin, f"onbekende bron {key!r}: voeg die eerst toe aan sources.yaml")
        if "why" in entry or "title" in entry:
            _require(bool(sources), origin, "een regel met een uitleg moet een bron noemen")
        return tuple(str(source) for source in sources)


def _text(entry: dict, name: str, origin: str) -> str:
    text = " ".join(str(entry.get(name, "")).split())
    _require(bool(text), origin, f"{name!r} ontbreekt")
    return text


def _require(ok: bool, origin: str, message: str) -> None:
    if not ok:
        raise RuleError(f"{origin}: {message}")
