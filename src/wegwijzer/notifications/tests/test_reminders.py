"""A person hears from us before the date of their plan's first step, once, in the inbox and (as they chose) by
e-mail; after the date we ask how it went, and a coach hears when someone missed two of those questions."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from wegwijzer.accounts.models import Role
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.notifications.models import Frequency, Message
from wegwijzer.notifications.services import MISSED_AFTER_DAYS, set_frequency

from .conftest import STEP_DATE, run_periodic

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def test_a_reminder_arrives_before_the_steps_date_and_not_twice(client, person, make_plan):
    make_plan(person, first_step="Bel het leerwerkloket")

    run_periodic(STEP_DATE - 3 * DAY)
    assert mail.outbox == []

    run_periodic(STEP_DATE - 2 * DAY)
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["sanne@example.org"]
    assert sent.subject == "Herinnering: je stap op donderdag 10 december"
    assert "Bel het leerwerkloket" in sent.body
    assert "/account/berichten/stoppen/" in sent.extra_headers["List-Unsubscribe"]

    run_periodic(STEP_DATE - 2 * DAY)  # cron asks again the same day
    run_periodic(STEP_DATE - DAY)  # and the next day, still before the date
    assert len(mail.outbox) == 1
    assert Message.objects.filter(person=person, kind=Message.Kind.REMINDER).count() == 1

    client.force_login(person)
    inbox = client.get(reverse("accounts:messages")).content.decode()
    assert "Herinnering: je stap op donderdag 10 december" in inbox
    assert "Nieuw" in inbox


def test_a_changed_date_gets_its_own_reminder(person, make_plan):
    plan = make_plan(person)
    run_periodic(STEP_DATE - 2 * DAY)
    plan.first_step_date = STEP_DATE + 7 * DAY
    plan.save()
    run_periodic(STEP_DATE + 5 * DAY)
    assert [m.subject for m in mail.outbox] == [
        "Herinnering: je stap op donderdag 10 december",
        "Herinnering: je stap op donderdag 17 december",
    ]


def test_someone_who_wants_no_email_finds_the_reminder_in_the_inbox_only(person, make_plan):
    set_frequency(person, Frequency.NEVER)
    make_plan(person)
    run_periodic(STEP_DATE - DAY)
    assert mail.outbox == []
    assert Message.objects.get(person=person).emailed_at is None


def test_weekly_email_waits_for_monday_and_bundles_the_messages(person, make_plan):
    set_frequency(person, Frequency.WEEKLY)
    make_plan(person, first_step="Bel het leerwerkloket")
    make_plan(person, first_step="Vraag je teamleider om een gesprek", on=STEP_DATE + DAY)
    run_periodic(STEP_DATE - DAY)  # a Wednesday
    assert mail.outbox == []
    monday = STEP_DATE + 4 * DAY
    run_periodic(monday)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Je berichten van deze week"
    assert mail.outbox[0].body.count("Herinnering: je stap op") == 2
    assert not Message.objects.filter(person=person, kind=Message.Kind.REMINDER, emailed_at=None).exists()


def test_after_the_date_we_ask_how_it_went_and_a_done_step_shows_as_progress(client, person, make_plan):
    make_plan(person, first_step="Bel het leerwerkloket")
    run_periodic(STEP_DATE + DAY)
    check_in = Message.objects.get(person=person, kind=Message.Kind.CHECK_IN)
    assert check_in.subject == "Is je stap gelukt?"

    client.force_login(person)
    page = client.get(reverse("accounts:message", args=[check_in.pk])).content.decode()
    assert "Bel het leerwerkloket" in page
    response = client.post(reverse("accounts:message", args=[check_in.pk]), {"answer": "gedaan"}, follow=True)
    assert "Goed gedaan! Je hebt nu 1 stap gezet." in response.content.decode()
    mine = client.get(reverse("accounts:mine")).content.decode()
    assert "Je hebt 1 stap gezet. Goed bezig!" in mine


def test_a_made_up_answer_changes_nothing_and_says_so(client, person, make_plan):
    make_plan(person)
    run_periodic(STEP_DATE + DAY)
    check_in = Message.objects.get(person=person, kind=Message.Kind.CHECK_IN)
    client.force_login(person)
    response = client.post(reverse("accounts:message", args=[check_in.pk]), {"answer": "misschien"})
    assert "Kies een van de knoppen." in response.content.decode()
    check_in.refresh_from_db()
    assert check_in.answered_at is None


def test_nobody_opens_another_persons_message(client, person, make_plan):
    make_plan(person)
    run_periodic(STEP_DATE - DAY)
    other = make_user("ander", Role.DEELNEMER)
    client.force_login(other)
    message = Message.objects.get(person=person)
    assert client.get(reverse("accounts:message", args=[message.pk])).status_code == 404
    message.refresh_from_db()
    assert message.read_at is None


def _age(message: Message, days: int) -> None:
    Message.objects.filter(pk=message.pk).update(created_at=timezone.now() - datetime.timedelta(days=days))


def test_the_coach_hears_once_when_someone_misses_two_check_ins(person, coach, make_plan):
    make_plan(person, first_step="Bel het leerwerkloket", on=STEP_DATE)
    make_plan(person, first_step="Schrijf je in", on=STEP_DATE + DAY)
    run_periodic(STEP_DATE + 2 * DAY)
    check_ins = list(Message.objects.filter(person=person, kind=Message.Kind.CHECK_IN))
    assert len(check_ins) == 2
    assert not Message.objects.filter(person=coach).exists()  # not yet missed: there is time to answer

    for check_in in check_ins:
        _age(check_in, MISSED_AFTER_DAYS + 1)
    run_periodic(STEP_DATE + 3 * DAY)
    run_periodic(STEP_DATE + 4 * DAY)
    note = Message.objects.get(person=coach)
    assert note.kind == Message.Kind.COACH_NOTE
    assert note.subject == "Sanne reageerde twee keer niet"
    assert note.link_url == reverse("coaching:person", kwargs={"person_id": person.pk})


def test_an_answer_in_between_means_no_note_for_the_coach(person, coach, make_plan):
    make_plan(person, on=STEP_DATE)
    make_plan(person, on=STEP_DATE + DAY)
    run_periodic(STEP_DATE + 2 * DAY)
    first, second = Message.objects.filter(person=person, kind=Message.Kind.CHECK_IN).order_by("pk")
    for check_in in (first, second):
        _age(check_in, MISSED_AFTER_DAYS + 1)
    Message.objects.filter(pk=second.pk).update(answer="nog-niet", answered_at=timezone.now())
    run_periodic(STEP_DATE + 3 * DAY)
    assert not Message.objects.filter(person=coach).exists()
