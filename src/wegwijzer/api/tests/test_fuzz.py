"""Schemathesis fuzzes the API from its OpenAPI schema: without an account (every operation), and the write
operations logged in as a provider (on its own offer), as a participant and as a provider without an organisation.

Checks on every response: no server error, status code and body as the schema documents them; writes without an
account answer 401, a participant's 403, and a provider without an organisation changes nothing. A separate test
checks that every 4xx is a JSON error that names the field in Dutch. About 350 requests in all (measured with a
request_started counter on 2026-11-30), small enough for CI.
"""

import re

import pytest
import schemathesis
from django.conf import settings as django_settings
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from wegwijzer.accounts.models import Organisation, Role, User
from wegwijzer.catalogue.models import Offer, Provider


def load_schema(config: dict):
    return schemathesis.openapi.from_wsgi(
        "/api/v1/openapi.json", get_wsgi_application(), config=schemathesis.Config.from_dict(config)
    )


# The coverage phase's hundreds of malformed requests per operation are left out to keep CI fast; what it found is
# tested as exact requests at the end. Without an account: valid and invalid requests to every operation.
NO_COVERAGE_PHASE = {"phases": {"coverage": {"enabled": False}}}
schema = load_schema(NO_COVERAGE_PHASE)
# Logged in: the write operations with valid requests (bodies and parameters as the schema allows).
writes = load_schema({**NO_COVERAGE_PHASE, "generation": {"mode": "positive"}}).include(
    method=["POST", "PUT", "DELETE"], path_regex=r"^/api/v1/offers"
)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
# A fixed CSRF secret for the cookie and the header: session-authenticated writes need one, as from a browser.
CSRF_SECRET = "a" * 32


def examples(n: int) -> settings:
    return settings(max_examples=n, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """Calls go through the real WSGI handler, which closes the database connection after each request; the test's
    transaction lives on that connection (on PostgreSQL), so keep it open as Django's own test client does."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def log_in(case, user: User) -> None:
    """The user's session cookie and a CSRF token, replacing any cookie the fuzzer made up for the case."""
    client = Client()
    client.force_login(user)
    session = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    case.cookies = {django_settings.SESSION_COOKIE_NAME: session, django_settings.CSRF_COOKIE_NAME: CSRF_SECRET}
    case.headers = {**(case.headers or {}), "X-CSRFToken": CSRF_SECRET}


def send_as(case, user: User, offer: Offer, checks):
    """PUT and DELETE go to the given offer (the provider's own one, so that its writes get through)."""
    if "offer_id" in (case.path_parameters or {}):
        case.path_parameters["offer_id"] = offer.pk
        if isinstance(case.body, dict):  # an update keeps the offer's own id (else a Dutch 422 every time)
            case.body["external_id"] = offer.external_id
    log_in(case, user)
    return case.call_and_validate(checks=checks)


@pytest.fixture
def provider_account(db):
    """A provider's account with one offer of its own (PUT and DELETE are sent to that offer)."""
    organisation = Organisation.objects.create(name="ROC Fuzz", kind=Organisation.Kind.AANBIEDER)
    provider = Provider.objects.create(code="roc-fuzz", name="ROC Fuzz", organisation=organisation)
    offer = Offer.objects.create(
        provider=provider, external_id="fuzz-1", kind="cursus", theme="digitaal", title="Fuzzcursus",
        description="Een cursus voor de test.", delivery="online", schedule="avond", hours=4, weeks=1,
        price_cents=0, entry_level="geen", certificate="geen",
    )  # fmt: skip
    user = User.objects.create(username="aanbieder", role=Role.AANBIEDER, organisation=organisation)
    return user, offer


def its_own_method(case) -> bool:
    """False for the fuzzer's requests with a method the operation does not have (the API answers 405)."""
    return case.method.upper() == case.operation.method.upper()


@pytest.fixture
def participant(db):
    return User.objects.create(username="deelnemer", role=Role.DEELNEMER)


@pytest.fixture
def provider_without_organisation(db):
    return User.objects.create(username="aanbieder-los", role=Role.AANBIEDER)


@pytest.mark.django_db
@schema.parametrize()
@examples(20)
def test_api_follows_its_schema_without_an_account(case):
    response = case.call_and_validate(checks=CHECKS)
    if its_own_method(case) and case.method.upper() != "GET" and case.path.startswith("/api/v1/offers"):
        assert response.status_code == 401, "Schrijven zonder account hoort 401 te geven."


@writes.parametrize()
@examples(30)
def test_a_provider_writes_its_own_offers_as_the_schema_says(case, provider_account):
    send_as(case, *provider_account, CHECKS)


@writes.parametrize()
@examples(8)
def test_a_participant_may_not_write_403(case, provider_account, participant):
    response = send_as(case, participant, provider_account[1], CHECKS)
    if its_own_method(case):
        assert response.status_code == 403, f"{response.status_code} {response.text[:200]}"


@writes.parametrize()
@examples(8)
def test_a_provider_without_an_organisation_changes_nothing(case, provider_account, provider_without_organisation):
    """Its request may be refused (403), find no offer of its own (404) or have a wrong body (422): never a write."""
    before = list(Offer.objects.values())
    response = send_as(case, provider_without_organisation, provider_account[1], CHECKS)
    if its_own_method(case):
        assert response.status_code in (403, 404, 422), f"{response.status_code} {response.text[:200]}"
    assert list(Offer.objects.values()) == before


# English words pydantic and ninja use in their messages; a Dutch message has none of them.
ENGLISH = re.compile(r"\b(field|input|should|value|valid|required|must|expected|string|not found|error)\b", re.I)


def error_names_the_field_in_dutch(ctx, response, case):
    """Every 4xx is {"detail": <Dutch sentence>, "field": ...}; a 422 names the field, in the detail as well."""
    if not 400 <= response.status_code < 500:
        return
    assert response.headers.get("content-type", [""])[0].startswith("application/json"), (
        f"{response.status_code} zonder JSON: {response.text[:200]!r}"
    )
    body = response.json()
    assert isinstance(body, dict) and isinstance(body.get("detail"), str) and "field" in body, body
    assert not ENGLISH.search(body["detail"]), f"Niet in het Nederlands: {body['detail']!r}"
    if response.status_code == 422:
        assert body["field"], f"422 zonder veld: {body}"
        last_part = body["field"].split(".")[-1]
        assert last_part in body["detail"], f"De melding noemt het veld {body['field']!r} niet: {body['detail']!r}"


@writes.parametrize()
@examples(30)
def test_a_providers_errors_name_the_field_in_dutch(case, provider_account):
    send_as(case, *provider_account, [error_names_the_field_in_dutch])


# --- what the fuzzer found with malformed requests, logged in, kept as exact requests --------------------------
# (schemathesis' coverage phase and negative mode find them, but that phase is too slow for every CI run.)

OPERATIONS = schema.include(method=["POST", "PUT"], path_regex=r"^/api/v1/offers")


def documented_statuses(method: str, path: str) -> set[int]:
    operation = OPERATIONS[path][method]
    return {int(code) for code in operation.definition.raw["responses"]}


def offer_path(method: str, offer: Offer) -> tuple[str, str]:
    return (
        ("/api/v1/offers", "/api/v1/offers")
        if method == "POST"
        else ("/api/v1/offers/{offer_id}", f"/api/v1/offers/{offer.pk}")
    )


def assert_a_documented_dutch_error(response, method: str, path: str) -> None:
    assert response.status_code in documented_statuses(method, path), (
        f"{response.status_code} staat niet in het schema: {response.content[:200]!r}"
    )
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    body = response.json()
    assert set(body) == {"detail", "field"} and not ENGLISH.search(body["detail"]), body


@pytest.mark.parametrize("method", ["POST", "PUT"])
def test_a_body_that_is_not_json_gets_a_documented_dutch_error(method, provider_account):
    user, offer = provider_account
    path, url = offer_path(method, offer)
    client = Client()
    client.force_login(user)
    response = client.generic(method, url, data=b"\x00", content_type="application/json")
    assert_a_documented_dutch_error(response, method, path)


def test_a_form_without_a_boundary_gets_a_documented_dutch_error(provider_account):
    """Only POST: Django parses a form body, for the CSRF check, only for POST."""
    user, offer = provider_account
    method, (path, url) = "POST", offer_path("POST", offer)
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.force_login(user)
    client.cookies[django_settings.CSRF_COOKIE_NAME] = CSRF_SECRET
    response = client.generic(
        method, url, data=b'{"title": "Cursus"}', content_type="multipart/form-data", HTTP_X_CSRFTOKEN=CSRF_SECRET
    )
    assert_a_documented_dutch_error(response, method, path)
