"""The time the scan promises is the time it takes: the home page and the first question state at least the
slowest path's minutes (words seen at 100 a minute plus 5 seconds a tap, scan and advice page), measured by walking
every different row of screens (walk.py, the same walk bench/scan.py reports)."""

import re

import pytest

from wegwijzer.scan.effort import STATED_MINUTES, TICKS_IN_A_LIST, seconds, taps
from wegwijzer.scan.questions import PAGE_OF

from .walk import SINGLE_MOTHER, minutes, seen_words, slowest_walk, walk

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
    assert len(screens) == 18  # her 17 pages (the longest row) and the advice
    assert all(screen.words > 0 for screen in screens)
    assert screens[-1].words > 200  # her advice page is counted, not only the questions


def test_seen_words_leave_out_what_is_not_seen():
    html = (
        "<header>Menu</header><main><h1>Twee woorden</h1><span class='wegwijzer-visually-hidden'>niet gezien</span>"
        "<p hidden>weg</p><script>var x = 1;</script><details><summary>Waarom dan</summary><p>lange uitleg hier"
        "</p></details><input value='geen woord'></main><footer>Voet</footer>"
    )
    assert seen_words(html) == 4  # "Twee woorden" and "Waarom dan"


def test_taps_one_for_a_button_page_and_one_per_answer_plus_next_elsewhere():
    assert taps(PAGE_OF["werk"], {}) == 1
    assert taps(PAGE_OF["leeftijd"], {"werk": "vast", "kinderen": "geen"}) == 3  # two numbers and 'Volgende'
    assert taps(PAGE_OF["zorgen"], {}) == TICKS_IN_A_LIST + 1 + 1  # ticks, the consent choice, 'Volgende'
    assert seconds(100, 12) == 60 + 60
