"""A zzp'er goes from the funding step of their advice to "Welk geld past bij mij?" on a phone, with and without
JavaScript, and axe finds nothing; every link and summary on the page is at least 44 px high."""

import re

import pytest

from wegwijzer.advice.engine import validate_profile
from wegwijzer.funding import demo
from wegwijzer.scan import services as scan_services
from wegwijzer.scan.codes import code_hash
from wegwijzer.scan.models import Scan

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RESUME_CODE = "ZZPGELD2"


@pytest.fixture
def zzp_scan(monkeypatch):
    zzp = validate_profile({"work_status": "zzp", "age": 44, "scales": {"money": 1}})
    monkeypatch.setattr(scan_services, "profile_for", lambda request, scan: zzp)
    demo.load()
    return Scan.objects.create(code=code_hash(RESUME_CODE))


def open_scan(page, live_server):
    page.goto(f"{live_server.url}/scan/verder/{RESUME_CODE}/")
    page.get_by_role("button", name="Ga verder").click()
    page.goto(f"{live_server.url}/scan/advies/")


def test_from_the_funding_step_to_the_schemes_that_fit(live_server, phone, axe_violations, zzp_scan):
    open_scan(phone, live_server)
    phone.get_by_role("link", name="Welk geld past bij mij?").first.click()
    assert phone.url.endswith("/geld/")
    assert phone.get_by_role("heading", level=1).inner_text() == "Welk geld past bij mij?"
    fits = phone.locator("section", has=phone.get_by_role("heading", name="Dit past bij jou"))
    assert "Leervoucher voor zzp'ers" in fits.inner_text() and "Voorbeeld" in fits.inner_text()
    assert not phone.get_by_text("Deze regeling is gestopt").is_visible()  # folded away under "past niet"
    phone.get_by_text(re.compile(r"regelingen passen niet bij jou")).click()
    assert phone.get_by_text("Deze regeling is gestopt op 31 december 2023.").is_visible()
    assert axe_violations(phone) == []
    small = phone.evaluate(
        """() => [...document.querySelectorAll('main summary, main .utrecht-button-link')]
              .filter(el => el.getBoundingClientRect().height < 44).map(el => el.textContent.trim())"""
    )
    assert small == []
    assert phone.evaluate("() => document.documentElement.scrollWidth") <= 390


def test_the_page_works_without_javascript(live_server, phone_without_js, zzp_scan):
    page = phone_without_js
    open_scan(page, live_server)
    page.get_by_role("link", name="Welk geld past bij mij?").first.click()
    assert "Leervoucher voor zzp'ers" in page.locator("main").inner_text()
    page.get_by_text(re.compile(r"regelingen passen niet bij jou")).click()
    assert page.get_by_text("Deze regeling is gestopt op 31 december 2023.").is_visible()
