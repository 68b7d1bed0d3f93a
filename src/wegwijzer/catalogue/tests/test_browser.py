"""The issue's "done when", tried as a new user would: a flex worker with little money and evening time goes from
their advice to a short evening course that their situation makes free, in three clicks, and sees why it fits."""

import re

import pytest
from django.db import connection

from wegwijzer.scan import services as scan_services
from wegwijzer.scan.codes import code_hash
from wegwijzer.scan.models import Scan

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RESUME_CODE = "FLEXAVND"


@pytest.fixture
def story(make_offer, make_scheme, flex_worker, monkeypatch):
    # The scan's answers are the scan app's business; here its Profiel is the flex worker of the issue.
    monkeypatch.setattr(scan_services, "profile_for", lambda request, scan: flex_worker)
    make_scheme("flexfonds", name="O&O-fonds voor flexwerkers", work_statuses=["uitzend", "oproep"], is_example=True)
    target = make_offer(
        title="Heftruck rijden (avondcursus)",
        description="Drie avonden oefenen op de heftruck.",
        theme="logistiek",
        schedule="avond",
        hours=8,
        price_cents=39500,
        payers=("eigen_geld", "oo_fonds"),
        exam=False,
    )
    make_offer(title="Heftruck rijden overdag", schedule="overdag", hours=8, price_cents=0, payers=())
    make_offer(title="Magazijnopleiding (avond)", schedule="avond", hours=300, payers=("eigen_geld", "oo_fonds"))
    make_offer(title="Excel op de avond", schedule="avond", hours=12, price_cents=29500)
    make_offer(title="Online veilig werken", schedule="eigen_tempo", delivery="online", hours=4, price_cents=4900)
    return Scan.objects.create(code=code_hash(RESUME_CODE)), target


def test_flex_worker_finds_a_free_short_evening_course_from_the_advice_in_three_clicks(
    live_server, phone, axe_violations, story
):
    _scan, target = story
    phone.goto(f"{live_server.url}/scan/verder/{RESUME_CODE}/")
    phone.get_by_role("button", name="Ga verder").click()  # a resume link needs one tap, by design of the scan
    phone.goto(f"{live_server.url}/scan/advies/")

    phone.get_by_role("link", name=re.compile("Zoek een cursus bij deze stap")).first.click()  # click 1
    assert "stap=korte_praktische_cursus" in phone.url
    assert phone.get_by_text("Uit je advies:").is_visible()
    assert axe_violations(phone) == []

    phone.get_by_text("Filters (1 gekozen)").click()  # opens the fold; on a phone the results come first
    phone.get_by_role("link", name=re.compile(r"^'s Avonds \(\d+\)")).click()  # click 2
    first = phone.locator(".wegwijzer-results h3 a").first
    assert first.inner_text() == target.title

    first.click()  # click 3
    assert phone.url.split("?")[0].endswith(f"/aanbod/{target.pk}/")
    body = phone.locator("main").inner_text()
    assert "Voor jou: € 0" in body
    assert "O&O-fonds voor flexwerkers betaalt de hele prijs." in body and "(voorbeeld)" in body
    assert "Past bij jou omdat" in body and "het 's avonds is" in body and "het kort duurt" in body
    assert axe_violations(phone) == []


def test_the_catalogue_works_without_javascript(live_server, phone_without_js, story):
    _scan, target = story
    page = phone_without_js
    page.goto(f"{live_server.url}/aanbod/")
    page.get_by_label("Waar wil je meer over leren?").fill("heftruck")
    page.get_by_role("button", name="Zoeken").click()
    assert "q=heftruck" in page.url
    page.get_by_text("Filters", exact=True).click()
    page.get_by_role("link", name=re.compile(r"^'s Avonds \(1\)")).click()
    page.get_by_role("link", name=target.title).click()
    assert page.get_by_role("heading", level=1).inner_text() == target.title


PHONE_HEIGHT = 844


@pytest.fixture
def many_offers(make_offer):
    for number in range(12):
        make_offer(title=f"Computercursus {number}", schedule="avond" if number % 3 == 0 else "overdag")


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "zonder-js"])
def test_on_a_phone_the_first_result_is_in_the_first_screen_and_the_filter_fold_filters(
    live_server, browser, axe_violations, many_offers, javascript
):
    context = browser.new_context(
        viewport={"width": 390, "height": PHONE_HEIGHT}, locale="nl-NL", java_script_enabled=javascript
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/aanbod/")
    first = page.locator(".wegwijzer-results h3 a").first
    assert first.bounding_box()["y"] + first.bounding_box()["height"] <= PHONE_HEIGHT
    evening = page.get_by_role("link", name=re.compile(r"^'s Avonds \(4\)"))
    assert not evening.is_visible()  # folded away
    page.get_by_text("Filters", exact=True).click()
    evening.click()
    page.wait_for_url(re.compile("wanneer=avond"))
    assert page.get_by_role("heading", name="4 cursussen en trainingen gevonden").is_visible()
    assert page.locator(".wegwijzer-results > li").count() == 4
    if javascript:
        assert axe_violations(page) == []
    for target in page.locator(".wegwijzer-catalogue a:visible, main button:visible, main summary").all():
        assert target.bounding_box()["height"] >= 44, target.inner_text()
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "zonder-js"])
def test_on_a_desktop_the_filters_are_a_sidebar_beside_the_results(
    live_server, browser, axe_violations, many_offers, javascript
):
    context = browser.new_context(
        viewport={"width": 1280, "height": 800}, locale="nl-NL", java_script_enabled=javascript
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/aanbod/?q=computer")
    panel, results = page.locator("#filters"), page.locator(".wegwijzer-results")
    assert panel.bounding_box()["x"] + panel.bounding_box()["width"] <= results.bounding_box()["x"]
    assert abs(panel.bounding_box()["y"] - results.bounding_box()["y"]) < 150  # side by side, not stacked
    evening = page.get_by_role("link", name=re.compile(r"^'s Avonds \(4\)"))
    if not javascript:
        page.get_by_text("Filters", exact=True).click()  # without JavaScript the sidebar is a fold, one tap away
    evening.click()
    page.wait_for_url(re.compile("wanneer=avond"))
    assert page.locator(".wegwijzer-results > li").count() == 4
    if javascript:
        assert page.locator("#filters[open]").count() == 1
        assert axe_violations(page) == []
    context.close()


def test_a_typo_leads_to_offers_in_one_tap_or_none(live_server, phone, axe_violations, many_offers):
    phone.goto(f"{live_server.url}/aanbod/")
    phone.get_by_label("Waar wil je meer over leren?").fill("computr")
    phone.get_by_role("button", name="Zoeken").click()
    phone.wait_for_url(re.compile("q=computr"))
    if connection.vendor == "sqlite":
        phone.get_by_role("link", name="computer").click()  # "Bedoel je computer?"
        phone.wait_for_url(re.compile("q=computer"))
    assert phone.get_by_role("heading", name="12 cursussen en trainingen gevonden").is_visible()
    assert axe_violations(phone) == []


RESUME_CODE_MOTHER = "MOEDER12"


@pytest.fixture
def single_mother_story(make_offer, monkeypatch):
    """Issue 12's single mother with debts and little time, with the answers her scan asked (learning waits, so not
    those about learning), and a catalogue with one free evening course for beginners on the computer."""
    from wegwijzer.advice.engine import validate_profile
    from wegwijzer.scan.questions import BY_KEY, PAGES, profile_data
    from wegwijzer.scan.tests.walk import SINGLE_MOTHER

    waited = {question.key for page in PAGES if page.can_wait for question in page.questions}
    asked = {key: int(value) if BY_KEY[key].kind == "number" else value for key, value in SINGLE_MOTHER.items()}
    profile = validate_profile(profile_data({key: value for key, value in asked.items() if key not in waited}))
    monkeypatch.setattr(scan_services, "profile_for", lambda request, scan: profile)
    target = make_offer(
        title="Computer en telefoon voor beginners (avond)", schedule="avond", hours=6, price_cents=0, payers=()
    )
    make_offer(title="Computer en telefoon voor beginners (overdag)", schedule="overdag", hours=6, price_cents=0)
    make_offer(title="Computer voor gevorderden (avond)", schedule="avond", entry_level="mbo2", price_cents=0)
    make_offer(title="Computercursus met examen", schedule="avond", hours=40, price_cents=45000)
    return Scan.objects.create(code=code_hash(RESUME_CODE_MOTHER)), target


def test_the_single_mother_reaches_a_free_evening_course_from_a_step_in_three_taps(
    live_server, phone, axe_violations, single_mother_story
):
    """Issue 12's "done when": from a step of her advice to a free or maybe-free evening course in at most 3 taps.
    Her steps for now are about her other problems; the free computer course for beginners waits under "Daarna"."""
    _scan, target = single_mother_story
    phone.goto(f"{live_server.url}/scan/verder/{RESUME_CODE_MOTHER}/")
    phone.get_by_role("button", name="Ga verder").click()  # a resume link needs one tap, by design of the scan
    phone.goto(f"{live_server.url}/scan/advies/")

    phone.locator("details.scan-later-steps > summary").click()  # tap 1
    step = phone.locator("li.scan-step", has_text="Volg een gratis les over computer en telefoon")
    step.get_by_role("link", name=re.compile("Zoek een cursus bij deze stap")).click()  # tap 2
    assert "stap=instapcursus_digitaal" in phone.url
    assert axe_violations(phone) == []
    titles = phone.locator(".wegwijzer-results h3 a").all_inner_texts()
    assert target.title in titles and "Computercursus met examen" not in titles  # free, for beginners

    phone.get_by_role("link", name=target.title).click()  # tap 3
    assert phone.url.split("?")[0].endswith(f"/aanbod/{target.pk}/")
    body = phone.locator("main").inner_text()
    assert "'s Avonds" in body and "Het is gratis." in body
    assert axe_violations(phone) == []
