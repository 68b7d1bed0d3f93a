"""Benchmark: "Mijn werk" over all 3,039 ESCO occupations: the occupation search and "small steps from here".

Run: .venv/bin/python bench/labour.py [--esco ../shared/esco-nl] [--rounds 5]
The database is the one DATABASE_URL names (default: a SQLite file in a temporary folder); use a database of your
own. It is migrated and ESCO is imported into it first. Timed in the same run:
- search: labour.services.find_occupations (the skills app's search, occupations only) for words people type,
  against a naive icontains scan of the occupations' labels and other names;
- steps: labour.services.small_steps (growth paths, the reach index, the new skills' labels and offers: what the
  page computes) for every 10th occupation, and the reach index alone against a naive scan that scores every
  occupation (gps/reach.naive_within_reach).
Goal (issue 17): p95 < 50 ms for both. Last line: search_p95_ms=… steps_p95_ms=… search_speedup_vs_naive=…
reach_speedup_vs_naive=… (naive median / median)
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
    "cv monteur", "monteur", "verwarming", "schoonmaker", "verzorgende", "heftruck", "magazijn", "kok",
    "kassa", "winkelmedewerker", "timmerman", "lasser", "chauffeur vrachtwagen", "productiemedewerker",
    "administratief medewerker", "elektricien", "loodgieter", "afwas", "schoonmaak", "zorg",
]  # fmt: skip


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def naive_search(query: str) -> list:
    from django.db.models import Q

    from wegwijzer.skills.models import EscoConcept

    matches = EscoConcept.objects.filter(concept_type="occupation")
    for word in query.split():
        matches = matches.filter(Q(label__icontains=word) | Q(alt_labels__icontains=word))
    return list(matches.values_list("uri", "label")[:8])


def timed(function, *args) -> float:
    started = time.perf_counter()
    function(*args)
    return (time.perf_counter() - started) * 1000


def line(name: str, values: list[float]) -> str:
    return f"{name}: median {statistics.median(values):.2f} ms, p95 {percentile(values, 0.95):.2f} ms, n={len(values)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--esco", default=str(ROOT.parent / "shared" / "esco-nl"))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/labour-bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegwijzer.conf.dev")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from wegwijzer.labour import demo, services
    from wegwijzer.labour.gps.reach import naive_within_reach
    from wegwijzer.skills.importers import import_esco
    from wegwijzer.skills.models import EscoConcept

    call_command("migrate", verbosity=0)
    report = import_esco(Path(args.esco))
    demo.example_offers()
    print(f"database={connection.vendor} import: {report.summary()}")
    concepts = list(EscoConcept.objects.filter(concept_type="occupation").select_related("broader").order_by("uri"))
    sample = concepts[::10]
    print(f"occupations={len(concepts)} sampled for steps={len(sample)}")
    for query in QUERIES[:4]:  # warm up, and show what the search finds
        print(f"  {query!r}: {[hit.label for hit in services.find_occupations(query)[:3]]}")
    index = services.reach_index()  # built once per process, as on the server
    occupations = list(index.by_uri.values())

    search = [timed(services.find_occupations, query) for _ in range(args.rounds) for query in QUERIES]
    naive = [timed(naive_search, query) for _ in range(args.rounds) for query in QUERIES]
    steps = [timed(services.small_steps, concept) for _ in range(args.rounds) for concept in sample]
    reach = [timed(index.within_reach, concept.uri) for _ in range(args.rounds) for concept in sample]
    scan = [
        timed(naive_within_reach, index.by_uri[concept.uri], occupations)
        for _ in range(args.rounds)
        for concept in sample
    ]
    for name, values in (("search", search), ("naive search", naive), ("small steps (page)", steps),
                         ("reach index", reach), ("naive reach scan", scan)):  # fmt: skip
        print(line(name, values))
    print(
        f"search_p95_ms={percentile(search, 0.95):.1f} steps_p95_ms={percentile(steps, 0.95):.1f} "
        f"search_speedup_vs_naive={statistics.median(naive) / statistics.median(search):.2f} "
        f"reach_speedup_vs_naive={statistics.median(scan) / statistics.median(reach):.2f}"
    )


if __name__ == "__main__":
    main()
