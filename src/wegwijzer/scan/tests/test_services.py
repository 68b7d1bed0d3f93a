"""Services: finding a scan, storing answers (sensitive ones only with consent), profile, plan and retention."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.test import RequestFactory
from django.utils import timezone

from wegwijzer.scan import services
from wegwijzer.scan.codes import code_hash
from wegwijzer.scan.models import Plan, Scan
from wegwijzer.scan.questions import BY_KEY

pytestmark = pytest.mark.django_db


def make_request(user=None):
    request = RequestFactory().get("/")
    request.session = SessionStore()
    request.user = user or AnonymousUser()
    request.META["REMOTE_ADDR"] = "127.0.0.9"
    return request


@pytest.fixture
def person():
    return get_user_model().objects.create_user("sanne", password="geheim-wachtwoord-123")


def _started_code(request) -> str:
    services.start_scan(request)
    return services.normalise_code(services.display_code(request, services.session_scan(request)))


def test_codes_are_short_unambiguous_and_unique():
    codes = {_started_code(make_request()) for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert len(code) == services.CODE_LENGTH
        assert set(code) <= set(services.CODE_ALPHABET)
        assert not set(code) & set("0O1IL")


@pytest.mark.parametrize("typed", ["abcd-efgh", " ABCD EFGH ", "abcdefgh", "ABCD–EFGH"])
def test_a_typed_code_is_normalised(typed):
    assert services.normalise_code(typed) == "ABCDEFGH"


def test_current_profile_is_none_without_a_scan():
    assert services.current_profile(make_request()) is None


def test_current_profile_of_the_session_scan():
    request = make_request()
    scan = services.start_scan(request)
    services.save_answer(request, scan, BY_KEY["werk"], "zzp")
    services.save_answer(request, scan, BY_KEY["zin-in-leren"], "5")
    profile = services.current_profile(request)
    assert profile.work_status == "zzp"
    assert profile.scales.motivation == 5


def test_current_profile_of_a_logged_in_person_is_their_latest_scan(person):
    older = Scan.objects.create(code="AAAAAAAA", user=person, answers={"werk": "vast"})
    Scan.objects.create(code="BBBBBBBB", user=person, answers={"werk": "zzp"})
    Scan.objects.filter(pk=older.pk).update(updated_at=timezone.now() - timedelta(days=3))
    assert services.current_profile(make_request(person)).work_status == "zzp"


def test_a_scan_saved_to_an_account_is_not_opened_by_its_code_alone(person):
    scan = Scan.objects.create(code=code_hash("CCCCDDDD"), user=person)
    with pytest.raises(services.ScanOfOtherAccount):
        services.open_by_code(make_request(), "cccc-dddd")
    assert services.open_by_code(make_request(person), "cccc-dddd") == scan
    stranger = get_user_model().objects.create_user("piet", password="geheim-wachtwoord-123")
    with pytest.raises(services.ScanOfOtherAccount):
        services.attach_to_user(scan, stranger)


def test_a_session_pointing_at_someone_elses_scan_is_forgotten(person):
    request = make_request()
    request.session[services.SESSION_CODE] = Scan.objects.create(code="EEEEFFFF", user=person).code
    assert services.session_scan(request) is None
    assert services.SESSION_CODE not in request.session


def test_wrong_codes_are_counted_and_then_refused():
    request = make_request()
    request.META["REMOTE_ADDR"] = "127.0.0.77"
    for _ in range(services.CODE_ATTEMPTS):
        assert not services.too_many_code_attempts(request)
        with pytest.raises(services.ScanNotFound):
            services.open_by_code(request, "ZZZZ-ZZZZ")
    assert services.too_many_code_attempts(request)


def test_saving_the_same_answer_twice_changes_nothing():
    request = make_request()
    scan = services.start_scan(request)
    first = services.save_answer(request, scan, BY_KEY["leeftijd"], 40)
    second = services.save_answer(request, scan, BY_KEY["leeftijd"], 40)
    assert first.answers == second.answers == {"leeftijd": 40}
    assert Scan.objects.count() == 1


def test_the_scan_is_complete_after_the_last_question():
    request = make_request()
    scan = services.start_scan(request)
    assert services.save_answer(request, scan, BY_KEY["werk"], "vast").completed_at is None
    assert services.save_answer(request, scan, BY_KEY["leren"], ["kort"]).completed_at is None
    assert services.save_answer(request, scan, BY_KEY["gemeente"], None).completed_at is not None


def _raw_sensitive_column(scan) -> str | None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT sensitive_answers FROM scan_scan WHERE id = %s", [scan.pk])
        return cursor.fetchone()[0]


def test_without_consent_a_sensitive_answer_is_used_but_not_stored():
    request = make_request()
    scan = services.start_scan(request)
    code = services.display_code(request, scan)
    scan = services.save_answer(request, scan, BY_KEY["zorgen"], ["schulden"], consent=False)
    assert scan.answers == {"zorgen": None}
    assert scan.sensitive_answers is None and scan.sensitive_consent_at is None
    assert _raw_sensitive_column(scan) is None
    assert "schulden" not in str(dict(request.session))  # the session holds it encrypted
    assert services.profile_for(request, scan).problems == ["schulden"]
    assert services.sensitive_status(request, scan) == "alleen_nu"
    assert request.session.get_expire_at_browser_close()
    # Another browser resuming with the code does not get it.
    other = make_request()
    services.open_by_code(other, code)
    assert services.profile_for(other, scan).problems == []


def test_with_consent_a_sensitive_answer_is_stored_encrypted():
    request = make_request()
    scan = services.start_scan(request)
    scan = services.save_answer(request, scan, BY_KEY["zorgen"], ["psychisch"], consent=True)
    assert scan.sensitive_answers == {"zorgen": ["psychisch"]}
    assert scan.sensitive_consent_at is not None
    raw = _raw_sensitive_column(scan)
    assert raw and "psychisch" not in raw
    assert services.sensitive_status(request, scan) == "bewaard"


def test_answering_again_without_consent_removes_the_stored_answer():
    request = make_request()
    scan = services.start_scan(request)
    services.save_answer(request, scan, BY_KEY["zorgen"], ["schulden"], consent=True)
    scan = services.save_answer(request, scan, BY_KEY["zorgen"], ["schulden"], consent=False)
    assert scan.sensitive_answers is None and scan.sensitive_consent_at is None


def test_consent_can_be_given_later_and_withdrawn():
    request = make_request()
    scan = services.start_scan(request)
    scan = services.save_answer(request, scan, BY_KEY["zorgen"], ["geldzorgen"])
    services.give_consent(request, scan)
    scan.refresh_from_db()
    assert scan.sensitive_answers == {"zorgen": ["geldzorgen"]}
    assert services.sensitive_status(request, scan) == "bewaard"
    services.withdraw_consent(request, scan)
    scan.refresh_from_db()
    assert scan.sensitive_answers is None and scan.sensitive_consent_at is None
    assert scan.sensitive_consent_withdrawn_at is not None
    assert services.profile_for(request, scan).problems == []


def test_advice_steps_carry_readable_sources():
    request = make_request()
    scan = services.start_scan(request)
    services.save_answer(request, scan, BY_KEY["zorgen"], ["schulden"])
    advice = services.advice_for(request, scan)
    step = next(step for step in advice["steps"] if step["code"] == "hulp_bij_geldzorgen")
    titles = [note.title for note in step["source_notes"]]
    assert "Panteia, Belemmeringen Leven Lang Ontwikkelen (2019)" in titles
    assert any("hoofdstuk 8.3, regel" in note.where for note in step["source_notes"])


def test_delete_expired_scans_removes_only_old_anonymous_scans(person):
    old_anonymous = Scan.objects.create(code="OLDANON2")
    Plan.objects.create(scan=old_anonymous, steps=[], goal="x", first_step="y", first_step_date=timezone.localdate())
    recent = Scan.objects.create(code="NEWANON2")
    old_saved = Scan.objects.create(code="OLDSAVE2", user=person)
    long_ago = timezone.now() - timedelta(days=91)
    Scan.objects.filter(pk__in=[old_anonymous.pk, old_saved.pk]).update(updated_at=long_ago)
    assert services.delete_expired_scans(90) == 1
    assert set(Scan.objects.values_list("code", flat=True)) == {recent.code, old_saved.code}
    assert not Plan.objects.exists()


def test_plan_steps_keep_a_step_the_advice_no_longer_gives():
    steps = services.plan_steps(["hulp_bij_geldzorgen"], {"steps": []})
    assert [step["code"] for step in steps] == ["hulp_bij_geldzorgen"]
    assert steps[0]["title"]
