"""Settings per environment: safe local defaults, and production refuses to start without its secrets."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

WEGWIJZER = shutil.which("wegwijzer", path=str(Path(sys.executable).parent)) or "wegwijzer"
PRODUCTION = {
    "WEGWIJZER_DEBUG": "0",
    "WEGWIJZER_SECRET_KEY": "x" * 60,
    "WEGWIJZER_ALLOWED_HOSTS": "wegwijzer.example.nl",
    "WEGWIJZER_FIELD_KEYS": "3SOzEXNIbDWyBb1VX6xK2MPCyUAZ4bCqGVv0Sb8iAxk=",
}


def run(*args, **env):
    clean = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("WEGWIJZER_", "DJANGO_")) and key != "DATABASE_URL"
    }
    return subprocess.run([WEGWIJZER, *args], env={**clean, **env}, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("missing", ["WEGWIJZER_SECRET_KEY", "WEGWIJZER_ALLOWED_HOSTS", "WEGWIJZER_FIELD_KEYS"])
def test_production_names_a_missing_variable_without_a_traceback(missing):
    env = {key: value for key, value in PRODUCTION.items() if key != missing}
    result = run("check", **env)
    assert result.returncode == 2
    assert missing in result.stderr
    assert "Traceback" not in result.stderr


SHOW = "from django.conf import settings as s; print(s.DEBUG, s.DATABASES['default']['ENGINE'], s.CSRF_COOKIE_SECURE)"


def test_production_settings_load_with_everything_set():
    result = run("shell", "-v", "0", "-c", SHOW, **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "django.db.backends.sqlite3", "True"]


def test_local_default_is_debug_on_sqlite():
    result = run("shell", "-v", "0", "-c", SHOW)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "django.db.backends.sqlite3", "False"]


def test_database_url_switches_the_database():
    result = run("shell", "-v", "0", "-c", SHOW, DATABASE_URL="postgres://u:p@db.example:5432/wegwijzer")
    assert result.stdout.split()[1] == "django.db.backends.postgresql"


def test_a_bad_number_in_the_environment_is_named():
    result = run("check", WEGWIJZER_DB_CONN_MAX_AGE="lang")
    assert result.returncode == 2
    assert "WEGWIJZER_DB_CONN_MAX_AGE" in result.stderr and "heel getal" in result.stderr


DEBUG_OFF = ["0", "false", "FALSE", "no", "No", "off", " OFF ", "maybe"]  # an unknown word is off too: fail closed
DEBUG_ON = ["1", "true", "TRUE", "yes", "Yes", "on", " On "]


@pytest.mark.parametrize("spelling", DEBUG_OFF)
def test_every_spelling_of_debug_off_selects_production(spelling):
    result = run("shell", "-v", "0", "-c", SHOW, **{**PRODUCTION, "WEGWIJZER_DEBUG": spelling})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "django.db.backends.sqlite3", "True"]


@pytest.mark.parametrize("spelling", DEBUG_OFF)
def test_debug_off_without_production_secrets_refuses_to_start(spelling):
    result = run("check", WEGWIJZER_DEBUG=spelling)
    assert result.returncode == 2
    assert "WEGWIJZER_SECRET_KEY" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("spelling", DEBUG_ON)
def test_every_spelling_of_debug_on_selects_development(spelling):
    result = run("shell", "-v", "0", "-c", SHOW, WEGWIJZER_DEBUG=spelling)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "django.db.backends.sqlite3", "False"]


def test_production_refuses_the_public_development_secret_key():
    from wegwijzer.conf.env import DEVELOPMENT_SECRET_KEY

    result = run("check", **{**PRODUCTION, "WEGWIJZER_SECRET_KEY": DEVELOPMENT_SECRET_KEY})
    assert result.returncode == 2
    assert "openbare sleutel" in result.stderr and "Traceback" not in result.stderr


def test_development_settings_chosen_by_hand_refuse_to_run_with_debug_off():
    result = run("check", WEGWIJZER_DEBUG="false", DJANGO_SETTINGS_MODULE="wegwijzer.conf.dev")
    assert result.returncode == 2
    assert "ontwikkelinstellingen" in result.stderr and "Traceback" not in result.stderr
