"""Resume codes (security test, issue 9, M4 and M5): the database keeps only a keyed hash of each code, the code
alone does not let anyone take a scan into their account, and wrong codes are counted in a cache that every app
server shares, per real client behind the proxy and for the whole site."""

import importlib
import os
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from django.apps import apps as django_apps
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.test import Client, RequestFactory, override_settings

from wegwijzer.accounts.models import Role
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.scan import services
from wegwijzer.scan.codes import code_hash
from wegwijzer.scan.models import Scan

from .conftest import FLEX_WORKER, complete_scan, shown_code

pytestmark = pytest.mark.django_db
PROXY = "10.0.0.1"


def resume_request(address: str, forwarded: str = ""):
    request = RequestFactory().post("/scan/verder/", REMOTE_ADDR=address, HTTP_X_FORWARDED_FOR=forwarded)
    request.session = {}
    return request


def wrong_code(request) -> None:
    with pytest.raises(services.ScanNotFound):
        services.open_by_code(request, "ZZZZ-ZZZZ")


# --- M4a: only a hash in the database -----------------------------------------------------------------------


def test_the_database_holds_no_resume_code(client):
    complete_scan(client, FLEX_WORKER)
    code = shown_code(client).replace("-", "")
    assert code not in repr(list(Scan.objects.values()))
    assert Scan.objects.get().code == code_hash(code)


def test_the_migration_hashes_the_codes_of_existing_scans(client):
    migration = importlib.import_module("wegwijzer.scan.migrations.0002_hashed_codes_and_sensitive_plan_steps")
    Scan.objects.create(code="ABCD2345", answers={"werk": "vast"})  # as stored before this migration
    migration.hash_codes(django_apps, None)
    assert Scan.objects.get().code == code_hash("ABCD2345")
    response = client.post("/scan/verder/", {"code": "abcd-2345"})
    assert response.status_code == 303 and shown_code(client) == "ABCD-2345"


# --- M4b: the code alone does not claim a scan --------------------------------------------------------------


def test_a_scan_opened_by_code_is_not_saved_into_someone_elses_account(client):
    complete_scan(client, FLEX_WORKER)
    stranger = Client()
    stranger.force_login(make_user("piet", Role.DEELNEMER))
    stranger.post("/scan/verder/", {"code": shown_code(client)})
    page = stranger.get("/scan/bewaren/").content.decode()
    assert "Je hebt deze scan geopend met een code." in page and "Bewaar mijn scan" not in page
    stranger.post("/scan/bewaren/")
    assert Scan.objects.get().user is None


def test_the_browser_that_started_the_scan_saves_it_after_logging_in(client):
    complete_scan(client, FLEX_WORKER)
    owner = make_user("sanne", Role.DEELNEMER)
    client.force_login(owner)
    assert client.post("/scan/bewaren/").status_code == 303
    assert Scan.objects.get().user == owner


# --- M5: shared counting, per real client, and for the site --------------------------------------------------


def test_the_throttle_cache_is_shared_not_per_process():
    assert not isinstance(caches["default"], LocMemCache)


def test_wrong_codes_count_across_two_cache_connections(monkeypatch):
    """Two app servers (or gunicorn workers) each have their own cache connection; both count in one place."""
    first, second = caches.create_connection("default"), caches.create_connection("default")
    assert first is not second
    request = resume_request("192.0.2.10")
    for connection in (first, second):
        monkeypatch.setattr(services, "shared_cache", connection)
        for _ in range(services.CODE_ATTEMPTS // 2):
            wrong_code(request)
    assert services.too_many_code_attempts(request)  # seen through the second connection
    monkeypatch.setattr(services, "shared_cache", first)
    assert services.too_many_code_attempts(request)


def test_the_count_lasts_the_whole_window(monkeypatch):
    """The database cache's incr would store the count with its default timeout of 5 minutes: a guesser could
    then try 10 codes every 5 minutes instead of every 15."""
    import django.core.cache.backends.base as cache_base
    import django.core.cache.backends.db as db_cache

    def clock_at(moment: float) -> None:  # one clock for the window, the cache's expiry times and its reads
        monkeypatch.setattr(services, "_clock", lambda: moment)
        monkeypatch.setattr(cache_base, "time", SimpleNamespace(time=lambda: moment))
        monkeypatch.setattr(db_cache, "tz_now", lambda: datetime.fromtimestamp(moment, tz=UTC))

    start = (int(time.time() // services.CODE_ATTEMPT_WINDOW) + 1) * services.CODE_ATTEMPT_WINDOW + 1
    clock_at(start)
    request = resume_request("192.0.2.20")
    for _ in range(services.CODE_ATTEMPTS):
        wrong_code(request)
    clock_at(start + 10 * 60)  # still in the same 15-minute window
    assert services.too_many_code_attempts(request)
    clock_at(start + services.CODE_ATTEMPT_WINDOW)  # the next window starts afresh
    assert not services.too_many_code_attempts(request)


@override_settings(WEGWIJZER_TRUSTED_PROXIES=[PROXY])
def test_behind_the_proxy_one_persons_typos_do_not_block_another():
    typist = resume_request(PROXY, "198.51.100.7")
    for _ in range(services.CODE_ATTEMPTS):
        wrong_code(typist)
    assert services.too_many_code_attempts(typist)
    assert not services.too_many_code_attempts(resume_request(PROXY, "198.51.100.8"))


@override_settings(WEGWIJZER_TRUSTED_PROXIES=[PROXY])
def test_a_forged_forwarded_header_does_not_escape_the_count():
    """A client that is not our proxy cannot pick a fresh address per try by writing X-Forwarded-For."""
    for attempt in range(services.CODE_ATTEMPTS):
        wrong_code(resume_request("192.0.2.50", f"203.0.113.{attempt}"))
    assert services.too_many_code_attempts(resume_request("192.0.2.50", "203.0.113.200"))


@override_settings(WEGWIJZER_RESUME_CODE_SITE_LIMIT=5)
def test_guessing_from_many_addresses_meets_the_site_budget(client):
    for attempt in range(5):
        wrong_code(resume_request(f"192.0.2.{attempt}"))
    fresh = resume_request("192.0.2.99")
    assert services.too_many_code_attempts(fresh)
    response = client.post("/scan/verder/", {"code": "ABCD-EF23"}, REMOTE_ADDR="192.0.2.98")
    assert "Je hebt te vaak een code ingevuld die niet klopt." in response.content.decode()


def _redis_reachable(url: str) -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=0.5).ping())
    except redis.RedisError:
        return False


REDIS_URL = "redis://127.0.0.1:6379/15"


@pytest.mark.skipif(not _redis_reachable(REDIS_URL), reason="needs Redis at 127.0.0.1:6379 (WEGWIJZER_CACHE_URL)")
def test_wrong_codes_count_across_two_redis_connections(monkeypatch):
    prefix = f"test-{uuid.uuid4().hex}"
    redis_cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    with override_settings(CACHES={"default": redis_cache | {"KEY_PREFIX": prefix}}):
        first, second = caches.create_connection("default"), caches.create_connection("default")
        request = resume_request("192.0.2.11")
        try:
            for connection in (first, second):
                monkeypatch.setattr(services, "shared_cache", connection)
                for _ in range(services.CODE_ATTEMPTS // 2):
                    wrong_code(request)
            assert services.too_many_code_attempts(request)
        finally:
            first.delete_many(list(services._attempt_limits(request)))


def test_wegwijzer_cache_url_selects_redis():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    environment = os.environ | {"WEGWIJZER_CACHE_URL": REDIS_URL, "DJANGO_SETTINGS_MODULE": "wegwijzer.conf.test"}
    output = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert output.strip() == "django.core.cache.backends.redis.RedisCache"
