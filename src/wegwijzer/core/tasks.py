"""The background task behind every daily job (django-tasks; the backend is settings.TASKS, see docs/deploy.md)."""

import datetime

from django_tasks import task

from .registry import registry


@task()
def run_periodic_job(name: str, day: str) -> str:
    """Run one registered daily job for one day (ISO date: task arguments must be JSON)."""
    return registry.periodic_jobs()[name].run(datetime.date.fromisoformat(day))
