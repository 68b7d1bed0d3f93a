"""After a paid course ends we ask how it went. An offer has a length in weeks but no start date, so the end is
counted from the day the sign-up was paid (budget.services.course_ends)."""

import datetime

import pytest
from django.utils import timezone

from wegwijzer.budget.ledger import Movement
from wegwijzer.budget.models import Entry
from wegwijzer.budget.services import book, reserve
from wegwijzer.notifications.models import Message

from .conftest import run_periodic

pytestmark = pytest.mark.django_db


def test_a_check_in_after_a_paid_course_ends(person, make_budget, make_offer):
    make_budget(person, 100_000)
    offer = make_offer(title="Excel voor beginners", price_cents=29_550, weeks=6)
    reservation = reserve(person, offer, "cursus-1").reservation
    book(reservation, person)
    paid_on = timezone.localdate(Entry.objects.get(reservation=reservation, movement=Movement.BOOK).at)
    ends = paid_on + datetime.timedelta(weeks=6)

    run_periodic(ends)  # the last day of the course: too early
    assert not Message.objects.filter(person=person, kind=Message.Kind.CHECK_IN).exists()
    run_periodic(ends + datetime.timedelta(days=1))
    check_in = Message.objects.get(person=person, kind=Message.Kind.CHECK_IN)
    assert check_in.subject == "Je cursus is klaar. Hoe ging het?"
    assert "Excel voor beginners" in check_in.body


def test_a_course_held_but_not_paid_gets_no_check_in(person, make_budget, make_offer):
    make_budget(person, 100_000)
    reserve(person, make_offer(weeks=1), "cursus-2")
    run_periodic(timezone.localdate() + datetime.timedelta(weeks=1, days=1))
    assert not Message.objects.filter(person=person, kind=Message.Kind.CHECK_IN).exists()
