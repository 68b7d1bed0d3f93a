"""Issue 17's "done when", tried as a new user would, with JavaScript on and off: a 47-year-old installer goes from
his advice's orientation step to "Mijn werk", finds his occupation by typing "cv monteur", reads how his work
changes (heat pumps) with its source, sees warmtepompmonteur within reach with the 3 new skills and 2 offers that
teach them, opens the catalogue's offers that lead there, and makes it the goal of his plan."""

import re

import pytest

from .conftest import INSTALLER_CODE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEW_SKILLS = (
    "Een warmtepomp plaatsen en aansluiten",
    "Kiezen welke warmtepomp bij een huis past",
    "Lekken van koudemiddel opsporen",
)
OFFERS = ("Warmtepomp installeren (voorbeeld)", "Werken met koudemiddelen (voorbeeld)")


def _walk(page, base_url, accessible):
    page.goto(f"{base_url}/scan/verder/{INSTALLER_CODE}/")
    page.get_by_role("button", name="Ga verder").click()  # a resume link needs one tap, by design of the scan
    page.goto(f"{base_url}/scan/advies/")
    step = page.locator("li.scan-step", has_text="Kijk hoe nieuwe energie je vak verandert")
    step.get_by_role("link", name=re.compile("Bekijk welk werk kansen heeft")).click()
    assert page.get_by_role("heading", name="Mijn werk", exact=True).is_visible()
    accessible(page)

    page.get_by_label("Wat voor werk doe je?").fill("cv monteur")
    page.get_by_label("Wat voor werk doe je?").press("Enter")
    page.get_by_role("link", name="verwarmingsmonteur", exact=True).click()
    page.wait_for_url(re.compile(r"beroep="))
    accessible(page)

    changes = page.locator("section", has=page.get_by_role("heading", name="Zo verandert dit werk")).inner_text()
    assert "warmtepompen" in changes and "energie" in changes
    assert "Bron: De energietransitie: nieuwe kansen voor werkgelegenheid? Fase 2" in changes
    chances = page.locator("section", has=page.get_by_role("heading", name="Kans op werk in mijn regio")).inner_text()
    assert "zeer krap" in chances and "Periode: 2026 kwartaal 3" in chances and "voorbeeldcijfers" in chances

    step = page.locator("li.labour-step", has=page.get_by_role("heading", name="Warmtepompmonteur"))
    assert step.locator(".labour-new-skills > li").count() == 3
    text = step.inner_text()
    assert all(skill in text for skill in NEW_SKILLS) and all(offer in text for offer in OFFERS)

    to_catalogue = step.get_by_role("link", name="Bekijk alle 2 cursussen die naar dit werk leiden")
    assert to_catalogue.bounding_box()["height"] >= 44
    to_catalogue.click()
    page.wait_for_url(re.compile(r"/aanbod/\?beroep="))
    assert page.get_by_role("heading", name="2 cursussen en trainingen gevonden").is_visible()
    assert all(page.get_by_role("link", name=offer).is_visible() for offer in OFFERS)
    accessible(page)
    page.go_back()

    step.get_by_role("button", name=re.compile("Maak dit mijn doel")).click()
    page.wait_for_url(re.compile("/scan/plan/aanpassen/"))
    assert page.get_by_label("Wat wil je bereiken?").input_value() == "Werken als warmtepompmonteur"
    accessible(page)


def test_the_installer_makes_warmtepompmonteur_his_goal(live_server, phone, axe_violations, installer):
    def accessible(page):
        assert axe_violations(page) == [], page.url

    _walk(phone, live_server.url, accessible)


def test_the_installer_makes_warmtepompmonteur_his_goal_without_javascript(
    live_server, browser, phone_without_js, axe_violations, installer
):
    """axe runs in the page, so it needs JavaScript: a twin page with JavaScript and the same cookies checks each
    page the person without JavaScript reached (as the scan's browser tests do)."""
    twin = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL").new_page()

    def accessible(page):
        twin.context.clear_cookies()
        twin.context.add_cookies(page.context.cookies())
        twin.goto(page.url)
        assert axe_violations(twin) == [], page.url

    _walk(phone_without_js, live_server.url, accessible)
    twin.context.close()
