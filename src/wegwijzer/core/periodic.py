"""The one scheduler entry point for daily jobs: ``wegwijzer run_periodic`` (docs/deploy.md runs it from cron or a
systemd timer). It enqueues each job that apps declare in the registry (``AppPlugin.periodic``) at most once per
day; a worker of the task backend runs them."""

import datetime
from dataclasses import dataclass

from django.db import IntegrityError, transaction

from .models import PeriodicRun
from .registry import registry
from .tasks import run_periodic_job


@dataclass(frozen=True)
class Scheduled:
    name: str
    enqueued: bool  # False: this job was enqueued for this day before


def run_due(today: datetime.date) -> list[Scheduled]:
    return [Scheduled(name, _enqueue_once(name, today)) for name in registry.periodic_jobs()]


def _enqueue_once(name: str, today: datetime.date) -> bool:
    # Claim the day first, in the same transaction as the enqueue: a second run finds the claim, and a failing
    # enqueue (the broker is down) leaves no claim, so the next run tries again.
    try:
        with transaction.atomic():
            run = PeriodicRun.objects.create(name=name, day=today)
            result = run_periodic_job.enqueue(name, today.isoformat())
            run.task_id = str(result.id)
            run.save(update_fields=["task_id"])
    except IntegrityError:
        return False
    return True
