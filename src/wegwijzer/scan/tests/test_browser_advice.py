"""The single mother of issue 12's walk on a phone, with JavaScript on and off: her advice shows at most five steps
for now, each with the answers it rests on and, where it sends her somewhere, a place in her town with a number to
tap; the longer texts wait in folds that open. axe-core checks every page."""

import re

import pytest

from wegwijzer.advice.engine import advise, validate_profile
from wegwijzer.scan.questions import BY_KEY, PAGES, profile_data

from .test_browser import answer_page, assert_accessible, complete_scan, current_key
from .walk import SINGLE_MOTHER, load_help_directory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


WAITED = {question.key for page in PAGES if page.can_wait for question in page.questions}


def steps_for_now(answers: dict) -> list[dict]:
    """The steps for now from the answers the scan asked her: learning waits, so not those about learning."""
    typed = {key: int(value) if BY_KEY[key].kind == "number" else value for key, value in answers.items()}
    typed = {key: value for key, value in typed.items() if key not in WAITED}
    steps = advise(validate_profile(profile_data(typed)))["steps"]
    return [step for step in steps if step.get("horizon", "nu") == "nu"]


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_the_single_mother_sees_few_steps_each_with_her_answers_and_where_to_go(
    request, live_server, axe_violations, twin, javascript
):
    load_help_directory()
    page = request.getfixturevalue("phone" if javascript else "phone_without_js")
    checker = None if javascript else twin
    complete_scan(page, live_server, axe_violations, twin=checker, answers=SINGLE_MOTHER)
    assert_accessible(page, axe_violations, checker)

    expected = steps_for_now(SINGLE_MOTHER)
    shown = page.locator("section[aria-labelledby=stappen] > ol.scan-steps > li")
    assert 1 <= shown.count() <= 5
    assert shown.locator("h3").all_inner_texts() == [
        f"Stap {rank}:\n{step['title']}" for rank, step in enumerate(expected, start=1)
    ]
    for step, advice in zip(shown.all(), expected, strict=True):
        assert step.get_by_text("Omdat je zei:").is_visible()
        if advice.get("service"):
            assert step.get_by_text("Hier kun je terecht in Demodam").is_visible()
            assert step.locator('a[href^="tel:"]').first.is_visible()
        why = step.locator("details.scan-sources")
        assert not why.get_by_text("Dit advies komt uit onderzoek").is_visible()
        why.locator("summary").click()
        assert why.get_by_text("Dit advies komt uit onderzoek").is_visible()
        assert not re.search(r"\bL\d{2,}", why.inner_text())  # report and chapter, no line numbers

    later = page.locator("details.scan-later-steps")
    assert not later.locator("li").first.is_visible()
    later.locator("summary").first.click()
    assert later.locator("li").first.is_visible()
    assert_accessible(page, axe_violations, checker)


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_the_single_mother_may_answer_the_questions_about_learning_after_her_advice(
    request, live_server, axe_violations, twin, javascript
):
    """Learning waits for her, so the scan skipped the pages about it; one line on the advice page offers them.
    They count on their own ("Stap 1 van ongeveer 5") and end on the advice again, without the offer."""
    page = request.getfixturevalue("phone" if javascript else "phone_without_js")
    checker = None if javascript else twin
    asked = complete_scan(page, live_server, axe_violations, twin=checker, answers=SINGLE_MOTHER)
    assert not WAITED & set(asked)
    offer = page.locator(".scan-later-questions")
    assert offer.get_by_text("Wil je ook vragen over leren doen?").is_visible()
    offer.get_by_role("link", name="Ja, graag").click()
    seen = []
    while (key := current_key(page)) is not None:
        seen.append(key)
        assert page.locator(".scan-progress").inner_text() == f"Stap {len(seen)} van ongeveer 5"
        assert_accessible(page, axe_violations, checker)
        answer_page(page, key, answers=SINGLE_MOTHER)
    assert seen == [waiting.key for waiting in PAGES if waiting.can_wait]
    assert page.url.endswith("/scan/advies/")
    assert page.locator(".scan-later-questions").count() == 0
    assert_accessible(page, axe_violations, checker)
