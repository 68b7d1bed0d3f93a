"""How long the scan takes a slow reader, so the home page promises a time the scan keeps.

The measure (issue 12): the words a person sees on each screen, read at 100 words a minute, plus 5 seconds for
every tap, over the slowest path through the scan and its advice page. This module knows the paths and the taps;
the words are counted on the rendered pages (scan/tests/walk.py), by bench/scan.py and by test_effort.py, which
also checks that STATED_MINUTES is not less than the slowest path.
"""

import itertools

from .questions import BRANCH_KEYS, PAGES, Answers, Page

WORDS_PER_MINUTE = 100
SECONDS_PER_TAP = 5
STATED_MINUTES = 20  # the time the home page and the first question state (test_effort checks it)
LATER_MINUTES = 5  # the questions about learning after the advice, when learning waits (test_effort checks it)
TICKS_IN_A_LIST = 3  # on "kies alles wat past" a person ticks about three options


def seconds(words: int, taps: int) -> float:
    return words * 60 / WORDS_PER_MINUTE + taps * SECONDS_PER_TAP


def taps(page: Page, answers: Answers) -> int:
    """Taps to answer a page: one on a one-question page with buttons (the answer sends it); otherwise one per
    answer (TICKS_IN_A_LIST in a list, plus one for the consent choice) and one for 'Volgende'."""
    shown = page.shown(answers)
    if len(shown) == 1 and shown[0].kind == "choice":
        return 1
    per_question = {"choice": 1, "number": 1, "text": 1, "multi": TICKS_IN_A_LIST}
    return sum(per_question[question.kind] + question.sensitive for question in shown) + 1


def paths() -> list[Answers]:
    """One set of path-deciding answers (BRANCH_KEYS) for every different row of screens a person can get."""
    found: dict[tuple, Answers] = {}

    def walk(answers: Answers, index: int) -> None:
        page = next((page for page in PAGES[index:] if page.shown(answers)), None)
        if page is None:
            screens = tuple((page.key, *(q.key for q in page.shown(answers))) for page in _pages_of(answers))
            found.setdefault(screens, answers)
            return
        branching = [question for question in page.shown(answers) if question.key in BRANCH_KEYS]
        choices = [
            [option.value for option in question.options] + [None] * bool(question.skip_label) for question in branching
        ]
        for values in itertools.product(*choices):
            given = answers | {question.key: value for question, value in zip(branching, values, strict=True)}
            walk(given, PAGES.index(page) + 1)

    walk({}, 0)
    return list(found.values())


def _pages_of(answers: Answers) -> list[Page]:
    return [page for page in PAGES if page.shown(answers)]
