"""Whom-to-ask texts rest on the research, with line references that exist; the engine stays free of Django."""

import re
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest
import yaml

from wegwijzer.advice.engine import load_rulebook
from wegwijzer.advice.engine.profile import WorkStatus
from wegwijzer.funding.services import BY_BENEFIT, WHO_TO_ASK

RESEARCH = Path(__file__).resolve().parents[5] / "shared" / "research"


def test_every_work_status_the_unknown_one_and_the_benefits_that_decide_have_whom_to_ask():
    data = yaml.safe_load(WHO_TO_ASK.read_text(encoding="utf-8"))
    assert set(data) == {*get_args(WorkStatus), "onbekend", *BY_BENEFIT}


def test_whom_to_ask_cites_lines_that_exist_in_the_research():
    if not RESEARCH.exists():
        pytest.skip(f"{RESEARCH} ontbreekt: de tests lezen het onderzoek uit ../shared naast de repo.")
    reports = load_rulebook().sources
    for status, entry in yaml.safe_load(WHO_TO_ASK.read_text(encoding="utf-8")).items():
        for source in entry["sources"]:
            key = source.split(" ", 1)[0]
            lines = (RESEARCH / reports[key].file).read_text(encoding="utf-8").count("\n") + 1
            references = re.findall(r"L(\d+)(?:-(\d+))?", source)
            assert references, f"{status}: {source} has no line reference"
            for start, end in references:
                assert 1 <= int(start) <= int(end or start) <= lines, f"{status}: {source}"


def test_the_eligibility_engine_imports_no_django():
    code = (
        "import sys; import wegwijzer.funding.eligibility; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
