"""The time the scan promises is the time it takes: the home page and the first question state at least the
slowest path's minutes (words seen at 100 a minute plus 5 seconds a tap, scan and advice page), measured by walking
every different row of screens (walk.py, the same walk bench/scan.py reports)."""

import re

import pytest

from wegwijzer.scan.effort import LATER_MINUTES, STATED_MINUTES, TICKS_IN_A_LIST, seconds, taps
from wegwijzer.scan.questions import PAGE_OF, PAGES, learning_waits_for

from .walk import SINGLE_MOTHER, load_help_directory, minutes, seen_words, slowest_walk, walk, walk_to_advice

CAN_WAIT = {f"/scan/vraag/{page.key}/" for page in PAGES if page.can_wait}
# The same person without problems, benefit or care: learning does not wait for her
WITHOUT_PROBLEMS = SINGLE_MOTHER | {"zorgen": ["geen"], "uitkering": "geen"}

pytestmark = pytest.mark.django_db


def stated_minutes(html: str) -> int:
    return int(re.search(r"Het duurt ongeveer (\d+) minuten", html).group(1))


def test_the_home_page_and_the_first_question_state_no_less_than_the_slowest_path(client):
    slowest = slowest_walk()
    home = stated_minutes(client.get("/").content.decode())
    first_question = stated_minutes(client.get("/scan/").content.decode())
    assert home == first_question == STATED_MINUTES
    assert minutes(slowest) <= STATED_MINUTES, f"the slowest path takes {minutes(slowest):.1f} minutes"
    assert len(slowest) <= 22


def test_the_walk_reaches_the_advice_and_counts_every_screen(client):
    screens = walk(client, SINGLE_MOTHER)
    assert screens[0].path == "/scan/" and screens[-1].path == "/scan/advies/"
    assert len(screens) == 12  # her 11 pages (learning waits: the questions about it come later) and the advice
    assert all(screen.words > 0 for screen in screens)
    assert screens[-1].words > 200  # her advice page is counted, not only the questions


def test_the_single_mother_finishes_scan_and_advice_in_twelve_minutes(client):
    """Issue 12: with debts and little time, scan and advice in at most 12 minutes at a weak reader's pace (in her
    town, as bench/scan.py walks it: each step names a place to go)."""
    load_help_directory()
    screens = walk(client, SINGLE_MOTHER)
    assert not CAN_WAIT & {screen.path for screen in screens}
    assert minutes(screens) <= 12, f"{minutes(screens):.2f} minutes"


def test_a_person_for_whom_learning_does_not_wait_gets_the_questions_about_learning(client):
    assert not learning_waits_for(WITHOUT_PROBLEMS)
    paths = {screen.path for screen in walk(client, WITHOUT_PROBLEMS)}
    assert paths >= CAN_WAIT


def test_the_questions_about_learning_after_the_advice_take_the_minutes_it_says_and_return_there(client):
    _, advice = walk_to_advice(client, SINGLE_MOTHER)
    html = advice.content.decode()
    assert f"({LATER_MINUTES} minuten)" in html
    later_url = re.search(r'href="(/scan/vraag/[a-z-]+/)">Ja, graag', html).group(1)
    later, back = walk_to_advice(client, SINGLE_MOTHER, start=later_url)
    assert {screen.path for screen in later[:-1]} == CAN_WAIT  # she works: her employer's page too
    assert later[-1].path == "/scan/advies/"
    assert round(minutes(later[:-1])) == LATER_MINUTES
    assert "Ja, graag" not in back.content.decode()  # answered: no offer any more


def test_seen_words_leave_out_what_is_not_seen():
    html = (
        "<header>Menu</header><main><h1>Twee woorden</h1><span class='wegwijzer-visually-hidden'>niet gezien</span>"
        "<p hidden>weg</p><script>var x = 1;</script><details><summary>Waarom dan</summary><p>lange uitleg hier"
        "</p></details><input value='geen woord'></main><footer>Voet</footer>"
    )
    assert seen_words(html) == 4  # "Twee woorden" and "Waarom dan"


def test_seen_words_leave_out_the_folds_inside_a_closed_fold():
    html = (
        "<main><details><summary>Daarna</summary><ol><li>Stap<details><summary>Waarom dan</summary>uitleg</details>"
        "</li></ol></details><details open><summary>Open</summary><details><summary>Binnen</summary>niet</details>"
        "</details></main>"
    )
    assert seen_words(html) == 3  # "Daarna", and in the open fold "Open" and the closed fold's "Binnen"


def test_taps_one_for_a_button_page_and_one_per_answer_plus_next_elsewhere():
    assert taps(PAGE_OF["werk"], {}) == 1
    assert taps(PAGE_OF["leeftijd"], {"werk": "vast", "kinderen": "geen"}) == 3  # two numbers and 'Volgende'
    assert taps(PAGE_OF["zorgen"], {}) == TICKS_IN_A_LIST + 1 + 1  # ticks, the consent choice, 'Volgende'
    assert seconds(100, 12) == 60 + 60
