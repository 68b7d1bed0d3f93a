"""Every URL pattern and API operation, with every method it accepts, as every kind of visitor: the real answer must
be the one in the reviewed table docs/permissions.csv (written from the product's intent, not from the code).

How an answer is read (docs/permissions.md, "The reviewed table"):
- "nee" (refused): a redirect to the login page that comes back here (`?next=<this path>`), a redirect from outside
  the admin to the admin's index (a staff session is kept in the admin), 401, 403, or 404 (an object the visitor may
  not know exists, e.g. another person's consent).
- "ja" (let through): any other answer the page gives itself: 2xx, a redirect elsewhere (e.g. "log in again" after an
  expired step, without `?next=`), or 400/422 for the empty form or body the test sends.
- Never: 405 (the table lists a method the view does not accept) or 5xx.

The table's rows are checked against the project too: every URL pattern and API operation has a row, every row
exists, and an API row lists exactly the methods of the OpenAPI schema; a view answers 405 to GET or POST when the
table does not list it. The objects in the URLs are made by the fixtures below, for the person "deelnemer".
"""

import csv
import datetime
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.db import transaction
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wegwijzer.accounts.models import Consent, DataCategory, Organisation, Role, User
from wegwijzer.accounts.services import record_consent, share_with_employer
from wegwijzer.api.urls import api
from wegwijzer.budget.models import Budget, GrantLink, Reservation
from wegwijzer.budget.services import grant, reserve
from wegwijzer.catalogue.models import Offer, Provider
from wegwijzer.coaching.models import PlanStep, Referral
from wegwijzer.core.tests.routes import PARAMETER, Pattern, url_patterns
from wegwijzer.credentials.models import FinishedLearning, IssuedCredential
from wegwijzer.funding.models import FundingScheme
from wegwijzer.notifications.models import Message
from wegwijzer.notifications.services import unsubscribe_token
from wegwijzer.skills.models import ProfileSkill

DOCS = Path(__file__).resolve().parents[4] / "docs"
TABLE = DOCS / "permissions.csv"
FIXED_COLUMNS = ("sleutel", "pad", "methoden")
WHY = "waarom"
START, END = "<!-- table:start -->", "<!-- table:end -->"
ADMIN_SAMPLES = ("admin:index", "admin:app_list", "admin:accounts_user_changelist", "admin:accounts_user_change")
PASSWORD = "een-lang-test-wachtwoord-42"


@dataclass(frozen=True)
class Row:
    key: str
    path: str
    methods: tuple[str, ...]
    answers: dict[str, bool]
    why: str


def read_table() -> tuple[list[str], list[Row]]:
    with TABLE.open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        visitors = [name for name in reader.fieldnames if name not in (*FIXED_COLUMNS, WHY)]
        rows = []
        for line in reader:
            assert all(line[name] in ("ja", "nee") for name in visitors), f"ja of nee in {TABLE.name}: {line}"
            answers = {name: line[name] == "ja" for name in visitors}
            rows.append(Row(line["sleutel"], line["pad"], tuple(line["methoden"].split()), answers, line[WHY]))
    return visitors, rows


VISITORS, ROWS = read_table()
BY_KEY = {row.key: row for row in ROWS}


# --- the visitors and the objects in the URLs -------------------------------------------------------------------


def make_user(username: str, role: str, **fields) -> User:
    user = User(username=username, role=role, email=f"{username}@example.org", **fields)
    user.set_password(PASSWORD)
    user.save()
    return user


@dataclass
class Visit:
    users: dict[str, User | None]
    url_kwargs: dict[str, dict]


@pytest.fixture
def visit(db) -> Visit:
    """The person "deelnemer" works at an employer, shares their plan with it and gave one coach access; the other
    employer has a participant who shares nothing. The provider's account belongs to the provider of the offer."""
    region = Organisation.objects.create(name="Regio Test", kind=Organisation.Kind.REGIO)
    employer = Organisation.objects.create(name="Werkgever Deelt", kind=Organisation.Kind.WERKGEVER, region=region)
    other_employer = Organisation.objects.create(name="Werkgever Anders", kind=Organisation.Kind.WERKGEVER)
    provider_organisation = Organisation.objects.create(name="ROC Test", kind=Organisation.Kind.AANBIEDER)
    person = make_user("sanne", Role.DEELNEMER, first_name="Sanne", organisation=employer)
    coach = make_user("coach-ja", Role.COACH, first_name="Karim")
    consent = record_consent(person, Consent.Subject.COACH_ACCESS, recipient=coach)
    share_with_employer(person, DataCategory.PLAN, source="ontwikkelplan")
    share_with_employer(person, "ontwikkelgesprek", source="ontwikkelgesprek")
    provider = Provider.objects.create(code="roc-test", name="ROC Test", organisation=provider_organisation)
    offer = Offer.objects.create(
        provider=provider, external_id="matrix-1", kind="cursus", theme="digitaal", title="Matrixcursus",
        description="Een cursus voor de test.", delivery="online", schedule="avond", hours=4, weeks=1,
        price_cents=2_500, entry_level="geen", certificate="geen",
    )  # fmt: skip
    reservation = _reservation(person, employer, offer)
    link = GrantLink.objects.create(
        grantor=employer, name="Matrixcode", amount_cents=5_000, places=5, valid_from=datetime.date(2020, 1, 1),
        valid_until=datetime.date(2999, 12, 31), offer_kinds=["cursus"], code="MATRIXCODE",
    )  # fmt: skip
    FundingScheme.objects.create(code="matrixfonds", name="Matrixfonds", funder="Fonds", kind="sector", percentage=100)
    referral = Referral.objects.create(person=person, coach=coach, service="schuldhulp", consent_at=timezone.now())
    plan_step = PlanStep.objects.create(person=person, text="Matrix", owner="deelnemer", due=datetime.date(2026, 12, 1))
    users = {
        "anoniem": None,
        "deelnemer": person,
        "andere deelnemer": make_user("ander", Role.DEELNEMER, organisation=other_employer),
        "coach met toestemming": coach,
        "coach zonder toestemming": make_user("coach-nee", Role.COACH),
        "werkgever": make_user("werkgever-anders", Role.WERKGEVER, organisation=other_employer),
        "werkgever met gedeeld plan": make_user("werkgever-deelt", Role.WERKGEVER, organisation=employer),
        "regio": make_user("regio", Role.REGIO, organisation=region),
        "aanbieder": make_user("aanbieder", Role.AANBIEDER, organisation=provider_organisation),
        "beheerder": make_user("beheerder", Role.BEHEERDER, is_staff=True, is_superuser=True),
    }
    url_kwargs = {
        "scan:question": {"key": "werk"},
        "scan:resume_link": {"code": "ABCD2345"},
        "catalogue:offer": {"pk": offer.pk},
        "catalogue:review": {"pk": offer.pk},
        "catalogue:scheme": {"code": "matrixfonds"},
        "budget:reserve": {"offer_id": offer.pk},
        "budget:confirm": {"pk": reservation.pk},
        "budget:cancel": {"pk": reservation.pk},
        "budget:grant_link": {"pk": link.pk},
        "budget:stop_grant_link": {"pk": link.pk},
        "budget:give": {"pk": link.pk},
        "budget:claim_link": {"code": link.code},
        "budget:provider_confirm": {"pk": reservation.pk},
        "budget:provider_reject": {"pk": reservation.pk},
        "accounts:password_reset_confirm": {"uidb64": "MQ", "token": "verlopen-token"},
        "accounts:signup_confirm": {"uidb64": "MQ", "token": "verlopen-token"},
        "accounts:withdraw_consent": {"pk": consent.pk},
        "coaching:person": {"person_id": person.pk},
        "coaching:file": {"person_id": person.pk},
        "coaching:contact": {"person_id": person.pk},
        "coaching:plan": {"person_id": person.pk},
        "coaching:follow_up": {"person_id": person.pk, "referral_id": referral.pk},
        "accounts:remove_referral": {"pk": referral.pk},
        "coaching:plan_step": {"person_id": person.pk, "step_id": plan_step.pk},
        "coaching:plan_step_offer": {"person_id": person.pk, "step_id": plan_step.pk},
        "coaching:plan_step_delete": {"person_id": person.pk, "step_id": plan_step.pk},
        "coaching:funding": {"person_id": person.pk},
        "accounts:my_coach_plan_step": {"step_id": plan_step.pk},
        "accounts:my_coach_plan_step_offer": {"step_id": plan_step.pk},
        "accounts:my_coach_plan_step_delete": {"step_id": plan_step.pk},
        "insight:person": {"person_id": person.pk},
        "insight:shared_conversation": {"person_id": person.pk},
        "wegwijzer_catalogue_api_get_offer": {"offer_id": offer.pk},
        "wegwijzer_catalogue_api_update_offer": {"offer_id": offer.pk},
        "wegwijzer_catalogue_api_delete_offer": {"offer_id": offer.pk},
        "admin:app_list": {"app_label": "accounts"},
        "admin:accounts_user_change": {"object_id": person.pk},
    }
    skill = ProfileSkill.objects.create(
        person=person,
        skill_key="schoonmaken",
        label="Schoonmaken",
        esco_uri="http://data.europa.eu/esco/skill/x",
        confirm_code="matrix-bevestig",
    )
    credential = IssuedCredential.objects.create(
        person=person, skill=skill, achievement_name="Schoonmaken", status_index=0, vc_jwt="a.b.c", share_code="matrix"
    )
    finished = FinishedLearning.objects.create(
        person=person, offer=offer, offer_title=offer.title, provider_name=provider.name,
        confirm_code="matrix-leerstap", confirmer_name="Karim", finished_on=datetime.date(2026, 11, 2),
        what_was_done="Deed alle lessen.", confirmed_at=timezone.now(),
    )  # fmt: skip
    message = Message.objects.create(
        person=person, kind=Message.Kind.CHECK_IN, key="matrix", subject="Is je stap gelukt?", body="Matrix"
    )
    url_kwargs |= {
        "credentials:ask_for_learning": {"pk": finished.pk},
        "credentials:ask_learning_confirmation": {"offer_id": offer.pk},
        "credentials:confirm_learning": {"code": "matrix-leerstap"},
        "accounts:message": {"pk": message.pk},
        "accounts:unsubscribe": {"token": unsubscribe_token(person)},
        "skills:question": {"question": "werk"},
        "skills:choose": {"question": "werk"},
        "skills:remove": {"pk": skill.pk},
        "skills:ask_confirmation": {"pk": skill.pk},
        "skills:confirm": {"code": "matrix-bevestig"},
        "credentials:ask": {"skill_id": skill.pk},
        "credentials:download_json": {"pk": credential.pk},
        "credentials:download_svg": {"pk": credential.pk},
        "credentials:share": {"pk": credential.pk},
        "credentials:shared": {"code": "matrix"},
    }
    assert set(users) == set(VISITORS), f"De kolommen van {TABLE.name} zijn de bezoekers hier."
    assert Consent.objects.filter(person=person, withdrawn_at__isnull=True).count() == 3
    return Visit(users, url_kwargs)


def _reservation(person: User, employer: Organisation, offer: Offer) -> Reservation:
    """The person's budget from their employer holds money for the offer (budget:confirm and budget:cancel)."""
    budget = Budget(
        person=person, grantor=employer, name="Matrixbudget", valid_from=datetime.date(2020, 1, 1),
        valid_until=datetime.date(2999, 12, 31), offer_kinds=["cursus"],
    )  # fmt: skip
    grant(budget, 10_000, actor=None, reason="test", key="matrix-toekennen")
    return reserve(person, offer, "matrix-reserveren").reservation


# --- the project's URL patterns and API operations --------------------------------------------------------------


def api_operations() -> dict[str, tuple[str, set[str]]]:
    """operationId -> (path, methods), from the published OpenAPI schema."""
    operations: dict[str, tuple[str, set[str]]] = {}
    for path, methods in api.get_openapi_schema()["paths"].items():
        for method, operation in methods.items():
            known = operations.setdefault(operation["operationId"], (path, set()))
            known[1].add(method.upper())
    return operations


def table_key(pattern: Pattern) -> str:
    return "admin:*" if pattern.key.startswith("admin:") and pattern.key not in BY_KEY else pattern.key


def fill(route: str, kwargs: dict) -> str:
    def value(match):
        name = match.group(1) or match.group(2)
        assert name in kwargs, f"Geen voorbeeld voor <{name}> in {route}: zet het in de fixture visit."
        return str(kwargs[name])

    return PARAMETER.sub(value, route)


def targets(row: Row, visit: Visit) -> list[str]:
    """The URLs to request for a row: the admin's row is tried on a few of its pages."""
    if row.key != "admin:*":
        return [fill(row.path, visit.url_kwargs.get(row.key, {}))]
    return [reverse(key, kwargs=visit.url_kwargs.get(key)) for key in ADMIN_SAMPLES]


# --- sending a request and reading the answer -------------------------------------------------------------------


def send(client: Client, method: str, url: str, is_api: bool):
    if is_api:
        return client.generic(method, url, data="{}", content_type="application/json")
    return client.generic(method, url, data="", content_type="application/x-www-form-urlencoded")


def let_through(response, url: str) -> bool:
    """True when the page answered itself, False when the visitor was refused (see the module's docstring)."""
    login = resolve_url(settings.LOGIN_URL)
    status = response.status_code
    assert status != 405, f"{url} neemt deze methode niet aan: haal haar uit {TABLE.name}."
    assert status < 500, f"{url} gaf een serverfout ({status})."
    if status in (401, 403, 404):
        return False
    if status in (301, 302, 303, 307, 308):
        location, path = urlsplit(response["Location"]), urlsplit(url).path
        back_after_login = location.path == login and parse_qs(location.query).get("next") == [path]
        admin = reverse("admin:index")
        into_the_admin = location.path == admin and not path.startswith(admin)  # a staff session kept in the admin
        return not (back_after_login or into_the_admin)
    return True


def answer(visitor: User | None, method: str, url: str, is_api: bool) -> bool:
    """One visitor's request, rolled back afterwards so that no visitor sees another's changes."""
    client = Client()
    if visitor is not None:
        client.force_login(visitor)
    with transaction.atomic():
        result = let_through(send(client, method, url, is_api), url)
        transaction.set_rollback(True)
    return result


def is_api_row(row: Row) -> bool:
    return row.path.startswith("/api/v1/") and not row.key.startswith("api:")


CASES = [(row, method) for row in ROWS for method in row.methods]


@pytest.mark.parametrize(("row", "method"), CASES, ids=[f"{row.key} {method}" for row, method in CASES])
def test_every_visitor_gets_the_answer_in_the_reviewed_table(row, method, visit):
    wrong = []
    for url in targets(row, visit):
        for visitor, expected in row.answers.items():
            got = answer(visit.users[visitor], method, url, is_api_row(row))
            if got != expected:
                verdict = "toegelaten" if got else "geweigerd"
                wrong.append(f"{method} {url}, {visitor}: {verdict}, verwacht {'ja' if expected else 'nee'}")
    assert not wrong, f"{row.key} ({row.why})\n" + "\n".join(wrong)


# --- the table covers the project, and the project the table ------------------------------------------------------


def test_every_url_pattern_and_api_operation_has_a_reviewed_row():
    project = {table_key(pattern) for pattern in url_patterns() if not pattern.is_api} | set(api_operations())
    missing = sorted(project - set(BY_KEY))
    stale = sorted(set(BY_KEY) - project)
    assert not missing, f"Zonder rij in {TABLE.name} (voeg er een toe, met wie er bij mag): {missing}"
    assert not stale, f"Rijen in {TABLE.name} zonder view of API-operatie: {stale}"


def test_the_table_has_the_projects_paths_and_api_methods():
    routes = {pattern.key: pattern.route for pattern in url_patterns() if not pattern.is_api}
    for key, (path, methods) in api_operations().items():
        assert (BY_KEY[key].path, set(BY_KEY[key].methods)) == (path, methods), key
    for key, row in BY_KEY.items():
        if key in routes:
            assert row.path == routes[key], f"{key}: pad {row.path} in de tabel, {routes[key]} in de code"


PAGES = [row for row in ROWS if not is_api_row(row) and any(row.answers.values())]


@pytest.mark.parametrize("row", PAGES, ids=lambda row: row.key)
def test_a_page_refuses_the_methods_the_table_does_not_list(row, visit):
    """So that the table lists every method a view accepts (the API's methods come from its schema)."""
    visitor = visit.users[next(visitor for visitor, allowed in row.answers.items() if allowed)]
    for url in targets(row, visit)[:1]:
        for method in {"GET", "POST"} - set(row.methods):
            client = Client()
            if visitor is not None:
                client.force_login(visitor)
            assert client.generic(method, url).status_code == 405, f"{method} {url} is niet in {TABLE.name}"


# --- docs/permissions.md shows the table -------------------------------------------------------------------------


def markdown_table() -> str:
    header = ["Sleutel", "Pad", "Methoden", *VISITORS, "Waarom"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in ROWS:
        answers = ["ja" if row.answers[visitor] else "nee" for visitor in VISITORS]
        cells = [f"`{row.key}`", f"`{row.path}`", ", ".join(row.methods), *answers, row.why]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def test_docs_show_the_reviewed_table():
    """WEGWIJZER_WRITE_PERMISSIONS=1 pytest -k docs_show rewrites the table in docs/permissions.md."""
    document_path = DOCS / "permissions.md"
    document = document_path.read_text(encoding="utf-8")
    before, _, rest = document.partition(START)
    current, _, after = rest.partition(END)
    if os.environ.get("WEGWIJZER_WRITE_PERMISSIONS") == "1":
        document_path.write_text(f"{before}{START}\n{markdown_table()}{END}{after}", encoding="utf-8")
        return
    assert current.strip() == markdown_table().strip(), (
        "docs/permissions.md loopt achter op docs/permissions.csv: "
        "WEGWIJZER_WRITE_PERMISSIONS=1 pytest src/wegwijzer/accounts/tests/test_permission_matrix.py -k docs_show"
    )


def test_a_view_without_a_rule_is_refused_in_production(client, db, settings):
    from django.urls import path

    from wegwijzer import urls as project_urls

    settings.DEBUG = False

    def unruled(request):
        raise AssertionError("a view without a rule must not run")

    patterns = [*project_urls.urlpatterns, path("zonder-regel/", unruled, name="zonder_regel")]
    settings.ROOT_URLCONF = type("urls", (), {"urlpatterns": patterns})
    client.force_login(make_user("beheerder", Role.BEHEERDER, is_staff=True, is_superuser=True))
    assert client.get("/zonder-regel/").status_code == 403
