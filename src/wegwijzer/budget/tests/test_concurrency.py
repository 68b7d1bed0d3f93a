"""Fifty people-sized requests at once against a budget that fits ten: exactly ten get their reservation.

Each thread is its own database connection (its own transaction), as separate app servers would be; the row lock on
the budget (services._lock) makes them wait for each other. SQLite has no row locks and writes one at a time, so
this test needs PostgreSQL."""

import datetime
import threading

import pytest
from django.db import connection, connections

from wegwijzer.accounts.models import Role
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.budget.ledger import Movement
from wegwijzer.budget.models import Budget, Entry, GrantLink, Reservation
from wegwijzer.budget.services import BudgetError, balances, claim, reserve

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL-only: row locks (set DATABASE_URL)"),
]

PRICE = 12_345
REQUESTS = 50


def test_fifty_parallel_reservations_against_a_budget_that_fits_ten_give_exactly_ten(person, make_budget, make_offer):
    budget = make_budget(person, 10 * PRICE)
    offer = make_offer(price_cents=PRICE)
    start = threading.Barrier(REQUESTS)
    outcomes: list[str] = []

    def one_request(number: int) -> None:
        try:
            start.wait()  # all at once
            reserve(person, offer, f"parallel-{number:04d}")
            outcomes.append("gereserveerd")
        except BudgetError:
            outcomes.append("niet genoeg")
        finally:
            connections.close_all()  # this thread's own connection

    threads = [threading.Thread(target=one_request, args=(number,)) for number in range(REQUESTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes).count("gereserveerd") == 10
    assert outcomes.count("niet genoeg") == REQUESTS - 10
    assert Reservation.objects.filter(budget=budget).count() == 10
    assert Entry.objects.filter(budget=budget, movement=Movement.RESERVE).count() == 10
    now = balances(budget)
    assert (now.available, now.reserved) == (0, 10 * PRICE)


def test_the_same_request_sent_fifty_times_at_once_reserves_once(person, make_budget, make_offer):
    budget = make_budget(person, 10 * PRICE)
    offer = make_offer(price_cents=PRICE)
    start = threading.Barrier(REQUESTS)
    created: list[bool] = []

    def one_request() -> None:
        try:
            start.wait()
            created.append(reserve(person, offer, "een-en-dezelfde-sleutel").created)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=one_request) for _ in range(REQUESTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert created.count(True) == 1 and created.count(False) == REQUESTS - 1
    assert balances(budget).reserved == PRICE


def test_fifty_people_using_a_code_for_ten_at_once_give_exactly_ten_budgets(employer):
    link = GrantLink.objects.create(
        grantor=employer, name="Tien plekken", amount_cents=PRICE, places=10, valid_from=datetime.date(2020, 1, 1),
        valid_until=datetime.date(2999, 12, 31), offer_kinds=["cursus"], code="TIENPLEKKEN",
    )  # fmt: skip
    people = [make_user(f"p{number}", Role.DEELNEMER) for number in range(REQUESTS)]
    start = threading.Barrier(REQUESTS)
    outcomes: list[str] = []

    def one_request(person) -> None:
        try:
            start.wait()
            claim(person, link)
            outcomes.append("gekregen")
        except BudgetError:
            outcomes.append("vol")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=one_request, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert outcomes.count("gekregen") == 10 and outcomes.count("vol") == REQUESTS - 10
    assert Budget.objects.filter(grant_link=link).count() == 10
