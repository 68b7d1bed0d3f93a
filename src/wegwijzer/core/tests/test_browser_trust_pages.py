"""The trust pages, "page not found" and a failed form token on a phone, without an account: axe-core finds no
accessibility problems, and the footer's links are big enough to tap (44 by 44 CSS pixels, WCAG 2.5.5's size)."""

import pytest
from django.conf import settings

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = ("/privacyverklaring/", "/toegankelijkheid/", "/contact/", "/over-wegwijzer/", "/bestaat-niet/")
TAP = 44


def test_trust_pages_and_not_found_pass_axe_with_footer_links_big_enough_to_tap(phone, live_server, axe_violations):
    for path in PAGES:
        response = phone.goto(live_server.url + path)
        assert response.status == (404 if path == "/bestaat-niet/" else 200), path
        assert axe_violations(phone) == [], path
        footer_targets = phone.locator("footer a, footer button")
        # four trust pages and the language switch: one button per language besides the page's own
        assert footer_targets.count() == 4 + len(settings.LANGUAGES) - 1, path
        for target in footer_targets.all():
            box = target.bounding_box()
            assert box["height"] >= TAP and box["width"] >= TAP, (path, target.inner_text(), box)


def test_from_not_found_back_to_the_page_before_and_home(phone, live_server):
    phone.goto(live_server.url + "/bestaat-niet/", referer=live_server.url + "/over-wegwijzer/")
    phone.get_by_role("link", name="Terug naar de vorige pagina").click()
    phone.wait_for_url(live_server.url + "/over-wegwijzer/")
    phone.goto(live_server.url + "/bestaat-niet/")
    phone.get_by_role("link", name="Naar de startpagina").click()
    phone.wait_for_url(live_server.url + "/")


def test_a_form_whose_token_was_lost_explains_and_leads_back_to_the_form(phone, live_server, axe_violations):
    phone.goto(live_server.url + "/account/inloggen/")
    phone.context.clear_cookies()  # as when cookies are off, or the form stood open while the token changed
    phone.get_by_label("Gebruikersnaam").fill("iemand")
    phone.get_by_label("Wachtwoord").fill("een-wachtwoord")
    phone.get_by_role("button", name="Inloggen").last.click()
    assert phone.get_by_role("heading", level=1).inner_text() == "Het lukte niet om dit te versturen"
    assert axe_violations(phone) == []
    phone.get_by_role("link", name="Probeer het opnieuw").click()
    phone.wait_for_url(live_server.url + "/account/inloggen/")
