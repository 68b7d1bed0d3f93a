"""The daily jobs run as background tasks on both backends: the database (the embedded default, `wegwijzer
db_worker`) and Redis (at scale, `wegwijzer rqworker`). Enqueuing sends nothing; the worker does the work."""

import os

import pytest
import redis
from django.core import mail
from django.core.management import call_command

from wegwijzer.core.models import PeriodicRun
from wegwijzer.core.registry import registry
from wegwijzer.notifications.models import Message

from .conftest import STEP_DATE, run_periodic

pytestmark = pytest.mark.django_db(transaction=True)
DAY_BEFORE = STEP_DATE.replace(day=STEP_DATE.day - 1)


def test_the_database_backend_holds_the_jobs_until_its_worker_runs_them(settings, person, make_plan):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    make_plan(person)
    run_periodic(DAY_BEFORE)
    assert DBTaskResult.objects.count() == len(registry.periodic_jobs())
    assert mail.outbox == []

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert Message.objects.filter(person=person, kind=Message.Kind.REMINDER).count() == 1
    assert len(mail.outbox) == 1
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}


def _redis_queue():
    import django_rq
    from django_tasks_rq import Job

    queue = django_rq.get_queue("default", job_class=Job)
    try:
        queue.connection.ping()
    except redis.ConnectionError as error:
        reason = f"Redis is er niet ({error}); start redis-server op 127.0.0.1:6379 voor deze test."
        if os.environ.get("CI") == "true":
            pytest.fail(f"In CI moet Redis er zijn: {reason}")
        pytest.skip(reason)
    return queue


def test_the_redis_backend_holds_the_jobs_until_its_worker_runs_them(settings, person, make_plan):
    from django_tasks_rq import Job
    from rq import SimpleWorker

    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    queue = _redis_queue()
    queue.empty()
    make_plan(person)
    run_periodic(DAY_BEFORE)
    assert queue.count == len(registry.periodic_jobs())
    assert PeriodicRun.objects.count() == len(registry.periodic_jobs())
    assert mail.outbox == []

    SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)
    assert Message.objects.filter(person=person, kind=Message.Kind.REMINDER).count() == 1
    assert len(mail.outbox) == 1
    assert queue.count == 0


def test_a_job_is_enqueued_once_a_day(settings, person):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    from django_tasks_db.models import DBTaskResult

    first = run_periodic(DAY_BEFORE)
    second = run_periodic(DAY_BEFORE)
    assert "herinneringen: klaargezet" in first
    assert "herinneringen: was vandaag al klaargezet" in second
    assert DBTaskResult.objects.count() == len(registry.periodic_jobs())
    run_periodic(STEP_DATE)
    assert DBTaskResult.objects.count() == 2 * len(registry.periodic_jobs())
