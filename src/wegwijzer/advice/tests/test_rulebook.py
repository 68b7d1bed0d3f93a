"""Loading the rules: every rule is checked, and a broken rule is refused with a message naming it."""

import re
import shutil
import subprocess
import sys

import pytest
import yaml

from wegwijzer.advice.engine import RuleError, load_rulebook
from wegwijzer.advice.engine.rulebook import CATEGORIES, GROUPS, RULES_DIR

BOOK = load_rulebook()
ALL_RULES = [*BOOK.facts, *BOOK.groups, *BOOK.barriers, *BOOK.strengths, *BOOK.routes, *BOOK.steps]


@pytest.fixture
def rules_copy(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(RULES_DIR, target)
    return target


def _edit(path, change):
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True))


def _load(rules_dir):
    load_rulebook.cache_clear()
    try:
        return load_rulebook(rules_dir)
    finally:
        load_rulebook.cache_clear()


def test_an_unknown_source_key_is_refused(rules_copy):
    _edit(rules_copy / "barriers.yaml", lambda rules: rules[0].update(sources=["wikipedia-2024 p. 3"]))
    with pytest.raises(RuleError, match=r"barriers.yaml: geldzorgen: onbekende bron 'wikipedia-2024'"):
        _load(rules_copy)


def test_a_rule_with_a_why_but_no_source_is_refused(rules_copy):
    _edit(rules_copy / "steps" / "leren.yaml", lambda rules: rules[0].update(sources=[]))
    with pytest.raises(RuleError, match="moet een bron noemen"):
        _load(rules_copy)


@pytest.mark.parametrize(
    ("when", "message"),
    [
        ({"field": "scales.geluk", "gte": 4}, "onbekend veld 'scales.geluk'"),
        ("bestaat_niet", "onbekend feit 'bestaat_niet'"),
        ({"field": "age", "ongeveer": 40}, "onbekende vergelijking 'ongeveer'"),
        ({"field": "age", "gte": 40, "lte": 50}, "precies één vergelijking"),
        ({"whenever": True}, "onbekende voorwaarde"),
        ("strength:motivatie", "onbekend feit 'strength:motivatie'"),  # strengths come after barriers
    ],
)
def test_a_condition_outside_the_language_is_refused(rules_copy, when, message):
    _edit(rules_copy / "barriers.yaml", lambda rules: rules[0].update(when=when))
    with pytest.raises(RuleError, match=re.escape(message)):
        _load(rules_copy)


@pytest.mark.parametrize(("key", "value"), [("dimension", "voelen"), ("type", "structureel"), ("eigen_regie", "rust")])
def test_a_barrier_outside_the_contract_vocabulary_is_refused(rules_copy, key, value):
    _edit(rules_copy / "barriers.yaml", lambda rules: rules[0].update({key: value}))
    with pytest.raises(RuleError, match="onbekend"):
        _load(rules_copy)


@pytest.mark.parametrize(
    ("limits", "message"),
    [({"leren": 0}, "1 of meer"), ({"koken": 2}, "onbekende categorie 'koken'")],
)
def test_a_wrong_step_limit_is_refused(rules_copy, limits, message):
    _edit(rules_copy / "limits.yaml", lambda data: data.update(max_steps_per_category=limits))
    with pytest.raises(RuleError, match=message):
        _load(rules_copy)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"drop_first": ["koken"]}, "onbekende stap(pen) in drop_first: ['koken']"),
        ({"keep": ["koken"]}, "onbekende stap(pen) in keep: ['koken']"),
        ({"barriers": {"max_shown": 0}}, "barriers.max_shown moet 1 of meer zijn"),
        ({"barriers": {"overlaps": {"geen_geld": ["schulden"]}}}, "onbekende drempel(s) in barriers.overlaps"),
        ({"barriers": {"sources": ["wikipedia-2024"]}}, "onbekende bron 'wikipedia-2024'"),
    ],
)
def test_a_wrong_trimming_or_barrier_limit_is_refused(rules_copy, change, message):
    _edit(rules_copy / "limits.yaml", lambda data: data.update(change))
    with pytest.raises(RuleError, match=re.escape(message)):
        _load(rules_copy)


def test_a_wrong_number_of_waiting_steps_is_refused(rules_copy):
    _edit(rules_copy / "limits.yaml", lambda data: data["now_only"][0].update(max_waiting=-1))
    with pytest.raises(RuleError, match="max_waiting moet 0 of meer zijn"):
        _load(rules_copy)


def test_an_unknown_step_allowed_for_now_is_refused(rules_copy):
    _edit(
        rules_copy / "limits.yaml", lambda data: data["now_only"][0].update(also=["werkdruk_eerst_bespreken", "dansen"])
    )
    with pytest.raises(RuleError, match=r"onbekende stap\(pen\) in also: \['dansen'\]"):
        _load(rules_copy)


def test_duplicate_codes_are_refused(rules_copy):
    _edit(rules_copy / "strengths.yaml", lambda rules: rules.append(dict(rules[0])))
    with pytest.raises(RuleError, match="dubbele code"):
        _load(rules_copy)


def test_a_broken_yaml_file_is_refused_with_its_name(rules_copy):
    (rules_copy / "routes.yaml").write_text("- route: [unclosed\n")
    with pytest.raises(RuleError, match=r"routes\.yaml: kan de regels niet lezen"):
        _load(rules_copy)


def test_the_rule_files_cover_every_group_and_category():
    assert {rule.code for rule in BOOK.groups} == set(GROUPS)
    assert {rule.output["category"] for rule in BOOK.steps} == set(CATEGORIES)


def test_every_cited_line_exists_in_the_cited_report(research_dir):
    """A source like 'panteia-2019 §8.3 L1645-1653' must point at real lines of that report."""
    for rule in ALL_RULES:
        for source in rule.output.get("sources", ()):
            key = source.split(" ", 1)[0]
            lines = (research_dir / BOOK.sources[key].file).read_text(encoding="utf-8").count("\n") + 1
            for start, end in re.findall(r"L(\d+)(?:-(\d+))?", source):
                assert 1 <= int(start) <= int(end or start) <= lines, f"{rule.origin}: {source} (report has {lines})"
            assert re.search(r"L\d+", source), f"{rule.origin}: {source} has no line reference"


def test_the_engine_imports_no_django():
    code = (
        "import sys; import wegwijzer.advice.engine as e; e.load_rulebook(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"service": "kapper"}, "onbekende dienst 'kapper'"),
        ({"horizon": "ooit"}, "onbekende horizon 'ooit'"),
        ({"later_when": "bestaat_niet"}, "onbekend feit 'bestaat_niet'"),
        ({"asserts": {"field": "scales.geluk", "gte": 4}}, "onbekend veld 'scales.geluk'"),
    ],
)
def test_a_step_outside_the_contract_vocabulary_is_refused(rules_copy, change, message):
    _edit(rules_copy / "steps" / "leren.yaml", lambda rules: rules[0].update(change))
    with pytest.raises(RuleError, match=re.escape(message)):
        _load(rules_copy)


def test_rule_finds_a_step_by_code():
    rule = BOOK.rule("hulp_bij_geldzorgen")
    assert rule.output["category"] == "stabiliteit"
    assert BOOK.rule("bestaat_niet") is None


PLACES = re.compile(
    r"Leerwerkloket|Werkcentrum|wijkteam|huisarts|bedrijfsarts|UWV|Taalhuis|bibliotheek|gemeente|uitzendbureau"
    r"|je werkgever\b|je leidinggevende|O&O-fonds|coach\b|vrijwilligerswerk biedt"
)


def test_every_step_that_sends_the_person_somewhere_names_the_service():
    """Contract v1: a page names the nearest real place from the step's service."""
    for rule in BOOK.steps:
        text = f"{rule.output['title']} {rule.output['why']}"
        if PLACES.search(text):
            assert "service" in rule.output, f"{rule.origin}: {PLACES.search(text).group()}"
