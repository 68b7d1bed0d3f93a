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
