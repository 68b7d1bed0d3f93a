"""Dutch at B1: every sentence a person reads about where to go scores at least 60 on Flesch-Douma (the scan's bar,
scan/tests/test_readability.py): the national entries, the demo entries and the include's own sentences."""

import re
from pathlib import Path

import pytest
import textstat
import yaml

from wegwijzer.directory.demo import EXAMPLES, NATIONAL

MINIMUM = 60
INCLUDE = Path(__file__).resolve().parents[1] / "templates" / "directory" / "_where_to_go.html"


def sentences() -> list[str]:
    texts = [text for _, what, bring in EXAMPLES.values() for text in (what, bring)]
    entries = yaml.safe_load(NATIONAL.read_text(encoding="utf-8"))["entries"]
    texts += [entry[name] for entry in entries for name in ("what_they_do", "what_to_bring") if entry.get(name)]
    # The include's sentences (a few words or more; one-word labels make the formula swing, see the scan's test).
    texts += [text for text in re.findall(r'translate "([^"]+)"', INCLUDE.read_text()) if len(text.split()) > 4]
    return texts


@pytest.mark.parametrize("text", sentences())
def test_every_sentence_is_easy_dutch(text):
    textstat.set_lang("nl")
    assert textstat.flesch_reading_ease(text) >= MINIMUM, text
