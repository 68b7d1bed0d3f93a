"""The AVG hooks: export and delete everything the scan app keeps about a user; consent withdrawn in the account."""

import json
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from wegwijzer.scan import privacy
from wegwijzer.scan.models import Plan, Scan

pytestmark = pytest.mark.django_db


@pytest.fixture
def person():
    return get_user_model().objects.create_user("fatima", password="geheim-wachtwoord-123")


@pytest.fixture
def saved_scan(person):
    scan = Scan.objects.create(
        code="FATI2345",
        user=person,
        answers={"werk": "zzp", "zorgen": None},
        sensitive_answers={"zorgen": ["schulden"]},
        sensitive_consent_at=timezone.now(),
    )
    Plan.objects.create(
        scan=scan,
        steps=["kleine_eerste_stap"],
        sensitive_steps=["hulp_bij_geldzorgen"],
        goal="Eigen zaak",
        first_step="Bellen",
        first_step_date="2026-12-01",
    )
    return scan


def test_export_holds_answers_sensitive_answers_and_plan_in_words_a_person_reads(person, saved_scan):
    """The export names questions and answers, and the plan's steps, as the pages do; no keys or codes (they were
    "werk", "zzp", "hulp_bij_geldzorgen" before, which a person cannot read)."""
    Scan.objects.create(code="ANON2345", answers={"werk": "vast"})  # someone else's, anonymous
    data = privacy.export_personal_data(person)
    json.dumps(data)  # plain JSON types only
    [scan] = data["scans"]
    assert "code" not in scan  # only its hash is kept, which tells the person nothing
    assert scan["antwoorden"] == {
        "Wat doe je nu vooral?": "Ik werk voor mezelf (zzp)",
        "Speelt een van deze dingen nu in je leven?": ["Je hebt schulden"],
    }
    assert scan["gevoelige_antwoorden_bewaard_sinds"]
    plan = scan["ontwikkelplan"]
    assert plan["doel"] == "Eigen zaak" and plan["datum_eerste_stap"] == "2026-12-01"
    assert plan["gekozen_stappen"] == ["Vraag gratis hulp bij geldzorgen", "Begin met één kleine stap die snel lukt"]
    for code in ("zzp", "schulden", "geldzorgen", "kleine_eerste_stap", "hulp_bij_geldzorgen"):
        assert f'"{code}"' not in json.dumps(data)


def test_export_of_a_user_without_scans_is_empty(person):
    assert privacy.export_personal_data(person) == {"scans": []}


def test_delete_removes_the_users_scans_and_plans_only(person, saved_scan):
    other = Scan.objects.create(code="ANON2345")
    privacy.delete_personal_data(person)
    assert list(Scan.objects.all()) == [other]
    assert not Plan.objects.exists()


def test_consent_withdrawn_in_the_account_deletes_sensitive_answers(person, saved_scan):
    withdrawn = timezone.now()
    privacy.on_consent_withdrawn(SimpleNamespace(subject="sensitive_answers", person=person, withdrawn_at=withdrawn))
    saved_scan.refresh_from_db()
    assert saved_scan.sensitive_answers is None and saved_scan.sensitive_consent_at is None
    assert saved_scan.sensitive_consent_withdrawn_at == withdrawn
    assert saved_scan.answers == {"werk": "zzp", "zorgen": None}


def test_other_consents_leave_the_scan_alone(person, saved_scan):
    privacy.on_consent_withdrawn(SimpleNamespace(subject="coach_access", person=person, withdrawn_at=timezone.now()))
    saved_scan.refresh_from_db()
    assert saved_scan.sensitive_answers == {"zorgen": ["schulden"]}


def test_retention_command(capsys):
    from django.core.management import call_command

    old = Scan.objects.create(code="OLDX2345")
    Scan.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=40))
    call_command("delete_expired_scans", "--dagen", "30")
    assert "1 anonieme scan(s) gewist" in capsys.readouterr().out
    assert not Scan.objects.exists()


def _request(user):
    from django.contrib.sessions.backends.db import SessionStore
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.session = SessionStore()
    request.user = user
    return request


def test_consent_in_an_account_is_recorded_and_withdrawn_with_the_accounts_app(person):
    from wegwijzer.accounts.models import Consent
    from wegwijzer.scan import services
    from wegwijzer.scan.questions import BY_KEY

    request = _request(person)
    scan = services.start_scan(request)
    services.save_answer(request, scan, BY_KEY["zorgen"], ["gezondheid"], consent=True)
    consent = Consent.objects.get(person=person, subject=Consent.Subject.SENSITIVE_ANSWERS)
    assert consent.source == "scan" and consent.withdrawn_at is None
    scan.refresh_from_db()
    services.withdraw_consent(request, scan)
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None
    assert Scan.objects.get(pk=scan.pk).sensitive_answers is None


def test_saving_an_anonymous_scan_to_an_account_records_its_consent(person):
    from wegwijzer.accounts.models import Consent
    from wegwijzer.scan import services

    given = timezone.now() - timedelta(days=2)
    scan = Scan.objects.create(code="ANON3456", sensitive_answers={"zorgen": ["schulden"]}, sensitive_consent_at=given)
    services.attach_to_user(scan, person)
    consent = Consent.objects.get(person=person, subject=Consent.Subject.SENSITIVE_ANSWERS)
    assert consent.given_at == given


def test_a_coach_sees_what_the_person_shares_and_no_more(person, saved_scan):
    from wegwijzer.coaching.services import grant_access, withdraw_access

    coach = get_user_model().objects.create_user("coach", password="geheim-wachtwoord-123", role="coach")
    assert privacy.shared_data(person, coach) == {}
    grant_access(person, coach)
    shared = privacy.shared_data(person, coach)
    answers = shared["loopbaanscan"]["antwoorden"]
    assert answers["Wat doe je nu vooral?"] == "Ik werk voor mezelf (zzp)"
    assert "Speelt een van deze dingen nu in je leven?" not in answers  # sensitive: not without that consent
    assert "Vraag gratis hulp bij geldzorgen" not in shared["loopbaanscan"]["stappen_in_het_advies"]
    assert shared["ontwikkelplan"]["doel"] == "Eigen zaak"
    withdraw_access(person, coach)
    grant_access(person, coach, include_sensitive=True)
    shared = privacy.shared_data(person, coach)
    assert shared["loopbaanscan"]["antwoorden"]["Speelt een van deze dingen nu in je leven?"] == ["Je hebt schulden"]
    assert "Vraag gratis hulp bij geldzorgen" in shared["loopbaanscan"]["stappen_in_het_advies"]
    assert privacy.shared_data(person, person)["loopbaanscan"]


def test_without_the_sensitive_consent_nobody_sees_whether_the_questions_about_learning_were_asked():
    """They wait only when the answer about problems says so: the single mother answered none of them, the same
    woman without problems answered them all; without the sensitive consent both show the same questions."""
    from wegwijzer.scan.questions import PAGES, learning_waits_for
    from wegwijzer.scan.services import readable_answers

    from .walk import SINGLE_MOTHER

    waited = {question.key for page in PAGES if page.can_wait for question in page.questions}
    stored = SINGLE_MOTHER | {"leeftijd": 31, "jaren-werk": 8, "uren": 12}  # numbers, as the form stores them
    mother = {key: value for key, value in stored.items() if key not in waited}
    without_problems = stored | {"zorgen": ["geen"], "uitkering": "geen"}
    assert learning_waits_for(mother) and not learning_waits_for(without_problems)
    assert readable_answers(mother, False).keys() == readable_answers(without_problems, False).keys()
    assert "Mijn familie en vrienden vinden leren goed." in readable_answers(without_problems, True)
