"""Benchmark: the Dutch ESCO search for autocomplete (skills/search.py) against a naive scan on the full import.

Run: .venv/bin/python bench/skills_search.py [--esco ../shared/esco-nl] [--rounds 20]
The database is the one DATABASE_URL names (default: a SQLite file in a temporary folder); use a database of your
own. It is migrated and ESCO is imported into it first (the import's time is printed too). The naive baseline is
what a search without the stems and the index would do: icontains (LIKE/ILIKE) on the label and the other names
for each word. Queries are what people type: whole words, beginnings of words, other word forms and typos.
Goal (issue 13): p95 < 50 ms. Last line: speedup_vs_naive=<naive median / search median> p95_ms=<search p95>
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

QUERIES = [
    "schoonmaker", "schoonmaak", "schoonm", "verzorgende", "verzorg", "heftruck", "magazijn", "kok", "kinderen",
    "kassa", "winkelmedewerker", "timmerman", "tegelzetter", "ouderen", "schonmaker", "verzorgnde", "magazjn",
    "chauffeur vrachtwagen", "medewerker horeca", "bouw", "productiemedewerker", "lassen", "klant", "afwas",
]  # fmt: skip


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def naive(query: str) -> list:
    from django.db.models import Q

    from wegwijzer.skills.models import EscoConcept

    matches = EscoConcept.objects.filter(concept_type__in=["occupation", "skill"])
    for word in query.split():
        matches = matches.filter(Q(label__icontains=word) | Q(alt_labels__icontains=word))
    return list(matches.values_list("uri", "label")[:10])


def timed(function, query: str) -> float:
    started = time.perf_counter()
    function(query)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--esco", default=str(ROOT.parent / "shared" / "esco-nl"))
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/skills-bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegwijzer.conf.dev")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from wegwijzer.skills.importers import import_esco
    from wegwijzer.skills.search import search

    call_command("migrate", verbosity=0)
    report = import_esco(Path(args.esco))
    print(f"database={connection.vendor} import: {report.summary()}")
    for query in QUERIES:  # warm up, and show what the search finds
        print(f"  {query!r}: {[hit.label for hit in search(query)[:3]]}")
    fast = [timed(search, query) for _ in range(args.rounds) for query in QUERIES]
    slow = [timed(naive, query) for _ in range(args.rounds) for query in QUERIES]
    print(f"search: median {statistics.median(fast):.2f} ms, p95 {percentile(fast, 0.95):.2f} ms")
    print(f"naive:  median {statistics.median(slow):.2f} ms, p95 {percentile(slow, 0.95):.2f} ms")
    print(
        f"speedup_vs_naive={statistics.median(slow) / statistics.median(fast):.2f} p95_ms={percentile(fast, 0.95):.1f}"
    )


if __name__ == "__main__":
    main()
