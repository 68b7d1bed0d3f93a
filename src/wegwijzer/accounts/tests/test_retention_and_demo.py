"""`wegwijzer purge_expired` runs every app's retention hook; demo accounts exist only in demo mode."""

import io
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from wegwijzer.accounts import demo
from wegwijzer.accounts.models import Role, User
from wegwijzer.core.registry import Retention, registry

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    output = io.StringIO()
    call_command("purge_expired", *args, stdout=output)
    return output.getvalue()


def test_purge_expired_calls_each_hook_with_the_configured_retention(settings, monkeypatch):
    settings.WEGWIJZER_ANONYMOUS_SCAN_RETENTION_DAYS = 30
    calls = []
    monkeypatch.setattr(registry, "retention", lambda: [("proef", Retention("oude proeven", calls.append))])
    run()
    output = run("--days", "7")
    assert calls == [30, 7]
    assert "proef, oude proeven" in output


def test_the_daily_scheduler_runs_every_retention_with_the_configured_days(settings, monkeypatch):
    settings.WEGWIJZER_ANONYMOUS_SCAN_RETENTION_DAYS = 30
    calls = []
    monkeypatch.setattr(registry, "retention", lambda: [("proef", Retention("oude proeven", calls.append))])
    call_command("run_periodic", "--datum", "2026-12-01", stdout=io.StringIO())
    call_command("run_periodic", "--datum", "2026-12-01", stdout=io.StringIO())  # once a day, however often cron asks
    assert calls == [30]


def test_purge_expired_refuses_a_retention_below_one_day():
    with pytest.raises(CommandError, match="minstens 1 dag"):
        run("--days", "0")


def test_the_default_retention_is_90_days():
    from wegwijzer.conf import base

    assert base.WEGWIJZER_ANONYMOUS_SCAN_RETENTION_DAYS == 90


def test_retention_covers_scans_sessions_unconfirmed_accounts_ended_coaching_and_old_messages():
    from wegwijzer.accounts.privacy import delete_expired_sessions
    from wegwijzer.accounts.signup import delete_unconfirmed
    from wegwijzer.coaching.services import delete_after_access_ended
    from wegwijzer.notifications.privacy import delete_old_messages
    from wegwijzer.scan.services import delete_expired_scans

    registered = {(label, r.delete_expired) for label, r in registry.retention()}
    expected = {
        ("scan", delete_expired_scans),
        ("accounts", delete_expired_sessions),
        ("accounts", delete_unconfirmed),
        ("coaching", delete_after_access_ended),
        ("notifications", delete_old_messages),
    }
    assert registered == expected


def test_anonymous_scans_older_than_the_retention_are_removed_and_saved_ones_stay():
    from wegwijzer.scan.models import Scan

    owner = User.objects.create(username="eigenaar")
    old_anonymous = Scan.objects.create(code="OUDANON1", answers={})
    old_saved = Scan.objects.create(code="OUDBEWAA", answers={}, user=owner)
    recent = Scan.objects.create(code="NIEUWANO", answers={})
    long_ago = timezone.now() - timedelta(days=91)
    Scan.objects.filter(pk__in=[old_anonymous.pk, old_saved.pk]).update(updated_at=long_ago)
    output = run()
    assert "ouder dan 90 dagen" in output
    assert set(Scan.objects.values_list("pk", flat=True)) == {old_saved.pk, recent.pk}


def test_demo_accounts_one_per_role_only_in_demo_mode(settings):
    settings.WEGWIJZER_DEMO = False
    assert "overgeslagen" in demo.load()
    assert not User.objects.exists()

    settings.WEGWIJZER_DEMO = True
    demo.load()
    demo.load()  # twice: still one of each
    users = User.objects.filter(username__startswith="demo-")
    assert sorted(users.values_list("role", flat=True)) == sorted(Role.values)
    assert all(user.check_password(demo.DEMO_PASSWORD) for user in users)
    assert users.get(role=Role.BEHEERDER).is_staff
