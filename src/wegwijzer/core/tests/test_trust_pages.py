"""The privacy and accessibility statements, contact and 'Over Wegwijzer': open without an account, linked from
the footer of every page, with the facts from settings and never an invented address."""

import pytest

pytestmark = pytest.mark.django_db

TRUST_PAGES = {
    "/privacyverklaring/": "Privacyverklaring",
    "/toegankelijkheid/": "Toegankelijkheid",
    "/contact/": "Contact",
    "/over-wegwijzer/": "Over Wegwijzer",
}
PLACEHOLDER = "[Nog in te vullen"


@pytest.fixture
def installed(settings):
    """An installation that named its organisation (not a demo)."""
    settings.WEGWIJZER_DEMO = False
    settings.WEGWIJZER_ORGANISATION_NAME = "Gemeente Testdorp"
    settings.WEGWIJZER_CONTACT_EMAIL = "wegwijzer@testdorp.example"
    settings.WEGWIJZER_CONTACT_PHONE = "14 000"
    return settings


@pytest.mark.parametrize(("url", "heading"), TRUST_PAGES.items())
def test_every_trust_page_opens_without_an_account_and_is_in_every_footer(client, url, heading):
    page = client.get(url).content.decode()
    assert f'<h1 class="utrecht-heading-1">{heading}</h1>' in page
    for other in TRUST_PAGES:
        assert f'href="{other}"' in page
    assert f'href="{url}"' in client.get("/").content.decode()
    assert f'href="{url}"' in client.get("/bestaat-niet/").content.decode()


def test_the_privacy_statement_covers_each_part_with_the_configured_periods(client, installed):
    installed.WEGWIJZER_ANONYMOUS_SCAN_RETENTION_DAYS = 30
    installed.SESSION_COOKIE_AGE = 4 * 60 * 60
    page = client.get("/privacyverklaring/").content.decode()
    parts = ("Je antwoorden in de scan", "Gevoelige antwoorden", "Je ontwikkelplan", "Je account", "Je coach")
    parts += ("Je ervaring met een cursus", "Je werkgever", "Wie keek naar je gegevens?")
    parts += ("Hoe lang bewaren we je gegevens?", "Je rechten")
    for part in parts:
        assert f">{part}</h2>" in page
    assert "30 dagen na de laatste wijziging" in page and "90 dagen" not in page
    assert "Na 4 uur word je vanzelf uitgelogd" in page
    for right in ("Inzage", "Correctie", "Verwijdering", "Export", "Bezwaar", "Autoriteit Persoonsgegevens"):
        assert right in page
    assert "verwerkingsverantwoordelijke" in page and "Gemeente Testdorp" in page
    assert 'href="/account/privacy/"' in page


def test_contact_shows_the_organisation_from_settings(client, installed):
    page = client.get("/contact/").content.decode()
    assert "Gemeente Testdorp" in page and 'href="mailto:wegwijzer@testdorp.example"' in page
    assert 'href="tel:14000"' in page
    # No example marker ("voorbeeld-theme" is the class of NL Design System's Voorbeeld theme, not a marker)
    assert "(voorbeeld)" not in page and "Dit is een demo" not in page and PLACEHOLDER not in page


def test_in_demo_mode_the_contact_details_are_marked_as_an_example(client, settings):
    settings.WEGWIJZER_DEMO = True
    settings.WEGWIJZER_ORGANISATION_NAME = settings.WEGWIJZER_CONTACT_EMAIL = ""
    page = client.get("/contact/").content.decode()
    assert "Dit is een demo" in page and "wegwijzer@example.org</a> (voorbeeld)" in page


def test_without_settings_outside_a_demo_the_pages_show_a_placeholder_not_an_invented_address(client, settings):
    settings.WEGWIJZER_DEMO = False
    settings.WEGWIJZER_ORGANISATION_NAME = settings.WEGWIJZER_CONTACT_EMAIL = ""
    for url in ("/contact/", "/privacyverklaring/", "/over-wegwijzer/"):
        page = client.get(url).content.decode()
        assert PLACEHOLDER in page, url
        assert "example.org" not in page and "mailto:" not in page, url


def test_the_accessibility_statement_names_the_standard_and_the_honest_status(client):
    page = client.get("/toegankelijkheid/").content.decode()
    assert "de toegankelijkheidsverklaring van Wegwijzer" in page
    assert "WCAG 2.1, niveau AA" in page and "EN 301 549" in page
    assert "Status: in onderzoek." in page and "axe-core" in page


def test_about_names_the_five_research_reports(client):
    page = client.get("/over-wegwijzer/").content.decode()
    assert page.count('<cite lang="nl">') == 5  # the titles are Dutch on every page
    assert "Belemmeringen Leven Lang Ontwikkelen" in page and "Welke werknemer leert en waarom?" in page
    assert "EUPL-1.2" in page
