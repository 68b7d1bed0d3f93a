"""The number of database queries of the lists about people does not grow with the number of people or records.

Each test makes N and then 2N rows and compares the queries of one request (conftest.queries_for_n_and_2n), with a
fixed upper bound. Measured on 2026-11-30: the caseload 3 queries, the shared plans 4, the privacy page 15 for
5 consents and 20 for 10 (10 with the missing select_related added), the exports 12 and 17 (7). The caseload and
the employer's shared plans use their URL names after the accounts app was split (coaching, insight). The admin's
account list: 12 queries for 5 accounts, 17 for 10 (one per account's organisation); its other lists 7 or 8. The
privacy page 19 once coaching's five lists (conversations, notes, referrals, plan steps, changes) joined it."""

from itertools import count

import pytest
from django.test import Client
from django.urls import reverse

from wegwijzer.accounts.models import Consent, DataCategory, Organisation, Role, User
from wegwijzer.accounts.services import log_access, record_consent, share_with_employer

pytestmark = pytest.mark.django_db
numbers = count(1)


def person(**fields) -> User:
    return User.objects.create(username=f"persoon-{next(numbers)}", first_name="Sanne", role=Role.DEELNEMER, **fields)


def logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_coachs_caseload_makes_as_many_queries_for_5_as_for_10_people(queries_for_n_and_2n):
    coach = User.objects.create(username="coach", role=Role.COACH)
    client = logged_in(coach)

    def add(n: int) -> None:
        for _ in range(n):
            record_consent(person(), Consent.Subject.COACH_ACCESS, recipient=coach)

    n, twice_n = queries_for_n_and_2n(add, lambda: client.get(reverse("coaching:caseload")))
    assert (twice_n, n) == (n, n) and n <= 6, f"{n} queries for N people, {twice_n} for 2N"


def test_the_employers_shared_plans_make_as_many_queries_for_5_as_for_10_people(queries_for_n_and_2n):
    employer = Organisation.objects.create(name="Bouwbedrijf", kind=Organisation.Kind.WERKGEVER)
    client = logged_in(User.objects.create(username="hr", role=Role.WERKGEVER, organisation=employer))

    def add(n: int) -> None:
        for _ in range(n):
            share_with_employer(person(organisation=employer), DataCategory.PLAN)

    n, twice_n = queries_for_n_and_2n(add, lambda: client.get(reverse("insight:shared_plans")))
    assert (twice_n, n) == (n, n) and n <= 6, f"{n} queries for N people, {twice_n} for 2N"


@pytest.mark.parametrize("page", ["accounts:privacy", "accounts:export_html", "accounts:export_json"])
def test_the_privacy_pages_make_as_many_queries_for_5_as_for_10_consents_and_looks(page, queries_for_n_and_2n):
    """The privacy page lists the person's consents and who looked at their data; the exports hold both too."""
    sanne = person()
    client = logged_in(sanne)

    def add(n: int) -> None:
        for number in range(n):
            coach = User.objects.create(username=f"coach-{next(numbers)}", role=Role.COACH, first_name="Karim")
            record_consent(sanne, Consent.Subject.COACH_ACCESS, recipient=coach)
            log_access(coach, sanne, DataCategory.OVERVIEW, f"Gesprek {number}")

    n, twice_n = queries_for_n_and_2n(add, lambda: client.get(reverse(page)))
    # Each app's part of the page costs its own few queries (coaching's five lists, the messages, the survey's
    # quarters...), so the ceiling grows with the apps; what must hold is that more consents and looks add none.
    assert (twice_n, n) == (n, n) and n <= 24, f"{n} queries for N consents and looks, {twice_n} for 2N"


def add_people(n: int) -> None:
    employer = Organisation.objects.create(name=f"Werkgever {next(numbers)}", kind=Organisation.Kind.WERKGEVER)
    for _ in range(n):
        person(organisation=employer)


def add_consents_and_looks(n: int) -> None:
    for number in range(n):
        someone = person()
        coach = User.objects.create(username=f"coach-{next(numbers)}", role=Role.COACH)
        record_consent(someone, Consent.Subject.COACH_ACCESS, recipient=coach)
        log_access(coach, someone, DataCategory.OVERVIEW, f"Gesprek {number}")


@pytest.mark.parametrize(
    ("changelist", "add"),
    [
        ("admin:accounts_user_changelist", add_people),
        ("admin:accounts_consent_changelist", add_consents_and_looks),
        ("admin:accounts_accesslog_changelist", add_consents_and_looks),
    ],
    ids=["accounts", "toestemmingen", "inzage"],
)
def test_the_admins_lists_make_as_many_queries_for_5_as_for_10_rows(changelist, add, queries_for_n_and_2n):
    client = logged_in(User.objects.create(username="beheer", role=Role.BEHEERDER, is_staff=True, is_superuser=True))
    n, twice_n = queries_for_n_and_2n(add, lambda: client.get(reverse(changelist)))
    assert (twice_n, n) == (n, n) and n <= 12, f"{n} queries for N rows, {twice_n} for 2N"
