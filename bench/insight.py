"""Benchmark: the learning-climate dashboards of employers and regions against a plain GROUP BY over the raw answers.

Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/<your db> .venv/bin/python bench/insight.py --scans 1000000
PostgreSQL only (the database is emptied of insight data and filled; use a database of your own). --scans answers
(one per person, anonymous: insight.ClimateAnswer) go to employers of 40 people on average, each in one of the 35
labour-market regions, over four quarters that are over. Then `rebuild_climate_tallies` adds them up into the
kept sums (ClimateTally; reported apart: in the site each answer updates its sums in the same transaction, so
there is no delay), and `refresh_region_tallies` adds each region's closed quarters up (RegionClimateTally: the daily
job; a closed quarter reaches a region's dashboard within a day). --reuse keeps the answers and sums of an earlier
run with the same --scans. Measured, in one run on the same data: "dashboard" is what the dashboard page asks
(services.climate_dashboard: the closed quarters and the chosen one's figures, one query) for --samples employers
and every region, every quarter;
"raw" is the same figures (answers, mean per factor, count per barrier and per driver) by GROUP BY over the answers.
Goal (issue 16) at N = 1,000,000: every dashboard query <= 1 s and >= 10x faster than raw.
Also measured: one empty round trip to the database (SELECT 1), the floor of any dashboard that asks the database;
an employer's raw figures cost only a few of those, which bounds what any pre-aggregation can gain for one employer.
Last line: speedup_vs_raw=<raw time / dashboard time, all queries> p95_ms=<p95 of the dashboard queries>.
"""

import argparse
import datetime
import io
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegwijzer.conf.dev")

REGIONS = 35
PEOPLE_PER_EMPLOYER = 40
QUARTERS = [(2025, 1), (2025, 2), (2025, 3), (2025, 4)]
TODAY = datetime.date(2026, 1, 15)


def setup() -> None:
    import django

    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("bench/insight.py meet op PostgreSQL: zet DATABASE_URL=postgres://... (een eigen database).")
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def generate(scans: int, seed: int) -> tuple[list, list]:
    """Employers (about 40 answers each) in 35 regions, and the answers, written with COPY."""
    from django.db import connection

    from wegwijzer.accounts.models import Organisation
    from wegwijzer.insight.models import ClimateAnswer, ClimateTally
    from wegwijzer.insight.survey import load_survey

    rng = random.Random(seed)
    survey = load_survey()
    ClimateTally.objects.all().delete()
    ClimateAnswer.objects.all().delete()
    Organisation.objects.filter(name__startswith="bench-").delete()
    regions = Organisation.objects.bulk_create(
        Organisation(name=f"bench-regio-{n}", kind=Organisation.Kind.REGIO) for n in range(REGIONS)
    )
    employers = Organisation.objects.bulk_create(
        (
            Organisation(name=f"bench-werkgever-{n}", kind=Organisation.Kind.WERKGEVER, region=rng.choice(regions))
            for n in range(max(1, scans // PEOPLE_PER_EMPLOYER))
        ),
        batch_size=5000,
    )
    barriers, drivers = list(survey.barriers.options), list(survey.drivers.options)
    factors = [factor.key for factor in survey.factors]
    buffer = io.StringIO()
    for _ in range(scans):
        year, number = rng.choice(QUARTERS)
        week = datetime.date(year, number * 3 - 1, 1)
        scores = "{" + ", ".join(f'"{key}": {rng.randint(1, 5)}' for key in factors) + "}"
        employer = rng.choice(employers).pk
        row = (uuid.uuid4(), employer, week, f"{year}-K{number}", scores, rng.choice(barriers), rng.choice(drivers))
        buffer.write("\t".join(map(str, row)) + "\n")
    buffer.seek(0)
    table = ClimateAnswer._meta.db_table
    with connection.cursor() as cursor:
        columns = "id, organisation_id, week, quarter, scores, barrier, driver"
        with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            while chunk := buffer.read(1 << 20):
                copy.write(chunk)
        cursor.execute(f"ANALYZE {table}")
    return employers, regions


def raw_figures(organisation, quarter: str) -> tuple:
    """The dashboard's figures the plain way: GROUP BY over the answers of the scope and quarter."""
    from django.db import connection

    from wegwijzer.insight.models import ClimateAnswer
    from wegwijzer.insight.survey import load_survey

    table = ClimateAnswer._meta.db_table
    factors = [factor.key for factor in load_survey().factors]
    means = ", ".join(f"avg((a.scores->>'{key}')::int)" for key in factors)
    scope = "o.region_id = %s" if organisation.kind == "regio" else "o.id = %s"
    join = f"FROM {table} a JOIN accounts_organisation o ON o.id = a.organisation_id WHERE {scope} AND a.quarter = %s"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*), {means} {join}", [organisation.pk, quarter])
        totals = cursor.fetchone()
        cursor.execute(f"SELECT a.barrier, count(*) {join} GROUP BY a.barrier", [organisation.pk, quarter])
        by_barrier = cursor.fetchall()
        cursor.execute(f"SELECT a.driver, count(*) {join} GROUP BY a.driver", [organisation.pk, quarter])
        return totals, by_barrier, cursor.fetchall()


def dashboard_figures(organisation, quarter: str):
    from wegwijzer.insight import services

    return services.climate_dashboard(organisation, quarter, TODAY)


def round_trip(_organisation, _quarter) -> None:
    """The least any query costs: one round trip to the database that reads nothing (the floor of a dashboard that
    asks the database at all)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=100, help="employers measured (every region is measured)")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--reuse", action="store_true", help="keep the data of an earlier run with the same --scans")
    arguments = parser.parse_args()
    setup()
    from wegwijzer.accounts.models import Organisation
    from wegwijzer.insight.models import ClimateAnswer
    from wegwijzer.insight.services import rebuild_tallies, refresh_region_tallies

    if arguments.reuse and ClimateAnswer.objects.count() == arguments.scans:
        employers = list(Organisation.objects.filter(name__startswith="bench-werkgever").order_by("pk"))
        regions = list(Organisation.objects.filter(name__startswith="bench-regio").order_by("pk"))
        print(f"reused {arguments.scans} answers, {len(employers)} employers, {len(regions)} regions")
    else:
        start = time.perf_counter()
        employers, regions = generate(arguments.scans, arguments.seed)
        print(f"generated {arguments.scans} answers, {len(employers)} employers, {len(regions)} regions")
        print(f"in {time.perf_counter() - start:.1f} s")
        start = time.perf_counter()
        rows = rebuild_tallies()
        print(f"rebuild_climate_tallies: {rows} sums in {time.perf_counter() - start:.1f} s (once, after the load)")

    from django.db import connection

    start = time.perf_counter()
    rows = refresh_region_tallies(TODAY)
    print(f"refresh_region_tallies: {rows} region sums in {time.perf_counter() - start:.1f} s (the daily job)")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE insight_climatetally")
        cursor.execute("ANALYZE insight_regionclimatetally")

    rng = random.Random(arguments.seed)
    viewers = rng.sample(employers, min(arguments.samples, len(employers))) + regions
    quarters = [f"{year}-K{number}" for year, number in QUARTERS]
    dashboard, raw = {"werkgever": [], "regio": []}, {"werkgever": [], "regio": []}
    floor: list[float] = []
    for viewer in viewers:  # warm both once, so neither pays for a cold cache alone
        dashboard_figures(viewer, quarters[0]), raw_figures(viewer, quarters[0])
    for viewer in viewers:
        for quarter in quarters:
            dashboard[viewer.kind].append(timed(dashboard_figures, viewer, quarter))
            raw[viewer.kind].append(timed(raw_figures, viewer, quarter))
            floor.append(timed(round_trip, viewer, quarter))

    def p95(values: list[float]) -> float:
        return statistics.quantiles(values, n=20)[-1] * 1000 if len(values) > 1 else values[0] * 1000

    for kind in ("werkgever", "regio"):
        print(
            f"{kind}: dashboard p95 {p95(dashboard[kind]):.2f} ms max {max(dashboard[kind]) * 1000:.2f} ms; "
            f"raw p95 {p95(raw[kind]):.2f} ms max {max(raw[kind]) * 1000:.2f} ms; "
            f"speedup {sum(raw[kind]) / sum(dashboard[kind]):.1f}"
        )
    employer_raw = sum(raw["werkgever"]) / len(raw["werkgever"])
    print(
        f"one round trip (SELECT 1): p50 {statistics.median(floor) * 1000:.2f} ms; an employer's raw figures cost "
        f"{employer_raw / statistics.mean(floor):.1f} round trips (the most a dashboard asking the database can gain)"
    )
    every_dashboard = dashboard["werkgever"] + dashboard["regio"]
    speedup = (sum(raw["werkgever"]) + sum(raw["regio"])) / sum(every_dashboard)
    print(f"speedup_vs_raw={speedup:.1f} p95_ms={p95(every_dashboard):.2f}")


if __name__ == "__main__":
    main()
