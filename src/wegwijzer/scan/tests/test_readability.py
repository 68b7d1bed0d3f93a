"""Dutch at B1: every question, answer option and advice text scores at least 60 on Flesch-Douma.

Flesch-Douma (textstat with language "nl") = 206.835 - 0.93 × words per sentence - 77 × syllables per word.
A score of 60 or more is "easy" Dutch. On a text of one or two words the formula swings hard (one long word
fails), so short labels are written as short phrases with common words, which is also what B1 asks.
The sentences of the scan's own pages (its translation catalogue) are held to the same bar.
"""

import re
from pathlib import Path

import pytest
import textstat
from django.utils import translation

from wegwijzer.advice.engine import load_rulebook
from wegwijzer.scan.questions import PAGES, QUESTIONS

MINIMUM = 60
CATALOGUE = Path(__file__).resolve().parents[1] / "locale" / "en" / "LC_MESSAGES" / "django.po"


def flesch_douma(text: str) -> float:
    textstat.set_lang("nl")
    return textstat.flesch_reading_ease(text)


def question_texts() -> list[tuple[str, str]]:
    texts = []
    with translation.override("nl"):
        for question in QUESTIONS:
            parts = [question.text, question.hint, question.why, question.skip_label]
            parts += [option.label for option in question.options]
            texts += [(question.key, str(part)) for part in parts if part]
        texts += [(page.key, str(page.title)) for page in PAGES if page.title]
    return texts


def rule_texts() -> list[tuple[str, str]]:
    book = load_rulebook()
    texts = []
    for rules in (book.barriers, book.strengths, book.routes, book.steps):
        for rule in rules:
            texts += [(f"{rule.origin} {name}", rule.output[name]) for name in ("title", "why") if name in rule.output]
    return texts


def page_sentences() -> list[tuple[str, str]]:
    """Every message of four words or more in the scan's catalogue (templates, forms, views)."""
    content = CATALOGUE.read_text(encoding="utf-8")
    texts = []
    for block in re.findall(r'^msgid ((?:".*"\n)+)', content, flags=re.M):
        text = "".join(re.findall(r'"(.*)"', block)).replace('\\"', '"')
        text = re.sub(r"%\(\w+\)s", "12", text)
        if len(text.split()) >= 4:
            texts.append(("catalogue", text))
    return texts


@pytest.mark.parametrize(("where", "text"), question_texts() + rule_texts() + page_sentences())
def test_text_is_easy_dutch(where, text):
    score = flesch_douma(text)
    assert score >= MINIMUM, f"{where}: Flesch-Douma {score:.0f} < {MINIMUM}: {text!r}"


def test_the_formula_is_the_dutch_one():
    """Guards against a textstat change: a plain B1 sentence passes, a bureaucratic one does not."""
    assert flesch_douma("Je hebt veel geleerd in je werk. Dat telt mee.") >= 80
    jargon = "Niet-uitkeringsgerechtigden participeren onvoldoende in arbeidsmarktgerelateerde scholing."
    assert flesch_douma(jargon) < 0


def test_there_is_something_to_check():
    assert len(question_texts()) > 200
    assert len(rule_texts()) > 100
    assert len(page_sentences()) > 50
