"""The ledger's promise, over any order of operations: every entry balances, the money adds up to what was granted,
and no balance of the person goes below zero; a refused operation writes nothing."""

import datetime
import itertools

import pytest
from django.db.models import Sum
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wegwijzer.accounts.models import Role
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.budget import ledger
from wegwijzer.budget.ledger import Account, Movement
from wegwijzer.budget.models import Line
from wegwijzer.budget.services import BudgetError, balances, book, expire_due, release, reserve

# --- the pure rules -----------------------------------------------------------------------------------------------

movements = st.sampled_from(list(Movement))
amounts = st.integers(min_value=1, max_value=10_000_000)


@given(st.lists(st.tuples(movements, amounts), max_size=60))
def test_any_sequence_of_movements_keeps_every_entry_balanced_and_no_balance_below_zero(operations):
    written: list[ledger.Line] = []
    for movement, amount in operations:
        before = ledger.balances(written)
        try:
            lines = ledger.check(before, movement, amount)
        except ledger.NotEnoughMoney:
            continue
        assert sum(line.amount_cents for line in lines) == 0
        written.extend(lines)
    totals = ledger.balances(written)
    assert all(totals[account] >= 0 for account in ledger.NEVER_NEGATIVE)
    assert sum(totals.values()) == 0
    assert -totals[Account.GRANTOR] == sum(totals[account] for account in ledger.NEVER_NEGATIVE)


@pytest.mark.parametrize("amount", [0, -5, 2.5, True, "100"])
def test_an_amount_is_a_whole_number_of_cents_above_zero(amount):
    with pytest.raises(ledger.LedgerError):
        ledger.lines_for(Movement.GRANT, amount)


def test_reserving_more_than_is_available_is_refused():
    granted = ledger.balances(ledger.lines_for(Movement.GRANT, 1_000))
    with pytest.raises(ledger.NotEnoughMoney):
        ledger.check(granted, Movement.RESERVE, 1_001)
    assert len(ledger.check(granted, Movement.RESERVE, 1_000)) == 2


# --- the same promise through the database --------------------------------------------------------------------------

EXAMPLES = itertools.count()
operation = st.one_of(
    st.tuples(st.just("reserve"), st.integers(min_value=1, max_value=60_000)),
    st.tuples(st.just("book"), st.integers(min_value=0, max_value=20)),
    st.tuples(st.just("release"), st.integers(min_value=0, max_value=20)),
    st.tuples(st.just("expire"), st.just(0)),
)


def _apply(person, budget, make_offer, step: int, name: str, value: int, reservations: list) -> None:
    if name == "reserve":
        offer = make_offer(title=f"Cursus {step}", price_cents=value)
        reservations.append(reserve(person, offer, f"stap-{step:04d}").reservation)
    elif name == "expire":
        expire_due(budget.valid_until + datetime.timedelta(days=1))
    elif reservations:
        action = book if name == "book" else release
        action(reservations[value % len(reservations)], person)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=st.lists(operation, max_size=12))
@pytest.mark.django_db
def test_any_sequence_of_requests_keeps_the_ledger_balanced_and_never_below_zero(operations, make_budget, make_offer):
    person = make_user(f"persoon-{next(EXAMPLES)}", Role.DEELNEMER)  # each example its own person and budget
    budget = make_budget(person, 100_000)
    reservations: list = []
    for step, (name, value) in enumerate(operations):
        entries_before = budget.entries.count()
        try:
            _apply(person, budget, make_offer, step, name, value, reservations)
        except BudgetError:
            assert budget.entries.count() == entries_before  # refused: nothing written
        now = balances(budget)
        assert min(now.available, now.reserved, now.spent, now.expired) >= 0
    for entry in budget.entries.all():
        assert entry.lines.aggregate(total=Sum("amount_cents"))["total"] == 0
    assert Line.objects.filter(entry__budget=budget).aggregate(total=Sum("amount_cents"))["total"] == 0
    now = balances(budget)
    assert now.available + now.reserved + now.spent + now.expired == now.granted == 100_000
