"""The steps a person agreed with their coach in the shared plan get the same reminder as the scan's first step,
and the steps done count as progress on Mijn Wegwijzer (coaching's registry parts dated_steps, finished_steps)."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from wegwijzer.coaching.models import PlanStep
from wegwijzer.coaching.services import add_step, complete_step
from wegwijzer.notifications.models import Message

from .conftest import STEP_DATE, run_periodic

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def test_the_persons_own_plan_step_gets_a_reminder_and_the_coachs_step_does_not(person, coach):
    add_step(person, coach, text="Vraag je rooster op voor de cursus", owner=PlanStep.Owner.PERSON, due=STEP_DATE)
    add_step(person, coach, text="Zoek een leerwerkplek", owner=PlanStep.Owner.COACH, due=STEP_DATE)

    run_periodic(STEP_DATE - 2 * DAY)

    reminders = Message.objects.filter(person=person, kind=Message.Kind.REMINDER)
    assert reminders.count() == 1
    assert len(mail.outbox) == 1
    assert "Vraag je rooster op voor de cursus" in mail.outbox[0].body
    assert "Zoek een leerwerkplek" not in mail.outbox[0].body


def test_a_step_done_in_the_shared_plan_shows_as_progress(client, person, coach):
    step = add_step(person, coach, text="Bel het leerwerkloket", owner=PlanStep.Owner.PERSON, due=STEP_DATE)
    client.force_login(person)
    assert "stap gezet" not in client.get(reverse("accounts:mine")).content.decode()

    complete_step(step, person)

    page = client.get(reverse("accounts:mine")).content.decode()
    assert "Je hebt 1 stap gezet" in page


def _answer_the_check_in(client, person, answer: str = Message.Answer.DONE):
    check_in = Message.objects.get(person=person, kind=Message.Kind.CHECK_IN)
    client.force_login(person)
    return client.post(reverse("accounts:message", args=[check_in.pk]), {"answer": answer})


def test_a_check_in_answered_gelukt_marks_the_coach_plan_step_done_and_counts_it_once(client, person, coach):
    step = add_step(person, coach, text="Bel het leerwerkloket", owner=PlanStep.Owner.PERSON, due=STEP_DATE)
    run_periodic(STEP_DATE + DAY)

    _answer_the_check_in(client, person)

    step.refresh_from_db()
    assert step.done_at is not None
    plan = client.get(reverse("accounts:my_coach_plan")).content.decode()
    assert "Gedaan: Bel het leerwerkloket" in plan  # in the history both of them see
    assert "Je hebt 1 stap gezet" in client.get(reverse("accounts:mine")).content.decode()


def test_marking_the_step_done_in_the_plan_after_gelukt_still_counts_one_step(client, person, coach):
    add_step(person, coach, text="Bel het leerwerkloket", owner=PlanStep.Owner.PERSON, due=STEP_DATE)
    run_periodic(STEP_DATE + DAY)
    _answer_the_check_in(client, person)
    step = PlanStep.objects.get(person=person)

    client.post(reverse("accounts:my_coach_plan"), {"action": "done", "step": step.pk})
    complete_step(step, coach)

    assert "Je hebt 1 stap gezet" in client.get(reverse("accounts:mine")).content.decode()


def test_a_check_in_answered_nog_niet_leaves_the_step_open(client, person, coach):
    step = add_step(person, coach, text="Bel het leerwerkloket", owner=PlanStep.Owner.PERSON, due=STEP_DATE)
    run_periodic(STEP_DATE + DAY)

    _answer_the_check_in(client, person, Message.Answer.NOT_YET)

    step.refresh_from_db()
    assert step.done_at is None
    assert "stap gezet" not in client.get(reverse("accounts:mine")).content.decode()
