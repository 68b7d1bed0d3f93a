"""The trust pages and the 'page not found' page on a phone, as a visitor without an account: axe-core finds no
accessibility problems, and the footer's links are big enough to tap (44 by 44 CSS pixels, WCAG 2.5.5's size)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = ("/privacyverklaring/", "/toegankelijkheid/", "/contact/", "/over-wegwijzer/", "/bestaat-niet/")
TAP = 44


def test_trust_pages_and_not_found_pass_axe_with_footer_links_big_enough_to_tap(phone, live_server, axe_violations):
    for path in PAGES:
        response = phone.goto(live_server.url + path)
        assert response.status == (404 if path == "/bestaat-niet/" else 200), path
        assert axe_violations(phone) == [], path
        footer_targets = phone.locator("footer a, footer button")
        assert footer_targets.count() == 5, path  # four trust pages and the language switch
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
