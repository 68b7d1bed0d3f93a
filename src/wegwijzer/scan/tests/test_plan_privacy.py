"""Plan steps that follow from a sensitive answer are as sensitive as the answer (security test, issue 9, H1):
never stored in plain text, stored encrypted only with the consent for sensitive answers, otherwise only in the
browser session, and gone when that consent is withdrawn."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wegwijzer.advice.engine import load_rulebook
from wegwijzer.scan import services
from wegwijzer.scan.models import Plan

from .conftest import FLEX_WORKER, complete_scan, shown_code

pytestmark = pytest.mark.django_db
DEBT = "hulp_bij_geldzorgen"
DEBT_TITLE = "Vraag gratis hulp bij geldzorgen"


def raw_plan_rows() -> str:
    """The scan_plan table as a database copy holds it."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM scan_plan")
        return repr(cursor.fetchall())


def make_plan(client, steps: list[str]) -> None:
    when = (timezone.localdate() + timedelta(days=3)).strftime("%d-%m-%Y")
    data = {"steps": steps, "goal": "Ik wil timmerman worden.", "first_step": "Ik bel.", "first_step_date": when}
    assert client.post(reverse("scan:plan_edit"), data).status_code == 303


def other_step(client) -> str:
    advice = client.get(reverse("scan:result")).context["advice"]
    return next(step["code"] for step in advice["steps"] if step["code"] not in services.sensitive_step_codes())


def test_the_steps_that_read_a_sensitive_answer_come_from_the_rules():
    sensitive = services.sensitive_step_codes()
    assert {DEBT, "zorg_voor_gezondheid", "mantelzorg_verlichten"} <= sensitive  # read the answer directly
    assert "omscholen_met_baan" in sensitive  # through a fact: {not: ernstige_problemen}
    assert "coach_bij_stapeling" in sensitive  # through facts and a count of barriers that read it
    assert "toeslagen_laten_berekenen" in sensitive  # through barrier armoedeval: a working parent's geldzorgen
    assert "taal_oefenen" not in sensitive and "leertijd_inplannen_zzp" not in sensitive
    assert sensitive <= {rule.code for rule in load_rulebook().steps}


def test_without_consent_the_step_lives_only_in_this_browser(completed):
    kept = other_step(completed)
    make_plan(completed, [DEBT, kept])
    plan = Plan.objects.get()
    assert plan.steps == [kept] and plan.sensitive_steps is None
    assert DEBT not in raw_plan_rows()
    assert DEBT_TITLE in completed.get(reverse("scan:plan")).content.decode()  # this browser still has it
    other = Client()
    other.post(reverse("scan:resume"), {"code": shown_code(completed)})
    page = other.get(reverse("scan:plan")).content.decode()
    assert DEBT_TITLE not in page and "Ik wil timmerman worden." in page


def test_with_consent_the_step_is_stored_encrypted_and_withdrawing_deletes_it(client):
    complete_scan(client, FLEX_WORKER)
    client.post(reverse("scan:consent"), {"action": "geven"})
    make_plan(client, [DEBT])
    plan = Plan.objects.get()
    assert plan.sensitive_steps == [DEBT] and plan.steps == []
    assert DEBT not in raw_plan_rows()
    client.post(reverse("scan:consent"), {"action": "wissen"})
    assert Plan.objects.get().sensitive_steps is None
    assert DEBT_TITLE not in client.get(reverse("scan:plan")).content.decode()


def test_consent_given_after_the_plan_moves_the_step_from_the_session_into_the_plan(completed):
    make_plan(completed, [DEBT])
    assert Plan.objects.get().sensitive_steps is None
    completed.post(reverse("scan:consent"), {"action": "geven"})
    assert Plan.objects.get().sensitive_steps == [DEBT]
    assert DEBT not in raw_plan_rows()
    assert DEBT_TITLE in completed.get(reverse("scan:plan")).content.decode()


def test_withdrawing_consent_also_deletes_the_step_kept_in_the_session(completed):
    make_plan(completed, [DEBT])
    completed.post(reverse("scan:consent"), {"action": "wissen"})
    assert DEBT_TITLE not in completed.get(reverse("scan:plan")).content.decode()


def test_a_person_who_skipped_the_sensitive_question_keeps_every_step(client):
    complete_scan(client, {key: value for key, value in FLEX_WORKER.items() if key != "zorgen"})
    advice = client.get(reverse("scan:result")).context["advice"]
    chosen = [step["code"] for step in advice["steps"]][:3]
    make_plan(client, chosen)
    assert Plan.objects.get().steps == chosen  # without a sensitive answer a step gives nothing away
