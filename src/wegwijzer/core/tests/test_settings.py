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
