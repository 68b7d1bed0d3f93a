"""The advice never says more about a person than their answers show.

Every barrier, strength and step names the answers it rests on (``because``), and those must be answers the person
really gave. A rule whose text says something about the person declares it (``asserts`` in the rule file), and that
must hold whenever the rule fires. Generated profiles reach every target group (recorded with ``event``).
"""

import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, event, example, given, settings

from wegwijzer.advice.engine import advise, load_rulebook, validate_profile

from .strategies import GROUP_SEEDS, research_profiles

BOOK = load_rulebook()
EMPLOYEES = ("vast", "tijdelijk", "uitzend", "oproep")
HYPOTHESIS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Words in a text that say something about the person; each needs an answer that shows it.
CLAIMS = {
    r"\bje kinderen\b": lambda doc: (
        (doc.get("children_under_12") or 0) >= 1
        or doc.get("single_parent") is True
        or "kinderopvang" in doc.get("problems", [])
    ),
    r"werk voelt zeker|je (werk|baan) is zeker": lambda doc: False,  # the scan never asks whether work feels safe
    r"\bjonge mensen\b": lambda doc: doc.get("age") is not None and doc["age"] <= 27,
    r"\bpensioen\b": lambda doc: doc.get("age") is not None and doc["age"] >= 60,
    r"\bjong\b": lambda doc: doc.get("age") is not None and doc["age"] <= 27,
    # texts fit the answers: "je bijstand" only to someone on bijstand, no "heb je een uitkering?" once it was said
    # (review 2026-11, round 4), and no job or salary for a zzp'er or someone without work
    r"\bbijstand\b": lambda doc: doc.get("benefit") == "bijstand",
    r"heb je een uitkering\b": lambda doc: doc.get("benefit") is None,
    r"nog een baan hebt|vanuit een baan|\bsalaris\b": lambda doc: doc.get("work_status") in EMPLOYEES,
    r"\bje werkgever\b(?! of opdrachtgever)": lambda doc: doc.get("work_status") in EMPLOYEES,
    # review 2026-11, round 7: a problem named that nobody reported (s19), "je wilt graag leren" at motivation 3
    # (s12), a skill at a hobby and "werk gaat altijd voor" the scan never asks (s01, s14), three diploma levels at once
    r"juridische zaak": lambda doc: "juridisch" in doc.get("problems", []),
    r"\bje woning\b": lambda doc: "huisvesting" in doc.get("problems", []),
    r"\bje wilt graag\b": lambda doc: (doc.get("scales") or {}).get("motivation", 0) >= 4,
    r"hobby waar je goed in bent|werk altijd voor": lambda doc: False,
    r"\b(mbo|havo|vwo)\b.* of (het|de) (mbo|havo|vwo)\b": lambda doc: False,
    r"\b55\b": lambda doc: doc.get("age") is not None and doc["age"] >= 55,
}


# An on-call dishwasher against her will with debts, health trouble and seven answers of 1 (round 7, s04)
ANXIOUS_DISHWASHER = {
    "age": 44, "education": "vmbo", "work_status": "oproep", "flex_choice": "tegen_wil", "hours_per_week": 12,
    "problems": ["schulden", "gezondheid"], "digital_skills": 2,
    "scales": {"knows_options": 1, "knows_labour_market": 2, "motivation": 2, "learning_attitude": 1,
               "self_efficacy": 1, "social_norm": 2, "employer_support": 1, "time": 3, "money": 1,
               "career_control": 1, "work_pressure": 3, "autonomy": 1},
}  # fmt: skip


@pytest.fixture(scope="module")
def profiles(profile_schema):
    return research_profiles(profile_schema)


def _answer(doc: dict, field: str):
    value = doc
    for part in field.split("."):
        if not isinstance(value, dict) or part not in value:
            return KeyError
        value = value[part]
    return value


def _items(advice: dict):
    for part in ("barriers", "strengths", "steps"):
        yield from advice[part]


def test_every_item_rests_on_answers_the_person_gave(profiles):
    @HYPOTHESIS
    @given(profiles)
    def check(doc):
        advice = advise(validate_profile(doc))
        for group in advice["target_groups"]:
            event(f"group {group}")
        for item in _items(advice):
            rule = BOOK.rule(item["code"])
            assert item["because"] or rule.fallback, item  # only "we know too little yet" rests on no answer
            for answer in item["because"]:
                given_answer = _answer(doc, answer["field"])
                assert given_answer == answer["value"] or (
                    isinstance(given_answer, list) and answer["value"] in given_answer
                ), (item["code"], answer, given_answer)

    check()


def test_no_text_claims_more_than_its_rule_guarantees(profiles):
    @HYPOTHESIS
    @given(profiles)
    def check(doc):
        profile = validate_profile(doc)
        env = BOOK.environment(profile)
        advice = advise(profile)
        for item in _items(advice):
            rule = BOOK.rule(item["code"])
            if rule.asserts is not None:
                assert rule.asserts.holds(env), (item["code"], item["why"], doc)
            for key in ("title", "why"):
                for pattern, shown_by in CLAIMS.items():
                    if re.search(pattern, item.get(key, ""), re.I):
                        assert shown_by(doc), (item["code"], item[key], doc)

    check()


def test_a_text_that_says_you_said_rests_on_an_answer_it_asserts():
    """'Je zei ...' quotes the person, so the rule must declare what it quotes."""
    for rule in [*BOOK.barriers, *BOOK.strengths, *BOOK.steps]:
        if rule.output.get("why", "").startswith("Je zei"):
            assert rule.asserts is not None, rule.origin


def test_generated_profiles_reach_every_target_group(profile_schema):
    seen = Counter()
    drawn = []

    # derandomize: the same 600 profiles every run, so the share cannot dip under 5% by chance (it is 6.3% or more)
    @settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
    @given(research_profiles(profile_schema))
    def draw(doc):
        groups = advise(validate_profile(doc))["target_groups"]
        drawn.append(1)
        seen.update(groups)

    draw()
    for group in GROUP_SEEDS:
        assert seen[group] / len(drawn) >= 0.05, (group, seen[group], len(drawn))


def test_when_learning_may_wait_nothing_for_now_says_to_start_learning(profiles):
    """Panteia §8.1 L1532, §8.3 L1645: 'leren mag even wachten' is not followed by a lesson or course for now (review
    2026-11, round 4: 'begin met een les van een uur' beside it, both 'nu')."""

    @HYPOTHESIS
    @given(profiles)
    def check(doc):
        now = [step for step in advise(validate_profile(doc))["steps"] if step["horizon"] == "nu"]
        if "leren_mag_even_wachten" in {step["code"] for step in now}:
            for step in now:
                assert step["code"] != "kleine_eerste_stap" and step["category"] not in {"leren", "financiering"}, step

    check()


def test_little_self_direction_gets_a_person_not_a_self_service_task(profiles):
    """NSvP L48: people with little self-direction need a person; review round 4: 'schrijf op wat je wilt' to someone
    whose career control was 1."""

    @HYPOTHESIS
    @given(profiles)
    def check(doc):
        if (doc.get("scales") or {}).get("career_control") in (1, 2):
            codes = {step["code"] for step in advise(validate_profile(doc))["steps"]}
            assert "zet_je_vraag_op_papier" not in codes

    check()


def test_without_support_from_the_employer_the_first_step_does_not_go_through_the_employer(profiles):
    """Panteia L253, §4.4 L855, §4.6 L931: workers avoid HR; independent advice first (review round 4, p16). Only
    work pressure, a blocker that comes first (Beausaert & Kyndt L261-297), may still lead."""

    @HYPOTHESIS
    @given(profiles)
    def check(doc):
        if doc.get("work_status") in ("vast", "tijdelijk") and (doc.get("scales") or {}).get("employer_support") in (
            1,
            2,
        ):
            steps = advise(validate_profile(doc))["steps"]
            assert steps[0].get("service") != "werkgever" or steps[0]["code"] == "werkdruk_eerst_bespreken", steps[0]

    check()


def test_an_answer_of_one_is_never_dropped_for_a_milder_barrier(profiles):
    """Review 2026-11, round 7: self-efficacy 1, learning attitude 1, autonomy 1 fell under the cap of six barriers
    while answers of 2 and a group tendency stayed (Panteia §5.2 L1141-1143, §8.1 L1518-1556). A barrier resting on
    the strongest answer of its question (or on a problem the person ticked) that holds is shown, unless the cap is
    full of such barriers."""

    @HYPOTHESIS
    @given(profiles)
    def check(doc):
        profile = validate_profile(doc)
        env = BOOK.environment(profile)
        shown = advise(profile)["barriers"]
        shown_codes = {item["code"] for item in shown}
        for rule in BOOK.barriers:
            if not env[f"barrier:{rule.code}"] or rule.code in shown_codes:
                continue
            answers = BOOK.strongest.get(rule.code, {})
            if any(answers.get(name) in (value, "any") for name, value in rule.when.because(env)):
                assert len(shown) == BOOK.max_barriers and all(BOOK.is_strongest(item) for item in shown), (
                    rule.code,
                    shown_codes,
                )

    check()


def test_self_efficacy_one_always_shows_when_fewer_than_six_answers_are_that_strong(profiles):
    """The general rule above, said for the one answer the research puts at the core (Panteia §5.2 L1141-1143: a coach
    'vanwege het gebrek aan zelfvertrouwen')."""

    @HYPOTHESIS
    @given(profiles)
    @example(ANXIOUS_DISHWASHER)  # the review's case: employer support 1 took the place of self-efficacy 1
    def check(doc):
        if (doc.get("scales") or {}).get("self_efficacy") != 1:
            return
        barriers = advise(validate_profile(doc))["barriers"]
        if "weinig_zelfvertrouwen" not in {item["code"] for item in barriers}:  # only when six as strong fill the list
            assert len(barriers) == 6 and all(map(_rests_on_a_strongest_answer, barriers)), barriers

    check()


def _rests_on_a_strongest_answer(item: dict) -> bool:
    """An answer at the end of its scale (1; work pressure 5), a digital skill of 1, or a problem ticked."""
    return any(
        answer["field"] == "problems"
        or (answer["field"], answer["value"]) == ("scales.work_pressure", 5)
        or ((answer["field"].startswith("scales.") or answer["field"] == "digital_skills") and answer["value"] == 1)
        for answer in item["because"]
    )
