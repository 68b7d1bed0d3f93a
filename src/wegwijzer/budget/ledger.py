"""The double-entry rules of the ontwikkelbudget, without Django: which accounts a movement moves money between,
and which balances may never go below zero.

Every movement is one entry of two lines that add up to zero: a debit (positive) on the account the money goes to
and a credit (negative) on the account it comes from. A budget's balances are the sums of its lines per account.
The grantor's account (``Account.GRANTOR``) is the other side of a grant, so it is the only one that goes negative.
Amounts are whole euro cents (int), never floats.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class Account(StrEnum):
    GRANTOR = "toegekend"  # the grantor's side of a grant: minus what was granted
    AVAILABLE = "beschikbaar"
    RESERVED = "gereserveerd"
    SPENT = "uitgegeven"
    EXPIRED = "verlopen"


class Movement(StrEnum):
    GRANT = "toekennen"
    RESERVE = "reserveren"
    BOOK = "boeken"
    RELEASE = "vrijgeven"
    EXPIRE = "laten_verlopen"


# Where the money of each movement comes from and where it goes.
FLOWS: Mapping[Movement, tuple[Account, Account]] = {
    Movement.GRANT: (Account.GRANTOR, Account.AVAILABLE),
    Movement.RESERVE: (Account.AVAILABLE, Account.RESERVED),
    Movement.BOOK: (Account.RESERVED, Account.SPENT),
    Movement.RELEASE: (Account.RESERVED, Account.AVAILABLE),
    Movement.EXPIRE: (Account.AVAILABLE, Account.EXPIRED),
}

# The person's accounts: none of them may ever hold less than nothing.
NEVER_NEGATIVE = frozenset(Account) - {Account.GRANTOR}


@dataclass(frozen=True)
class Line:
    account: Account
    amount_cents: int  # debit positive, credit negative


class LedgerError(ValueError):
    """A movement the ledger refuses; nothing was written."""


class NotEnoughMoney(LedgerError):
    pass


def lines_for(movement: Movement, amount_cents: int) -> tuple[Line, Line]:
    """The two lines of one movement: credit where the money comes from, debit where it goes."""
    if type(amount_cents) is not int or amount_cents <= 0:  # bool is an int too, and never an amount
        raise LedgerError(f"Een bedrag is een heel aantal centen boven nul, niet {amount_cents!r}.")
    source, target = FLOWS[movement]
    return Line(source, -amount_cents), Line(target, amount_cents)


def balances(lines: Iterable[Line]) -> dict[Account, int]:
    totals = dict.fromkeys(Account, 0)
    for line in lines:
        totals[line.account] += line.amount_cents
    return totals


def check(current: Mapping[Account, int], movement: Movement, amount_cents: int) -> tuple[Line, Line]:
    """The lines of a movement, if the person's accounts stay at zero or above after it; else NotEnoughMoney."""
    new_lines = lines_for(movement, amount_cents)
    for line in new_lines:
        if line.account in NEVER_NEGATIVE and current.get(line.account, 0) + line.amount_cents < 0:
            raise NotEnoughMoney(f"{line.account} zou onder nul komen ({movement}, {amount_cents} cent).")
    return new_lines
