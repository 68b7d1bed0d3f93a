"""Consent per coach (grant, withdraw), has_access for every role, the access log, and the privacy views."""

import json

import pytest
from django.urls import reverse

from wegwijzer.accounts import services
from wegwijzer.accounts.models import AccessLog, Consent, DataCategory, Role

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_employer_region_provider_never_see_a_person_unless_an_item_is_shared(world):
    person = world.subject
    for viewer in (world.werkgever, world.regio, world.aanbieder, world.other):
        assert not any(services.has_access(viewer, person, what) for what in DataCategory.values)
    services.record_consent(
        person, Consent.Subject.SHARE_WITH_EMPLOYER, item=DataCategory.PLAN, recipient_organisation=world.employer
    )
    assert services.has_access(world.werkgever, person, DataCategory.PLAN)
    assert not services.has_access(world.werkgever, person, DataCategory.SCAN)
    assert not services.has_access(world.regio, person, DataCategory.PLAN)


def test_an_administrator_sees_account_data_only(world):
    assert services.has_access(world.beheerder, world.subject, DataCategory.ACCOUNT)
    assert not services.has_access(world.beheerder, world.subject, DataCategory.SCAN)


def test_a_deactivated_coach_loses_access(world):
    world.coach_with_consent.is_active = False
    world.coach_with_consent.save()
    assert not services.has_access(world.coach_with_consent, world.subject, DataCategory.SCAN)


def test_the_person_withdraws_a_consent_after_confirming(client, world):
    client.force_login(world.subject)
    url = reverse("accounts:withdraw_consent", args=[world.coach_consent.pk])
    assert "Ja, trek in" in client.get(url).content.decode()
    assert services.has_access(world.coach_with_consent, world.subject, DataCategory.OVERVIEW)
    client.post(url)
    assert not services.has_access(world.coach_with_consent, world.subject, DataCategory.OVERVIEW)


def test_the_access_log_reason_is_encrypted_at_rest(world):
    from django.db import connection

    services.log_access(world.coach_with_consent, world.subject, "overzicht", "geheime reden")
    with connection.cursor() as cursor:
        cursor.execute("SELECT why FROM accounts_accesslog")
        (stored,) = cursor.fetchone()
    assert "geheime reden" not in stored


def test_an_administrator_opening_an_account_is_logged_for_the_person(client, world):
    client.force_login(world.beheerder)
    assert client.get(reverse("admin:accounts_user_change", args=[world.subject.pk])).status_code == 200
    entry = AccessLog.objects.get(person=world.subject)
    assert entry.viewer == world.beheerder and entry.what == DataCategory.ACCOUNT


def test_the_privacy_page_shows_what_is_stored_and_offers_both_downloads(client, world):
    client.force_login(world.subject)
    page = client.get(reverse("accounts:privacy")).content.decode()
    assert "sanne@example.org" in page
    assert "Een coach mag met je meekijken" in page

    response = client.get(reverse("accounts:export_json"))
    data = json.loads(response.content)
    assert "attachment" in response["Content-Disposition"]
    assert data["accounts"]["account"]["gebruikersnaam"] == "sanne"
    assert data["accounts"]["toestemmingen"][0]["aan"] == "Karim"

    html = client.get(reverse("accounts:export_html")).content.decode()
    assert "<h1>Mijn gegevens in Wegwijzer</h1>" in html and "sanne@example.org" in html


def test_deleting_the_account_needs_the_password_and_the_tick(client, world):
    person = world.subject
    client.force_login(person)
    url = reverse("accounts:delete_account")
    response = client.post(url, {"password": "fout"})
    assert "Dit wachtwoord klopt niet." in response.content.decode()
    assert "Vink dit aan" in response.content.decode()
    assert type(person).objects.filter(pk=person.pk).exists()

    response = client.post(url, {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302 and response["Location"] == reverse("accounts:deleted")
    assert not type(person).objects.filter(pk=person.pk).exists()
    assert not Consent.objects.filter(recipient=world.coach_with_consent, withdrawn_at__isnull=True).exists()
    assert client.get(reverse("accounts:privacy")).status_code == 302  # logged out


def test_deleting_a_coach_ends_their_access_but_keeps_the_persons_record(world):
    from wegwijzer.accounts.privacy_hooks import delete_account

    services.log_access(world.coach_with_consent, world.subject, "overzicht", "gesprek")
    delete_account(world.coach_with_consent)
    consent = Consent.objects.get(person=world.subject)
    assert consent.recipient is None and consent.withdrawn_at is not None
    entry = AccessLog.objects.get(person=world.subject)
    assert entry.viewer is None and entry.viewer_role == Role.COACH


def test_sensitive_answers_consent_from_the_scan_shows_on_the_privacy_page(client, world):
    services.record_consent(world.subject, Consent.Subject.SENSITIVE_ANSWERS, source="scan")
    client.force_login(world.subject)
    assert "Wegwijzer mag je gevoelige antwoorden bewaren" in client.get(reverse("accounts:privacy")).content.decode()


def test_withdrawing_a_consent_tells_the_apps(world, monkeypatch):
    from wegwijzer.core.registry import AppPlugin, registry

    told = []
    monkeypatch.setattr(registry, "privacy_plugins", lambda: [AppPlugin("proef", on_consent_withdrawn=told.append)])
    services.withdraw_consent(world.coach_consent)
    assert told == [world.coach_consent]


def test_a_scan_saved_to_the_account_shows_its_sensitive_answers_consent_on_the_privacy_page(client, world):
    from django.utils import timezone

    from wegwijzer.scan.models import Scan

    given = timezone.make_aware(timezone.datetime(2026, 3, 4, 10, 30))
    Scan.objects.create(code="PRIV2345", user=world.subject, answers={}, sensitive_consent_at=given)
    client.force_login(world.subject)
    page = client.get(reverse("accounts:privacy")).content.decode()
    assert "4 maart 2026, 10:30" in page
    assert "PRIV2345" not in page  # the scan's code field is a hash, never shown (the code itself is not kept)


def test_has_access_asks_only_the_grants_registered_for_the_viewers_role_and_the_data(world, monkeypatch):
    from wegwijzer.core.registry import AccessGrant, AppPlugin, registry

    provider, person = world.aanbieder, world.subject
    assert not services.has_access(provider, person, DataCategory.PLAN)  # no grant for a provider: refused
    asked = []

    def provider_grant(viewer, subject, what):
        asked.append((viewer, subject, what))
        return True

    grant = AccessGrant(Role.AANBIEDER, frozenset({DataCategory.PLAN}), provider_grant)
    monkeypatch.setitem(registry._plugins, "proef", AppPlugin(label="proef", access=(grant,)))
    assert services.has_access(provider, person, DataCategory.PLAN)
    assert not services.has_access(provider, person, DataCategory.SCAN)  # the grant is for the plan only
    assert asked == [(provider, person, DataCategory.PLAN)]
