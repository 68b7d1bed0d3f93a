"""Fixtures shared by every app's tests: a real browser (Debian's chromium through Playwright) and axe-core.

Where chromium or axe-core is missing, browser tests skip with the reason, so that a fresh machine stays green;
in CI (CI=true) a missing browser is a failure instead, because CI must run them.
"""

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).parent
CHROMIUM = os.environ.get("WEGWIJZER_CHROMIUM", "/usr/bin/chromium")
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
IN_CI = os.environ.get("CI", "").lower() == "true"
# Hypothesis checks what code does, not how fast: a 200 ms deadline per example fails at random on a busy machine
# (CI shares two cores with PostgreSQL). Speed is measured in bench/, against a baseline in the same run.
settings.register_profile("wegwijzer", deadline=None)
settings.load_profile("wegwijzer")
# Playwright's live server runs in a thread beside the async loop of the browser; Django must allow that.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _missing(what: str, how: str):
    message = f"{what} ontbreekt ({how}); browsertests worden overgeslagen."
    if IN_CI:
        pytest.fail(f"In CI moet dit er zijn: {message}")
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        _missing("Chromium", "apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    """A page in a phone-sized viewport, as most of our users see Wegwijzer."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="nl-NL", is_mobile=True, has_touch=True
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone_without_js(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL", java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_JS.exists():
        _missing("axe-core", "npm ci")
    return AXE_JS.read_text(encoding="utf-8")


@pytest.fixture
def axe_violations(axe_source):
    """Run axe-core in a page and return its violations (WCAG 2.1 A and AA rules)."""

    def run(page) -> list[dict]:
        if not page.evaluate("() => typeof window.axe !== 'undefined'"):
            # Evaluated through the DevTools protocol, not as an inline <script>: our Content-Security-Policy
            # forbids inline scripts, and must stay on in these tests.
            page.evaluate(axe_source)
        result = page.evaluate(
            "() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        )
        return [
            {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]} for v in result["violations"]
        ]

    return run


@pytest.fixture
def queries_for_n_and_2n(db):
    """The number of database queries of one request with N rows and with 2N rows (made by ``add(n)``), each
    measured on a second request, after a first one warmed the caches (sessions, the catalogue snapshot)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def measure(add, request, n: int = 5) -> tuple[int, int]:
        counts = []
        for _ in range(2):
            add(n)
            request()
            with CaptureQueriesContext(connection) as captured:
                response = request()
            assert response.status_code == 200, response.status_code
            counts.append(len(captured))
        return counts[0], counts[1]

    return measure
