"""Walking the scan as a person does, counting the words they see and the taps they make: the figures behind the
time the home page states (test_effort.py) and bench/scan.py's last line."""

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from django.http import HttpResponse
from django.test import Client

from wegwijzer.directory import demo as help_directory
from wegwijzer.scan.effort import paths, seconds, taps
from wegwijzer.scan.questions import FIRST, PAGE_OF, Answers, Page

QUESTION_URL = re.compile(r"/scan/vraag/([a-z-]+)/$")

# The person of the walk: a single mother on call against her will, with debts and little time. Her low
# scores and many problems give the advice page its most steps (the worst case for reading it), and in a town the
# help directory knows, each step shows a place to go (more to read than the national entries alone).
SINGLE_MOTHER: Answers = {
    "werk": "oproep",
    "keuze-flex": "tegen_wil",
    "uitkering": "bijstand",
    "kinderen": "2",
    "mantelzorg": "nee",
    "alleen-ouder": "ja",
    "leeftijd": "31",
    "jaren-werk": "8",
    "uren": "12",
    "school": "vmbo",
    "diploma": "nee",
    "taal": "matig",
    "digitaal": "2",
    "zorgen": ["geldzorgen", "schulden", "kinderopvang"],
    "doel": "zekerheid",
    "baan-verandert": "ja",
    "cursus": "nee",
    **dict.fromkeys(("zin-in-leren", "blijven-leren"), "4"),
    **dict.fromkeys(("leren-leuk", "vertrouwen", "omgeving", "weet-cursussen", "weet-kansen", "invloed"), "2"),
    **dict.fromkeys(("steun-werk", "vrijheid", "tijd", "geld"), "1"),
    "werkdruk": "4",
    "ervaring": ["opvoeding", "eerder_werk"],
    "leren": ["kort", "online", "eigen_tempo"],
    "gemeente": "Demodam",  # the demo directory's town (load_help_directory): every step names a place to go
}


class _SeenText(HTMLParser):
    """The text inside <main> a person sees: not scripts, hidden parts, screen-reader-only words or the folded
    body of a <details> (its <summary> is seen)."""

    UNSEEN = {"script", "style", "template"}

    def __init__(self):
        super().__init__()
        self.words = 0
        self.stack: list[bool] = []  # per open element: whether its content is unseen
        self.in_main = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "main":
            self.in_main = True
        if tag in ("input", "br", "img", "meta", "link"):
            return
        parent_unseen = bool(self.stack) and self.stack[-1]
        unseen = (
            tag in self.UNSEEN
            or "hidden" in attributes
            or "wegwijzer-visually-hidden" in (attributes.get("class") or "")
            or (tag == "details" and "open" not in attributes)
        )
        if tag == "summary":
            # A closed details' own summary is seen, unless the details itself sits in something unseen (a fold
            # inside a closed fold): the details is the last element on the stack, its ancestors come before it.
            self.stack.append(unseen or any(self.stack[:-1]))
            return
        self.stack.append(parent_unseen or unseen)

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main = False
        if self.stack and tag not in ("input", "br", "img", "meta", "link"):
            self.stack.pop()

    def handle_data(self, data):
        if self.in_main and not (self.stack and self.stack[-1]):
            self.words += len(re.findall(r"\w+", data))


def seen_words(html: str) -> int:
    parser = _SeenText()
    parser.feed(html)
    return parser.words


@dataclass(frozen=True)
class Screen:
    path: str
    words: int
    taps: int


def page_data(page: Page, answers: Answers) -> dict:
    """What the page's form sends for this person: their answers, a skip where they have none (or, where a
    question cannot be skipped, its first option). Which questions a page shows depends only on answers to earlier
    pages, so the person's full answers tell it."""
    shown = page.shown(answers)
    if len(shown) > 1:
        return {f"{question.key}-answer": answers[question.key] for question in shown if question.key in answers}
    question = shown[0]
    if question.key in answers:
        return {"answer": answers[question.key]}
    return {"skip": "1"} if question.skip_label else {"answer": question.options[0].value}


def walk_to_advice(client: Client, answers: Answers, start: str = "/scan/") -> tuple[list[Screen], HttpResponse]:
    """Every screen from ``start`` to the advice, as this person answers; and the response that shows the advice."""
    screens = []
    response = client.get(start, follow=True)
    for _ in range(40):
        path = response.request["PATH_INFO"]
        html = response.content.decode()
        match = QUESTION_URL.search(path)
        if match is None and path != "/scan/":
            return [*screens, Screen(path, seen_words(html), 0)], response
        page = PAGE_OF[match.group(1) if match else FIRST.key]
        screens.append(Screen(path, seen_words(html), taps(page, answers)))
        response = client.post(f"/scan/vraag/{page.key}/", page_data(page, answers), follow=True)
    raise AssertionError(f"The scan did not end: {[screen.path for screen in screens]}")


def load_help_directory() -> None:
    """The national entries and the demo towns, so the advice page shows where to go as a person would see it."""
    help_directory.load()


def walk(client: Client, answers: Answers) -> list[Screen]:
    return walk_to_advice(client, answers)[0]


def minutes(screens: list[Screen]) -> float:
    return sum(seconds(screen.words, screen.taps) for screen in screens) / 60


def slowest_walk() -> list[Screen]:
    """The slowest path: every different row of screens, answered as the single mother answers the rest."""
    return max((walk(Client(), SINGLE_MOTHER | branch) for branch in paths()), key=minutes)
