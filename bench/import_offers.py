"""Benchmark: `wegwijzer import_offers` on a CSV file of N generated offers, into a fresh database.

Run: .venv/bin/python bench/import_offers.py --count 100000 [--seed 7] [--workdir /tmp]
Always measures SQLite (a new database file in --workdir); also PostgreSQL when DATABASE_URL points to PostgreSQL
(use a database of your own: its catalogue tables are emptied first). The file is written by the generator
(catalogue/generator.py, example data), in the CSV layout of docs/import-offers.md. Two runs per database: the first
import (every row new) and the same file again (every row unchanged, the idempotent re-import).
Goal (issue 9): at least 2,000 rows per second. Last line: rows_per_second_vs_goal=<rows per second of the first
import, worst database, divided by 2000>.
"""

import argparse
import csv
import io
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from child import run_child

ROOT = Path(__file__).resolve().parents[1]
GOAL_ROWS_PER_SECOND = 2000


def write_csv(path: Path, count: int, seed: int) -> None:
    """N generated offers as the CSV an institution would send."""
    from wegwijzer.catalogue.generator import THEMES, _providers, offer_data

    rng = random.Random(seed)
    providers = _providers(rng)
    labels = {uri: label for _bases, _learns, concepts in THEMES.values() for uri, label, _type in concepts}
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = None
        for number in range(count):
            provider = rng.choice(providers)
            drawn = offer_data(rng, provider)
            fields = dict(drawn["fields"])
            row = {"provider_code": provider[0], "provider_name": provider[1], "external_id": f"bench-{number}"}
            row["price_euros"] = f"{fields.pop('price_cents') / 100:.2f}"
            row["payers"] = "|".join(drawn["payers"])
            for key in ("language_support", "exam"):
                fields[key] = "ja" if fields[key] else "nee"
            row.update({key: str(value) for key, value in fields.items()})
            row["esco_uris"] = "|".join(uri for uri, _label, _type in drawn["concepts"])
            row["esco_labels"] = "|".join(labels[uri] for uri, _label, _type in drawn["concepts"])
            if writer is None:
                writer = csv.DictWriter(file, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)


def child(path: str) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegwijzer.conf.dev")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from wegwijzer.catalogue.models import Offer

    call_command("migrate", verbosity=0)
    if connection.vendor == "postgresql":  # a fresh catalogue in the database of your own
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE catalogue_offer, catalogue_provider, catalogue_escoconcept CASCADE")
    runs = []
    for _run in ("first", "again"):
        out, err = io.StringIO(), io.StringIO()
        started, cpu = time.perf_counter(), time.process_time()
        call_command("import_offers", path, stdout=out, stderr=err)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        runs.append(
            {"seconds": seconds, "cpu": cpu, "summary": out.getvalue().strip(), "errors": err.getvalue().count("\n")}
        )
    return {"vendor": connection.vendor, "offers": Offer.objects.count(), "runs": runs}


def run(database_url: str, path: Path) -> dict:
    return run_child(__file__, [str(path)], database_url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", default=tempfile.gettempdir())
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegwijzer.conf.dev")
    import django

    django.setup()  # the generator's vocabularies are Django choices; no database is touched here
    path = workdir / f"wegwijzer_bench_import_{args.count}_{args.seed}.csv"
    write_csv(path, args.count, args.seed)
    sqlite = workdir / f"wegwijzer_bench_import_{args.count}_{args.seed}.sqlite3"
    sqlite.unlink(missing_ok=True)
    databases = [f"sqlite:///{sqlite}"]
    if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        databases.append(os.environ["DATABASE_URL"])
    results = [run(url, path) for url in databases]
    print(f"{args.count} rows, {path.stat().st_size / 1024 / 1024:.1f} MB CSV")
    print(
        "| database | first import | rows/s | CPU of this process | again (unchanged) | rows/s | summary of the first |"
    )
    for result in results:
        first, again = result["runs"]
        print(
            f"| {result['vendor']} | {first['seconds']:.1f} s | {args.count / first['seconds']:.0f} "
            f"| {first['cpu']:.1f} s | {again['seconds']:.1f} s | {args.count / again['seconds']:.0f} "
            f"| {first['summary']} |"
        )
        if result["offers"] != args.count or first["errors"] or again["errors"]:
            sys.exit(f"Not every row was imported on {result['vendor']}: {first['summary']} / {again['summary']}")
    # The wall-clock time is the goal; the CPU time of the importing process tells apart a slow import from a busy
    # machine (the database server's own work on PostgreSQL is in the wall-clock time only).
    slowest = max(result["runs"][0]["seconds"] for result in results)
    slowest_cpu = max(result["runs"][0]["cpu"] for result in results)
    print(
        f"rows_per_second_vs_goal={args.count / slowest / GOAL_ROWS_PER_SECOND:.2f} "
        f"cpu_rows_per_second_vs_goal={args.count / slowest_cpu / GOAL_ROWS_PER_SECOND:.2f}"
    )


if __name__ == "__main__":
    main()
