"""The security baseline: Argon2, login throttling, headers and CSP, the deploy check, field keys."""

import io
import os
import re
import subprocess
import sys

import pytest
from cryptography.fernet import Fernet
from django.contrib.auth.hashers import check_password, make_password
from django.urls import reverse

from wegwijzer.conf import base

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

DEPLOY_ENV = {
    "WEGWIJZER_DEBUG": "0",
    "WEGWIJZER_SECRET_KEY": "k7#Q2v!pZ9w@L4x$R8t^M1n&B6y*J3c(H5d)F0g-S2e+V7u=A9i_D4o~E1r",
    "WEGWIJZER_ALLOWED_HOSTS": "wegwijzer.example.org",
    "WEGWIJZER_FIELD_KEYS": Fernet.generate_key().decode(),
}
# The test suite's own environment (settings module, async switch for the browser tests) is not production's.
CLEAN_ENV = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")}


def test_passwords_are_hashed_with_argon2_in_every_environment_but_the_test_suite(settings):
    assert base.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    settings.PASSWORD_HASHERS = base.PASSWORD_HASHERS
    hashed = make_password("geheim")
    assert hashed.startswith("argon2$") and check_password("geheim", hashed)


@pytest.fixture
def throttled(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    from axes.handlers.proxy import AxesProxyHandler

    AxesProxyHandler.implementation = None  # pick up the changed settings
    yield
    AxesProxyHandler.implementation = None


def test_too_many_wrong_passwords_lock_that_username_from_that_address(client, world, throttled):
    url = reverse("accounts:login")
    for _ in range(2):
        response = client.post(url, {"username": "sanne", "password": "fout"})
        assert "horen niet bij elkaar" in response.content.decode()
    response = client.post(url, {"username": "sanne", "password": "fout"})
    assert response.status_code == 429
    assert "Te vaak een verkeerd wachtwoord" in response.content.decode()
    # Even the right password is refused now.
    assert client.post(url, {"username": "sanne", "password": PASSWORD}).status_code == 429
    # Another username from the same address can still log in.
    assert client.post(url, {"username": "ander", "password": PASSWORD}).status_code == 302


def test_behind_our_proxy_one_persons_wrong_passwords_lock_only_that_person(client, world, throttled, settings):
    """All requests come from the proxy; the lock follows the client it names, not the proxy's address."""
    settings.WEGWIJZER_TRUSTED_PROXIES = ["10.0.0.1"]
    url = reverse("accounts:login")

    def login(password, client_address):
        data = {"username": "sanne", "password": password}
        return client.post(url, data, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=client_address)

    for _ in range(3):
        login("fout", "198.51.100.7")
    assert login(PASSWORD, "198.51.100.7").status_code == 429
    assert login(PASSWORD, "203.0.113.9").status_code == 302  # the same name from another client still works


def test_logging_in_with_the_right_password_lands_on_the_page_for_the_role(client, world, throttled):
    response = client.post(reverse("accounts:login"), {"username": "coach-ja", "password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("coaching:caseload")


def test_pages_carry_a_strict_content_security_policy_and_other_headers(client):
    response = client.get(reverse("accounts:login"))
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_the_api_docs_page_needs_no_inline_script_or_style(client):
    """Swagger UI comes from ninja's static files; its settings are a JSON data block, which CSP does not run."""
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    html = response.content.decode()
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", html)
    assert inline_scripts == [] and "<style" not in html and " style=" not in html


def test_session_and_csrf_cookies_are_hardened_in_production():
    code = (
        "from django.conf import settings as s;"
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.SECURE_HSTS_SECONDS > 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env={**CLEAN_ENV, **DEPLOY_ENV, "DJANGO_SETTINGS_MODULE": "wegwijzer.conf.production"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.split() == ["True", "True", "True", "True"], result.stderr


def test_the_deploy_check_reports_nothing_with_production_settings():
    result = subprocess.run(
        [sys.executable, "-m", "wegwijzer.manage", "check", "--deploy", "--fail-level", "WARNING"],
        env={**CLEAN_ENV, **DEPLOY_ENV},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_generate_field_key_prints_a_working_fernet_key():
    from django.core.management import call_command

    output = io.StringIO()
    call_command("generate_field_key", stdout=output)
    key = output.getvalue().strip()
    assert Fernet(key).decrypt(Fernet(key).encrypt(b"ok")) == b"ok"


def test_the_login_page_speaks_english_as_second_language(client):
    page = client.get(reverse("accounts:login"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Username" in page and "Forgot your password?" in page
    page = client.get(reverse("accounts:login")).content.decode()
    assert "Gebruikersnaam" in page and "Wachtwoord vergeten?" in page


def test_a_form_posted_without_the_csrf_token_is_refused(world):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("accounts:login"), {"username": "sanne", "password": PASSWORD})
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session
