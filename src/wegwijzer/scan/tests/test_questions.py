"""The question catalogue: every answer becomes a valid Profiel, and questions follow the person's situation."""

import importlib
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wegwijzer.advice.engine import Profile, advise, validate_profile
from wegwijzer.advice.engine.profile import Scales
from wegwijzer.scan.effort import paths
from wegwijzer.scan.questions import (
    BRANCH_KEYS,
    BY_KEY,
    LAST_READ_BY,
    PAGE_OF,
    PAGES,
    QUESTIONS,
    applicable,
    applicable_pages,
    first_open_question,
    later_pages,
    learning_waits_for,
    next_page,
    previous_page,
    profile_data,
    progress,
)

MOST_SCREENS = 22  # issue 12: questions pages plus the advice page, on any path


def _answer_strategy(question):
    if question.kind == "number":
        value = st.integers(question.minimum, question.maximum)
    elif question.kind == "text":
        value = st.sampled_from(["Utrecht", "3511", "’s-Hertogenbosch"])
    elif question.kind == "choice":
        value = st.sampled_from([option.value for option in question.options])
    else:
        values = [option.value for option in question.options if option.value != question.none_option]
        value = st.lists(st.sampled_from(values), unique=True)
    return st.one_of(st.none(), value) if question.skip_label else value


ANY_ANSWERS = st.fixed_dictionaries({}, optional={q.key: _answer_strategy(q) for q in QUESTIONS})


@settings(max_examples=300, deadline=None)
@given(ANY_ANSWERS)
def test_any_answers_give_a_valid_profile(answers):
    profile = validate_profile(profile_data(answers))
    assert isinstance(profile, Profile)


def test_keys_and_option_values_are_unique():
    assert len(BY_KEY) == len(QUESTIONS)
    for question in QUESTIONS:
        values = [option.value for option in question.options]
        assert len(values) == len(set(values)), question.key


def test_the_scan_measures_every_profile_field_but_two_on_purpose():
    """occupation (free text, not needed for the advice) and years_current_job (years_experience covers the
    research's 10-20 years) are left out to keep the scan near twenty questions."""
    measured = {q.field for q in QUESTIONS if q.field} | {"children_under_12", "single_parent"}
    expected = {name for name in Profile.model_fields if name not in ("schema_version", "scales")}
    expected |= {f"scales.{name}" for name in Scales.model_fields}
    assert expected - measured == {"occupation", "years_current_job"}


def test_answers_map_to_contract_values():
    answers = {
        "werk": "uitzend",
        "keuze-flex": "tegen_wil",
        "kinderen": "2",
        "alleen-ouder": "ja",
        "uren": 20,
        "digitaal": "4",
        "zin-in-leren": "5",
        "zorgen": ["schulden"],
        "ervaring": ["geen"],
        "baan-verandert": None,
    }
    data = profile_data(answers)
    assert data["work_status"] == "uitzend"
    assert data["flex_choice"] == "tegen_wil"
    assert data["children_under_12"] == 2
    assert data["single_parent"] is True
    assert data["hours_per_week"] == 20
    assert data["digital_skills"] == 4
    assert data["scales"] == {"motivation": 5}
    assert data["problems"] == ["schulden"]
    assert data["informal_experience"] == []
    assert "job_at_risk" not in data  # skipped: unknown, not false


def test_no_children_means_not_a_single_parent():
    data = profile_data({"kinderen": "geen"})
    assert data["children_under_12"] == 0
    assert data["single_parent"] is False
    assert BY_KEY["alleen-ouder"] not in applicable({"kinderen": "geen"})


def test_answers_to_questions_that_no_longer_apply_are_ignored():
    """Someone who first said 'uitzend' and then went back to 'vast' is not a flex worker any more."""
    data = profile_data({"werk": "vast", "keuze-flex": "tegen_wil", "uitkering": "bijstand"})
    assert "flex_choice" not in data
    assert "benefit" not in data


def test_work_questions_only_for_people_with_work():
    working = {q.key for q in applicable({"werk": "vast"})}
    looking = {q.key for q in applicable({"werk": "werkzoekend"})}
    assert {"baan-verandert", "steun-werk", "werkdruk", "vrijheid"} <= working
    assert not {"baan-verandert", "steun-werk", "werkdruk", "vrijheid", "keuze-flex"} & looking
    assert "uitkering" in looking and "uitkering" not in working


def test_hours_asked_where_the_32_hour_norm_matters():
    assert BY_KEY["uren"] not in applicable({"werk": "vast", "kinderen": "geen"})
    assert BY_KEY["uren"] in applicable({"werk": "vast", "kinderen": "1", "alleen-ouder": "ja"})
    assert BY_KEY["uren"] in applicable({"werk": "oproep", "keuze-flex": "tegen_wil"})


SENSITIVE = [question for question in QUESTIONS if question.sensitive]
ANY_SENSITIVE_ANSWERS = st.fixed_dictionaries({}, optional={q.key: _answer_strategy(q) for q in SENSITIVE})


@settings(max_examples=500, deadline=None)
@given(ANY_ANSWERS, ANY_SENSITIVE_ANSWERS)
def test_no_ordinary_question_depends_on_a_sensitive_answer(answers, sensitive):
    """Which ordinary questions were asked is stored and shown without the sensitive consent (the plain answers,
    a coach's view), so it must not give a sensitive answer away: for every question that is not sensitive,
    whether it is asked is the same whatever the sensitive answers are, or without them."""
    without = {key: value for key, value in answers.items() if not BY_KEY[key].sensitive}
    for question in QUESTIONS:
        if not question.sensitive:
            assert question.applies(without | sensitive) == question.applies(without), question.key


@pytest.mark.django_db
def test_the_migration_hides_that_the_money_statement_was_left_out():
    from django.apps import apps

    from wegwijzer.scan.models import Scan

    migration = importlib.import_module("wegwijzer.scan.migrations.0003_money_question_asked_of_everyone")
    passed = Scan.objects.create(code="a", answers={"zorgen": None, "tijd": "3", "cursus": "ja"})
    answered = Scan.objects.create(code="b", answers={"zorgen": None, "geld": "4", "cursus": "ja"})
    not_there_yet = Scan.objects.create(code="c", answers={"zorgen": None, "tijd": "3"})
    migration.mark_money_statement_skipped(apps, None)
    for scan in (passed, answered, not_there_yet):
        scan.refresh_from_db()
    assert passed.answers["geld"] is None  # looks like a skip, which anyone may do
    assert answered.answers["geld"] == "4"
    assert "geld" not in not_there_yet.answers  # the scan will still ask it


def test_the_money_statement_is_asked_whatever_the_money_worries():
    assert BY_KEY["geld"] in applicable({"zorgen": ["geldzorgen"]})
    assert BY_KEY["geld"] in applicable({"zorgen": ["vervoer"]})


def test_every_path_has_at_most_22_screens_with_the_advice():
    """Every different row of screens (all combinations of the answers that decide the path), plus the advice."""
    rows = paths()
    assert len(rows) > 10
    screens = {len(applicable_pages(branch)) + 1 for branch in rows}
    assert max(screens) <= MOST_SCREENS, screens


@settings(max_examples=300, deadline=None)
@given(ANY_ANSWERS)
def test_no_answers_whatever_they_are_make_more_than_22_screens(answers):
    """Also with answers left from an earlier path (someone who changed their work from flex to fixed)."""
    assert len(applicable_pages(answers)) + 1 <= MOST_SCREENS


def test_the_pages_hold_every_question_once_in_order():
    assert [question for page in PAGES for question in page.questions] == list(QUESTIONS)
    assert all(page.title for page in PAGES if len(page.questions) > 1)


class _Reading(dict):
    """Answers that note which keys a question's ``applies`` reads."""

    def __init__(self, *args):
        super().__init__(*args)
        self.read = set()

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)


@settings(max_examples=300, deadline=None)
@given(ANY_ANSWERS)
def test_a_page_depends_only_on_path_answers_of_earlier_pages(answers):
    """So a page can show all its questions at once, the progress can count ahead, and an answer stops counting
    after the last question it decides (LAST_READ_BY)."""
    for question in QUESTIONS:
        reading = _Reading(answers)
        question.applies(reading)
        assert reading.read <= set(BRANCH_KEYS), question.key
        for key in reading.read:
            assert PAGES.index(PAGE_OF[key]) < PAGES.index(PAGE_OF[question.key]), (key, question.key)
            assert PAGES.index(PAGE_OF[question.key]) <= PAGES.index(PAGE_OF[LAST_READ_BY[key]]), (key, question.key)


def _walk_strategy():
    """A person walking the scan page by page: for each page, an answer to each question it shows."""

    @st.composite
    def walk(draw):
        answers, shown_pages = {}, []
        page = applicable_pages({})[0]
        while page is not None:
            shown_pages.append((page, dict(answers)))
            for question in page.shown(answers):
                answers[question.key] = draw(_answer_strategy(question))
            page = next_page(answers, page)
        return shown_pages

    return walk()


@settings(max_examples=300, deadline=None)
@given(_walk_strategy())
def test_the_progress_never_goes_back_and_its_total_never_grows(walk):
    """'Stap 3 van ongeveer 18': along any path the step goes up by one and the total never grows; on the last
    page both are the same (the total was a promise, not a guess that keeps moving)."""
    shown = [progress(answers, page) for page, answers in walk]
    numbers = [number for number, _ in shown]
    totals = [total for _, total in shown]
    assert numbers == list(range(1, len(walk) + 1))
    assert all(later <= earlier for earlier, later in itertools.pairwise(totals)), totals
    assert totals[-1] == numbers[-1]
    assert totals[0] + 1 <= MOST_SCREENS


def test_the_progress_total_drops_when_a_branch_is_closed():
    assert progress({}, PAGES[0]) == (1, 16)
    _, total_flex = progress({"werk": "oproep"}, PAGE_OF["keuze-flex"])
    _, total_fixed = progress({"werk": "vast"}, PAGE_OF["kinderen"])
    assert total_fixed < total_flex <= 16


def test_navigation_follows_the_applicable_pages():
    answers = {"werk": "vast"}
    assert next_page(answers, PAGE_OF["werk"]) is PAGE_OF["kinderen"]
    assert previous_page(answers, PAGE_OF["kinderen"]) is PAGE_OF["werk"]
    assert previous_page(answers, PAGE_OF["werk"]) is None
    assert first_open_question(answers) is BY_KEY["kinderen"]
    assert first_open_question({**answers, "kinderen": None}) is BY_KEY["mantelzorg"]  # a skip is an answer
    assert next_page(answers, PAGES[-1]) is None


def test_the_place_question_is_asked_of_everyone_and_is_not_sensitive():
    question = BY_KEY["gemeente"]
    assert question.kind == "text" and not question.sensitive and question.skip_label
    assert all(question in applicable(branch) for branch in paths())
    assert question.profile_values("Utrecht") == {}  # not part of the Profiel (contract v1)


def test_only_the_question_about_problems_is_sensitive():
    assert [q.key for q in QUESTIONS if q.sensitive] == ["zorgen"]
    problems = {option.value for option in BY_KEY["zorgen"].options}
    assert {"schulden", "geldzorgen", "gezondheid", "psychisch"} <= problems


# The single mother's situation (issue 12): on call against her will, alone with two young children, on welfare,
# with debts. Learning waits for her whatever she says about it: one helper for everything comes first.
WAITING = {"werk": "oproep", "keuze-flex": "tegen_wil", "uitkering": "bijstand", "kinderen": "2",
           "mantelzorg": "nee", "alleen-ouder": "ja", "zorgen": ["geldzorgen", "schulden", "kinderopvang"]}  # fmt: skip
CAN_WAIT = [page for page in PAGES if page.can_wait]


def test_when_learning_waits_the_pages_that_can_wait_come_after_the_advice():
    assert learning_waits_for(WAITING)
    after_problems = next_page(WAITING, PAGE_OF["zorgen"])
    walked = [PAGE_OF["zorgen"]]
    while (page := next_page(WAITING, walked[-1])) is not None:
        walked.append(page)
    assert after_problems is PAGE_OF["doel"]
    assert not set(walked) & set(CAN_WAIT)
    assert walked[-1] is PAGE_OF["gemeente"]
    assert later_pages(WAITING) == CAN_WAIT  # she works: her employer's page too
    # answered after the advice: one page after the other, then back to the advice
    assert next_page(WAITING, CAN_WAIT[0]) is CAN_WAIT[1]
    assert next_page(WAITING, CAN_WAIT[-1]) is None
    assert previous_page(WAITING, CAN_WAIT[0]) is None
    assert progress(WAITING, CAN_WAIT[0]) == (1, len(CAN_WAIT))
    waited = {question.key for page in CAN_WAIT for question in page.questions}
    all_but_waited = dict.fromkeys(set(BY_KEY) - waited) | WAITING
    assert first_open_question(all_but_waited) is None  # the pages that waited are a choice, not open


def test_without_problems_that_come_first_every_page_is_asked_in_the_scan():
    answers = WAITING | {"uitkering": "geen", "zorgen": ["geen"]}
    assert not learning_waits_for(answers)
    assert later_pages(answers) == []
    assert next_page(answers, PAGE_OF["zin-in-leren"]) is CAN_WAIT[0]


def test_the_progress_total_shrinks_as_soon_as_learning_waits():
    answers = {key: value for key, value in WAITING.items() if key != "zorgen"}
    _, total_before = progress(answers, PAGE_OF["zorgen"])
    _, total_after = progress(WAITING, PAGE_OF["doel"])
    assert total_after == total_before - len(CAN_WAIT)  # "in all": the problems page still counts


@settings(max_examples=200, deadline=None)
@given(ANY_ANSWERS)
def test_an_advice_without_the_questions_that_waited_says_nothing_about_them(answers):
    """The profile leaves the scales of the pages that waited out; no step, barrier or strength names them."""
    if not learning_waits_for(answers):
        return
    waited = {question.key for page in CAN_WAIT for question in page.questions}
    kept = {key: value for key, value in answers.items() if key not in waited}
    advice = advise(validate_profile(profile_data(kept)))
    fields = {BY_KEY[key].field for key in waited}
    for item in [*advice["steps"], *advice["barriers"], *advice["strengths"]]:
        assert not {reason["field"] for reason in item["because"]} & fields, item["code"]
