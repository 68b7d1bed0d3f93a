"""Figures for the loopbaanscan: page weight of every scan page and the Dutch readability of its texts.

Run: .venv/bin/python bench/scan.py
Page weight: bytes a phone receives for the page (HTML as sent, CSS/JS/fonts gzip-compressed as WhiteNoise serves
them) and the uncompressed total, each also as a share of the 100 kB budget (issue 4).
Readability: Flesch-Douma (textstat, language nl) of the questions and options, the advice rules and the scan's
own page sentences: the lowest score and the mean. B1 asks for 60 or more.
Time (issue 12): the words a person sees on each screen, from the first question through the advice page, at 100
words a minute plus 5 seconds a tap. Seen means: inside <main>, and not a script, a hidden part, screen-reader-only
text or the body of a closed <details>. Folded text counts only as its <summary>: nobody has to open "Waarom?" or
"Meer weten?" to act, so the walk does not read it (what is needed to act stays unfolded; see _result_step.html).
The help directory's demo data is loaded and the single mother lives in its town, so each step shows a place to go.
Reported: the single mother of the issue's walk (each of her screens, then single_mother_minutes=<m>), and the
slowest of all paths (every different row of screens, answered as she answers the rest). The last line is the
slowest path: worst_path_minutes=<m> screens=<n> (screens: question pages + advice).
"""

import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ["DJANGO_SETTINGS_MODULE"] = "wegwijzer.conf.test"
os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
os.environ.setdefault("WEGWIJZER_DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

from wegwijzer.scan.effort import STATED_MINUTES, seconds  # noqa: E402
from wegwijzer.scan.questions import applicable_pages  # noqa: E402
from wegwijzer.scan.tests.conftest import FLEX_WORKER, complete_scan  # noqa: E402
from wegwijzer.scan.tests.test_readability import (  # noqa: E402
    flesch_douma,
    page_sentences,
    question_texts,
    rule_texts,
)
from wegwijzer.scan.tests.walk import (  # noqa: E402
    SINGLE_MOTHER,
    load_help_directory,
    minutes,
    slowest_walk,
    walk,
)
from wegwijzer.scan.tests.weight import page_weight  # noqa: E402

BUDGET = 100 * 1024


def main() -> None:
    setup_test_environment()
    call_command("migrate", verbosity=0)
    client = Client()
    first = page_weight(client, "/scan/")
    complete_scan(client, FLEX_WORKER)
    plan = {
        "steps": ["hulp_bij_geldzorgen"],
        "goal": "Ik wil over een jaar vast werk.",
        "first_step": "Ik bel de gemeente.",
        "first_step_date": timezone.localdate().isoformat(),
    }
    client.post("/scan/plan/aanpassen/", plan)
    urls = [f"/scan/vraag/{page.key}/" for page in applicable_pages(FLEX_WORKER)] + [
        "/scan/advies/",
        "/scan/plan/aanpassen/",
        "/scan/plan/",
        "/scan/verder/",
    ]
    weights = [first] + [page_weight(client, url) for url in urls]
    print(f"{'page':32} {'sent':>8} {'raw':>8}  sent/budget  raw/budget")
    for weight in weights:
        shares = f"{weight.sent / BUDGET:10.2f}  {weight.raw / BUDGET:10.2f}"
        print(f"{weight.url:32} {weight.sent:8} {weight.raw:8}  {shares}")
    heaviest = max(weights, key=lambda weight: weight.sent)
    print(f"assets: {', '.join(f'{url} {raw}/{sent}' for url, (raw, sent) in heaviest.assets.items())} (raw/gzip)")
    print(f"heaviest_page_sent_vs_budget={heaviest.sent / BUDGET:.2f}")
    for name, texts in (("questions", question_texts()), ("rules", rule_texts()), ("pages", page_sentences())):
        scores = [flesch_douma(text) for _, text in texts]
        print(f"readability_{name}: n={len(scores)} min={min(scores):.1f} mean={statistics.mean(scores):.1f}")
    print_time()


def print_time() -> None:
    load_help_directory()
    mother = walk(Client(), SINGLE_MOTHER)
    slowest = slowest_walk()
    for name, screens in (("single_mother", mother), ("slowest_path", slowest)):
        words, taps = sum(screen.words for screen in screens), sum(screen.taps for screen in screens)
        advice = screens[-1].words
        print(
            f"{name}: screens={len(screens)} words={words} (advice page {advice}) taps={taps} "
            f"minutes={minutes(screens):.1f} scan_only_minutes={minutes(screens[:-1]):.1f}"
        )
    for screen in mother:  # where her time goes, screen by screen
        spent = seconds(screen.words, screen.taps)
        print(f"  {screen.path:32} words={screen.words:4} taps={screen.taps} seconds={spent:.0f}")
    print(f"stated_minutes={STATED_MINUTES} (home page and first question)")
    print(f"single_mother_minutes={minutes(mother):.2f} screens={len(mother)}")
    print(f"worst_path_minutes={minutes(slowest):.1f} screens={len(slowest)}")


if __name__ == "__main__":
    main()
