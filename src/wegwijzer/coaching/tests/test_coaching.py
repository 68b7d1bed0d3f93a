"""Consent per coach (grant, withdraw), what a coach may see with it, the participant's page to give a coach
access, the coach's caseload and the coach's view of a person (asked why, logged)."""

import pytest
from django.urls import reverse

from wegwijzer.accounts import services
from wegwijzer.accounts.models import AccessLog, Consent, DataCategory, Role
from wegwijzer.coaching import services as coaching

pytestmark = pytest.mark.django_db


def test_a_coach_sees_nothing_before_consent_and_everything_shared_after(world):
    coach, person = world.coach_without_consent, world.subject
    assert not services.has_access(coach, person, DataCategory.SCAN)
    coaching.grant_access(person, coach)
    assert services.has_access(coach, person, DataCategory.SCAN)
    assert not services.has_access(coach, person, DataCategory.SENSITIVE)
    coaching.grant_access(person, coach, include_sensitive=True)
    assert services.has_access(coach, person, DataCategory.SENSITIVE)
    assert coaching.withdraw_access(person, coach) == 1
    assert not services.has_access(coach, person, DataCategory.SCAN)
    history = Consent.objects.filter(person=person, recipient=coach)
    assert history.count() == 2 and all(c.withdrawn_at for c in history)


def test_granting_twice_keeps_one_consent_with_its_first_date(world):
    first = coaching.grant_access(world.subject, world.coach_with_consent)
    assert first == world.coach_consent
    assert Consent.objects.filter(person=world.subject, withdrawn_at__isnull=True).count() == 1


def test_only_a_coach_can_be_given_access(world):
    with pytest.raises(ValueError):
        coaching.grant_access(world.subject, world.werkgever)


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


def test_opening_a_persons_data_asks_why_and_logs_it(client, world):
    coach, person = world.coach_with_consent, world.subject
    client.force_login(coach)
    url = reverse("coaching:person", args=[person.pk])
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


def test_the_caseload_lists_only_people_who_gave_access(client, world):
    client.force_login(world.coach_with_consent)
    page = client.get(reverse("coaching:caseload")).content.decode()
    assert "Sanne" in page and world.coach_with_consent.coach_code in page
    client.force_login(world.coach_without_consent)
    assert "Sanne" not in client.get(reverse("coaching:caseload")).content.decode()


def test_in_demo_mode_the_demo_participant_gives_the_demo_coach_access_once(settings):
    from wegwijzer.accounts import demo as account_demo
    from wegwijzer.accounts.models import User
    from wegwijzer.coaching import demo

    settings.WEGWIJZER_DEMO = True
    assert "overgeslagen" in demo.load()  # without the demo accounts (accounts' loader runs before ours)
    account_demo.load()
    demo.load()
    demo.load()  # twice: still one consent and one look
    coach = User.objects.get(username="demo-coach")
    assert [person.username for person in coaching.caseload(coach)] == ["demo-deelnemer"]
    assert AccessLog.objects.get().viewer == coach


def test_the_coach_pages_live_under_coach_and_a_coach_lands_on_the_caseload(client, world):
    assert reverse("coaching:caseload") == "/coach/"
    assert reverse("coaching:person", args=[world.subject.pk]) == f"/coach/{world.subject.pk}/"
    assert reverse("accounts:grant_coach") == "/account/privacy/coach/"
    client.force_login(world.coach_with_consent)
    assert client.get(reverse("accounts:start"))["Location"] == "/coach/"
