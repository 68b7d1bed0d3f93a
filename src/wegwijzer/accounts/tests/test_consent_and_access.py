"""Consent per coach (grant, withdraw), has_access for every role, the access log, and the privacy views."""

import json

import pytest
from django.urls import reverse

from wegwijzer.accounts import services
from wegwijzer.accounts.models import AccessLog, Consent, DataCategory, Role

from .conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def test_a_coach_sees_nothing_before_consent_and_everything_shared_after(world):
    coach, person = world.coach_without_consent, world.subject
    assert not services.has_access(coach, person, DataCategory.SCAN)
    services.grant_access(person, coach)
    assert services.has_access(coach, person, DataCategory.SCAN)
    assert not services.has_access(coach, person, DataCategory.SENSITIVE)
    services.grant_access(person, coach, include_sensitive=True)
    assert services.has_access(coach, person, DataCategory.SENSITIVE)
    assert services.withdraw_access(person, coach) == 1
    assert not services.has_access(coach, person, DataCategory.SCAN)
    history = Consent.objects.filter(person=person, recipient=coach)
    assert history.count() == 2 and all(c.withdrawn_at for c in history)


def test_granting_twice_keeps_one_consent_with_its_first_date(world):
    first = services.grant_access(world.subject, world.coach_with_consent)
    assert first == world.coach_consent
    assert Consent.objects.filter(person=world.subject, withdrawn_at__isnull=True).count() == 1


def test_only_a_coach_can_be_given_access(world):
    with pytest.raises(ValueError):
        services.grant_access(world.subject, world.werkgever)


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


def test_the_person_grants_access_with_the_coach_code(client, world):
    client.force_login(world.subject)
    coach = world.coach_without_consent
    response = client.post(reverse("accounts:grant_coach"), {"code": coach.coach_code.lower()})
    assert response.status_code == 302
    assert services.has_access(coach, world.subject, DataCategory.OVERVIEW)


def test_a_wrong_coach_code_says_so_and_changes_nothing(client, world):
    client.force_login(world.subject)
    before = Consent.objects.count()
    response = client.post(reverse("accounts:grant_coach"), {"code": "NIETBEST"})
    assert "We vinden geen coach met deze code" in response.content.decode()
    assert Consent.objects.count() == before


def test_the_person_withdraws_a_consent_after_confirming(client, world):
    client.force_login(world.subject)
    url = reverse("accounts:withdraw_consent", args=[world.coach_consent.pk])
    assert "Ja, trek in" in client.get(url).content.decode()
    assert services.has_access(world.coach_with_consent, world.subject, DataCategory.OVERVIEW)
    client.post(url)
    assert not services.has_access(world.coach_with_consent, world.subject, DataCategory.OVERVIEW)


def test_opening_a_persons_data_asks_why_and_logs_it(client, world):
    coach, person = world.coach_with_consent, world.subject
    client.force_login(coach)
    url = reverse("accounts:coach_person", args=[person.pk])
    assert "Waarom wil je de gegevens nu zien?" in client.get(url).content.decode()
    assert not AccessLog.objects.exists()  # asking the reason shows nothing yet

    response = client.post(url, {"why": ""})
    assert "Schrijf kort waarom je kijkt." in response.content.decode()
    assert not AccessLog.objects.exists()

    response = client.post(url, {"why": "Voorbereiding gesprek"})
    assert person.email in response.content.decode()
    entry = AccessLog.objects.get()
    assert (entry.viewer, entry.person, entry.viewer_role, entry.what) == (coach, person, Role.COACH, "overzicht")
    assert entry.why == "Voorbereiding gesprek"

    client.force_login(person)
    page = client.get(reverse("accounts:privacy")).content.decode()
    assert "Voorbereiding gesprek" in page and "Karim" in page


def test_the_access_log_reason_is_encrypted_at_rest(world):
    from django.db import connection

    services.log_access(world.coach_with_consent, world.subject, "overzicht", "geheime reden")
    with connection.cursor() as cursor:
        cursor.execute("SELECT why FROM accounts_accesslog")
        (stored,) = cursor.fetchone()
    assert "geheime reden" not in stored


def test_the_caseload_lists_only_people_who_gave_access(client, world):
    client.force_login(world.coach_with_consent)
    page = client.get(reverse("accounts:caseload")).content.decode()
    assert "Sanne" in page and world.coach_with_consent.coach_code in page
    client.force_login(world.coach_without_consent)
    assert "Sanne" not in client.get(reverse("accounts:caseload")).content.decode()


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


def test_organisation_figures_hide_small_groups(client, world):
    client.force_login(world.werkgever)
    page = client.get(reverse("accounts:organisation")).content.decode()
    assert "minder dan 5" in page  # two people: too few to show
    for number in range(4):
        make_user(f"collega{number}", Role.DEELNEMER, organisation=world.employer)
    page = client.get(reverse("accounts:organisation")).content.decode()
    assert ">6<" in page
    client.force_login(world.regio)  # the region counts the people of its employers too
    assert ">6<" in client.get(reverse("accounts:organisation")).content.decode()


def test_sensitive_answers_consent_from_the_scan_shows_on_the_privacy_page(client, world):
    services.record_consent(world.subject, Consent.Subject.SENSITIVE_ANSWERS, source="scan")
    client.force_login(world.subject)
    assert "Wegwijzer mag je gevoelige antwoorden bewaren" in client.get(reverse("accounts:privacy")).content.decode()


def test_withdrawing_a_consent_tells_the_apps(world, monkeypatch):
    from wegwijzer.accounts import privacy_hooks

    told = []
    monkeypatch.setattr(
        privacy_hooks, "privacy_modules", lambda: [("proef", type("m", (), {"on_consent_withdrawn": told.append}))]
    )
    services.withdraw_consent(world.coach_consent)
    assert told == [world.coach_consent]


def test_a_scan_saved_to_the_account_shows_its_sensitive_answers_consent_on_the_privacy_page(client, world):
    from django.utils import timezone

    from wegwijzer.scan.models import Scan

    given = timezone.make_aware(timezone.datetime(2026, 3, 4, 10, 30))
    Scan.objects.create(code="PRIV2345", user=world.subject, answers={}, sensitive_consent_at=given)
    client.force_login(world.subject)
    page = client.get(reverse("accounts:privacy")).content.decode()
    assert "PRIV" in page and "4 maart 2026, 10:30" in page
