"""Benchmark: the coach's caseload (coaching.services.caseload, one query with subqueries) for a large caseload,
against the old list of names only (the people who gave access, no facts, no signals) on the same data.

Run: .venv/bin/python bench/coach_caseload.py [--people 300] [--rounds 30]
The database is the one DATABASE_URL names (default: a SQLite file in a temporary folder); use a database of your
own. Each person gets a scan, three plan steps (one overdue), two conversations (one planned) and a plan change.
Every filter and sort order is timed. Goal (issue 15): a caseload of 300 under 250 ms (p95) and at most 5 times
the names-only list (measured 2026-11-30: SQLite 3.0x, p95 122 ms; PostgreSQL 3.1x, p95 162 ms).
Last line: caseload_vs_names=<caseload median / names median> p95_ms=<caseload p95>
"""

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def fill(people: int):
    from django.utils import timezone

    from wegwijzer.accounts.models import Role, User
    from wegwijzer.coaching.models import Contact, PlanChange, PlanStep
    from wegwijzer.coaching.services import grant_access
    from wegwijzer.scan.models import Scan

    today = timezone.localdate()
    coach = User.objects.create(username="bench-coach", role=Role.COACH)
    for i in range(people):
        person = User.objects.create(username=f"bench-{i}", first_name=f"Persoon {i}", role=Role.DEELNEMER)
        grant_access(person, coach)
        Scan.objects.create(code=f"bench-{i}", user=person, answers={})
        for days in (-3, 5, 20):
            PlanStep.objects.create(person=person, text="stap", owner="deelnemer", due=today + datetime.timedelta(days))
        for days in (-10, 7):
            Contact.objects.create(person=person, coach=coach, date=today + datetime.timedelta(days), kind="intake",
                                   topic="t", tag="curatief")  # fmt: skip
        PlanChange.objects.create(person=person, actor=coach, actor_role="coach", text="stap")
    return coach


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/coach-bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegwijzer.conf.dev")
    import django

    django.setup()
    from django.core.management import call_command

    from wegwijzer.accounts.models import Consent, User
    from wegwijzer.coaching import services
    from wegwijzer.coaching.views import ORDER_CHOICES, SHOW_CHOICES

    call_command("migrate", verbosity=0)
    coach = fill(args.people)
    consents = Consent.objects.filter(recipient=coach, withdrawn_at__isnull=True).values("person")

    def names() -> list:
        return list(User.objects.filter(pk__in=consents).order_by("first_name", "username"))

    combinations = [(show, order) for show, _ in SHOW_CHOICES for order, _ in ORDER_CHOICES]
    caseload_times, names_times = [], []
    for _ in range(args.rounds):
        for show, order in combinations:
            caseload_times.append(timed(lambda s=show, o=order: list(services.caseload(coach, show=s, order=o))))
            names_times.append(timed(names))
    ratio = statistics.median(caseload_times) / statistics.median(names_times)
    print(f"{args.people} people, {len(combinations)} filter/sort combinations x {args.rounds} rounds")
    print(f"names only: median {statistics.median(names_times):.1f} ms")
    print(
        f"caseload:   median {statistics.median(caseload_times):.1f} ms, p95 {percentile(caseload_times, 0.95):.1f} ms"
    )
    print(f"caseload_vs_names={ratio:.2f} p95_ms={percentile(caseload_times, 0.95):.1f}")


if __name__ == "__main__":
    main()
