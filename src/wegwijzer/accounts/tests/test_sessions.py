"""A deleted account is logged out everywhere, and expired sessions do not linger (wegwijzer purge_expired)."""

import io
from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def logged_in(user) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


def test_deleting_your_account_logs_out_your_other_browsers(world):
    phone, laptop, coach = logged_in(world.subject), logged_in(world.subject), logged_in(world.coach_with_consent)
    laptop.get(reverse("accounts:privacy"))

    response = phone.post(reverse("accounts:delete_account"), {"password": PASSWORD, "confirm": "on"})
    assert response["Location"] == reverse("accounts:deleted")

    assert laptop.get(reverse("accounts:privacy"))["Location"].startswith(reverse("accounts:login"))
    assert not Session.objects.filter(session_key=laptop.session.session_key).exists()
    assert coach.get(reverse("coaching:caseload")).status_code == 200


def test_an_account_deleted_in_the_admin_is_logged_out_too(world):
    laptop, admin = logged_in(world.subject), Client()
    admin.force_login(world.beheerder)
    admin.post(reverse("admin:accounts_user_delete", args=[world.subject.pk]), {"post": "yes"})
    assert not Session.objects.filter(session_key=laptop.session.session_key).exists()


def test_purge_expired_removes_expired_sessions_only(world):
    old, current = logged_in(world.subject), logged_in(world.coach_with_consent)
    Session.objects.filter(session_key=old.session.session_key).update(expire_date=timezone.now() - timedelta(hours=1))

    call_command("purge_expired", stdout=io.StringIO())

    assert not Session.objects.filter(session_key=old.session.session_key).exists()
    assert Session.objects.filter(session_key=current.session.session_key).exists()
