"""The advice engine: Profiel → Advies, a pure function over the rule book. No Django, no I/O, no state.

The stages run in a fixed order and each adds facts that later stages may use:
facts → target groups (``group:…``, ``primary:…``) → barriers (``barrier:…``) → strengths (``strength:…``)
→ route (``route:…``) → steps. Steps are ordered by their category's place in the default order (or the rule's
own ``order`` where the research says otherwise for this person), and a ``choose`` group keeps only its first
matching step, so that a person gets one coach, not three.
"""

from .profile import Profile
from .rulebook import RuleBook, load_rulebook


def flatten(profile: Profile) -> dict[str, object]:
    """The Profiel as one flat mapping, scales as ``scales.<name>``: what conditions and templates read."""
    values = dict(profile.__dict__)
    scales = values.pop("scales")
    for name, value in scales.__dict__.items():
        values[f"scales.{name}"] = value
    return values


def advise(profile: Profile, rulebook: RuleBook | None = None) -> dict:
    """Return the Advies (advice-v1) for a valid Profiel."""
    book = rulebook or load_rulebook()
    values = flatten(profile)
    facts: set[str] = set()
    for rule in book.facts:
        if rule.condition(values, facts):
            facts.add(rule.code)

    groups = [rule.code for rule in book.groups if rule.condition(values, facts)]
    if not groups:
        groups = ["overig"]
    target_groups = list(dict.fromkeys(groups))
    facts.update(f"group:{group}" for group in target_groups)
    facts.add(f"primary:{target_groups[0]}")

    barriers = _matching(book.barriers, values, facts, "barrier:")
    strengths = _matching(book.strengths, values, facts, "strength:")
    route = next((rule.code for rule in book.routes if rule.condition(values, facts)), None)
    if route:
        facts.add(f"route:{route}")

    return {
        "schema_version": "1",
        "target_groups": target_groups,
        "primary_group": target_groups[0],
        "barriers": [_output(rule, values) for rule in barriers],
        "strengths": [_output(rule, values) for rule in strengths],
        "route": route,
        "steps": _steps(book, values, facts),
    }


def _matching(rules, values, facts, prefix):
    matched = []
    for rule in rules:
        if rule.condition(values, facts):
            matched.append(rule)
            facts.add(prefix + rule.code)
    return matched


def _steps(book: RuleBook, values, facts) -> list[dict]:
    chosen = []
    taken_choices = set()
    for rule in book.steps:
        if rule.fallback or (rule.choose and rule.choose in taken_choices):
            continue
        if rule.condition(values, facts):
            chosen.append(rule)
            if rule.choose:
                taken_choices.add(rule.choose)
    if not chosen:
        chosen = [rule for rule in book.steps if rule.fallback and rule.condition(values, facts)][:1]
    chosen.sort(key=lambda rule: rule.order)  # stable: file order breaks ties
    steps = []
    for rank, rule in enumerate(chosen, start=1):
        step = _output(rule, values)
        step["rank"] = rank
        steps.append(step)
    return steps


def _output(rule, values) -> dict:
    output = dict(rule.output)
    if "sources" in output:
        output["sources"] = list(output["sources"])
    if rule.why_is_template:
        output["why"] = output["why"].format_map(values)
    return output
