"""Benchmark: catalogue search (full-text index + facets + relevance) against a naive scan on the same data.

Run: .venv/bin/python bench/catalogue_search.py --count 200000 [--rounds 3] [--seed 7] [--batches 20 --batch-size 1000]
Always measures SQLite (a database file in --workdir, kept for the next run); also PostgreSQL when DATABASE_URL
points to PostgreSQL (use a database of your own). Each search is the whole page's work: the total, a count for
every filter value, and the first page in relevance order. "indexed" is what the site does: the full-text index
finds the ids, the in-memory facet snapshot (search/snapshot.py) counts and ranks, the database fetches the page.
The naive baseline does the same work in SQL, with icontains (LIKE/ILIKE) over title and description instead of
the index. The snapshot's one-off build (after each catalogue change) is reported apart, not in the percentiles.
Goal (issue 6) at N=200,000: speedup >= 20 and p95 <= 50 ms on both.

Then the mixed run (issue 10; --batches 0 leaves it out): the same searches, again and again, while another process
imports: --batches transactions that each change --batch-size offers (facet fields) and call index_offers once, as
the importer does. Every batch makes the snapshot stale; searches go on with the previous one while a background
thread reloads the changed offers. Goal: p95 <= 100 ms and no search waiting for a snapshot to be made ("waited";
"stale" counts the searches answered by the previous snapshot meanwhile). On SQLite the database file is put in
WAL mode, so that readers do not wait for the writer's commits.

Last line: speedup_vs_naive=<naive time / indexed time over the mix, worst database> p95_ms=<p95 of the indexed
searches, worst database> mixed_p95_ms=<p95 of the searches during the import, worst database>
mixed_waited=<searches that waited for a snapshot during the import, all databases>.
"""

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from child import run_child

ROOT = Path(__file__).resolve().parents[1]

# (words, filters, as the flex worker from the issue?) — what people type and click, with and without a scan.
QUERIES = [
    ("heftruck", {"wanneer": "avond"}, False),
    ("computer", {"prijs": "0"}, True),
    ("zorg", {"provincie": "utrecht"}, False),
    ("nederlands", {"taalhulp": "ja"}, True),
    ("boekhouden", {"vorm": "online"}, False),
    ("vca", {}, False),
    ("zonnepanelen", {"duur": "40"}, True),
    ("excel", {"wanneer": "avond", "vorm": "online"}, False),
    ("", {"onderwerp": "digitaal", "prijs": "0", "instap": "geen"}, True),
    ("", {"provincie": "zuid_holland", "wanneer": "avond"}, True),
    ("lassen", {"examen": "nee"}, False),
    ("kinderopvang", {}, True),
    ("solliciteren", {"wanneer": "avond"}, True),
    ("hygiene keuken", {}, False),
    ("magazijn", {"provincie": "noord_brabant"}, False),
    ("dementie", {"duur": "40"}, True),
]
FLEX_WORKER = {
    "work_status": "uitzend",
    "flex_choice": "bewust",
    "scales": {"motivation": 4, "money": 1, "time": 2},
    "learning_preferences": ["avond", "kort"],
}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def setup_django() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegwijzer.conf.dev")
    import django

    django.setup()


def writer(seed: int, batches: int, batch_size: int) -> None:
    """The import of the mixed run: each batch one transaction that changes offers and calls index_offers once."""
    import random

    setup_django()
    from django.db import transaction

    from wegwijzer.catalogue.models import Offer
    from wegwijzer.catalogue.search.index import index_offers
    from wegwijzer.catalogue.vocab import Delivery, Schedule

    rng = random.Random(seed)
    ids = list(Offer.objects.values_list("pk", flat=True))
    print("ready", flush=True)
    started = time.perf_counter()
    for _batch in range(batches):
        chosen = rng.sample(ids, min(batch_size, len(ids)))
        with transaction.atomic():
            offers = list(Offer.objects.filter(pk__in=chosen))
            for offer in offers:
                offer.schedule = rng.choice(Schedule.values)
                offer.delivery = rng.choice(Delivery.values)
                offer.price_cents = rng.choice([0, offer.price_cents, offer.price_cents + 500])
            Offer.objects.bulk_update(offers, ["schedule", "delivery", "price_cents"])
            index_offers(chosen)
    print(json.dumps({"batches": batches, "seconds": time.perf_counter() - started}), flush=True)


def child(count: int, seed: int, rounds: int, batches: int, batch_size: int) -> dict:
    setup_django()
    from django.conf import settings

    settings.WEGWIJZER_SNAPSHOT_IN_BACKGROUND = True  # as on the site, also when run with the test settings
    from django.core.management import call_command
    from django.db import connection

    from wegwijzer.advice.engine import validate_profile
    from wegwijzer.catalogue.filters import SearchParams
    from wegwijzer.catalogue.generator import generate
    from wegwijzer.catalogue.models import Offer
    from wegwijzer.catalogue.person import Person
    from wegwijzer.catalogue.search import snapshot
    from wegwijzer.catalogue.search.backends import NaiveBackend, backend_for
    from wegwijzer.catalogue.search.service import search

    call_command("migrate", verbosity=0)
    if Offer.objects.count() < count:
        generate(count, seed)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # every table: the words table (backends.py) too
    elif connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    started = time.perf_counter()
    snapshot.current()
    snapshot_seconds = time.perf_counter() - started
    person = Person.from_profile(validate_profile(FLEX_WORKER))
    backends = {"indexed": backend_for(), "naive": NaiveBackend()}
    timings = {name: [] for name in backends}
    for backend in backends.values():  # warm-up: caches, plans
        search(SearchParams(QUERIES[0][0], dict(QUERIES[0][1])), None, backend)
    for _round in range(rounds):
        for words, filters, personal in QUERIES:
            for name, backend in backends.items():
                params = SearchParams(q=words, filters=dict(filters))
                begin = time.perf_counter()
                search(params, person if personal else None, backend)
                timings[name].append((time.perf_counter() - begin) * 1000)
    mixed = mixed_run(seed, batches, batch_size, person) if batches else {}
    return {
        **mixed,
        "vendor": connection.vendor,
        "offers": Offer.objects.count(),
        "snapshot_seconds": round(snapshot_seconds, 2),
        "indexed_p50": percentile(timings["indexed"], 0.5),
        "indexed_p95": percentile(timings["indexed"], 0.95),
        "naive_p50": percentile(timings["naive"], 0.5),
        "naive_p95": percentile(timings["naive"], 0.95),
        "speedup": sum(timings["naive"]) / sum(timings["indexed"]),
    }


def same_offers(one, other) -> bool:
    """Whether two snapshots hold the same offers with the same values (whatever small integer each value got)."""

    def values(catalogue) -> list:
        names = {column: {code: value for value, code in codes.items()} for column, codes in catalogue.codes.items()}
        columns = [
            [names[column][code] for code in array.tolist()] if column in names else array.tolist()
            for column, array in sorted(catalogue.columns.items())
        ]
        return [catalogue.ids.tolist(), *columns]

    return values(one) == values(other)


def mixed_run(seed: int, batches: int, batch_size: int, person) -> dict:
    """The search mix, over and over, while a writer process imports in batches (see the module's docstring)."""
    from django.db import connection

    from wegwijzer.catalogue.filters import SearchParams
    from wegwijzer.catalogue.search import snapshot
    from wegwijzer.catalogue.search.service import search

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode=WAL")
    command = [sys.executable, __file__, "--writer", "--seed", str(seed), "--batches", str(batches)]
    importer = subprocess.Popen([*command, "--batch-size", str(batch_size)], stdout=subprocess.PIPE, text=True)
    assert importer.stdout.readline().strip() == "ready", "the writer did not start"
    before = dataclasses.replace(snapshot.stats())
    timings = []
    while importer.poll() is None:
        for words, filters, personal in QUERIES:
            begin = time.perf_counter()
            search(SearchParams(q=words, filters=dict(filters)), person if personal else None)
            timings.append((time.perf_counter() - begin) * 1000)
    written = json.loads(importer.stdout.read().strip().splitlines()[-1])
    if importer.returncode != 0:
        sys.exit("The writer of the mixed run failed.")
    after = snapshot.wait_until_current()
    if not same_offers(after, snapshot.build(after.version)):
        sys.exit("After the mixed run the refreshed snapshot differs from a full build.")
    stats = snapshot.stats()
    return {
        "mixed_searches": len(timings),
        "mixed_p50": percentile(timings, 0.5),
        "mixed_p95": percentile(timings, 0.95),
        "mixed_batches_per_second": written["batches"] / written["seconds"],
        **{
            f"mixed_{name}": getattr(stats, name) - getattr(before, name)
            for name in ("waited", "stale", "merged", "rebuilt", "failed")
        },
    }


def run(database_url: str, args) -> dict:
    arguments = ["--count", str(args.count), "--seed", str(args.seed), "--rounds", str(args.rounds)]
    arguments += ["--batches", str(args.batches), "--batch-size", str(args.batch_size)]
    return run_child(__file__, arguments, database_url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workdir", default=tempfile.gettempdir())
    parser.add_argument("--batches", type=int, default=20, help="import batches in the mixed run (0: no mixed run)")
    parser.add_argument("--batch-size", type=int, default=1000, help="offers per import batch")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--writer", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.writer:
        writer(args.seed, args.batches, args.batch_size)
        return
    if args.child:
        print(json.dumps(child(args.count, args.seed, args.rounds, args.batches, args.batch_size)))
        return
    Path(args.workdir).mkdir(parents=True, exist_ok=True)
    databases = [f"sqlite:///{Path(args.workdir) / f'wegwijzer_bench_catalogue_{args.count}_{args.seed}.sqlite3'}"]
    if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        databases.append(os.environ["DATABASE_URL"])
    results = [run(url, args) for url in databases]
    print(f"{results[0]['offers']} offers, {len(QUERIES) * args.rounds} searches per database")
    print("| database | indexed p50 / p95 | naive p50 / p95 | speedup | snapshot build |")
    for result in results:
        print(
            f"| {result['vendor']} | {result['indexed_p50']:.1f} / {result['indexed_p95']:.1f} ms "
            f"| {result['naive_p50']:.1f} / {result['naive_p95']:.1f} ms | {result['speedup']:.1f} "
            f"| {result['snapshot_seconds']:.2f} s |"
        )
    worst_speedup = min(result["speedup"] for result in results)
    worst_p95 = max(result["indexed_p95"] for result in results)
    closing = f"speedup_vs_naive={worst_speedup:.1f} p95_ms={worst_p95:.1f}"
    if args.batches:
        print(f"Mixed: searches while another process imports {args.batches} batches of {args.batch_size} offers")
        print("| database | searches | p50 / p95 | waited | stale | refreshes merged / rebuilt / failed | batches/s |")
        for result in results:
            print(
                f"| {result['vendor']} | {result['mixed_searches']} "
                f"| {result['mixed_p50']:.1f} / {result['mixed_p95']:.1f} ms | {result['mixed_waited']} "
                f"| {result['mixed_stale']} | {result['mixed_merged']} / {result['mixed_rebuilt']} / "
                f"{result['mixed_failed']} | {result['mixed_batches_per_second']:.2f} |"
            )
        mixed_p95 = max(result["mixed_p95"] for result in results)
        waited = sum(result["mixed_waited"] for result in results)
        closing += f" mixed_p95_ms={mixed_p95:.1f} mixed_waited={waited}"
    print(closing)


if __name__ == "__main__":
    main()
