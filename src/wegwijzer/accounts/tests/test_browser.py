"""A person, as a new user would on a phone: makes an account and confirms it from the mail; logs in, sees who
looked, withdraws a coach's access, deletes everything. axe-core finds no accessibility problems on any accounts
page. (The CSP: core/tests/test_browser_csp.py.)"""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from wegwijzer.accounts import services
from wegwijzer.accounts.models import User

from .conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username: str) -> None:
    page.goto(live_server.url + reverse("accounts:login"))
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").last.click()
    page.wait_for_url(lambda url: "/inloggen/" not in url)


def assert_accessible(page, axe_violations) -> None:
    assert axe_violations(page) == [], page.url


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_a_person_sees_who_looked_withdraws_access_and_deletes_everything(
    request, javascript, live_server, axe_violations, world
):
    page = request.getfixturevalue("phone" if javascript else "phone_without_js")
    services.log_access(world.coach_with_consent, world.subject, "overzicht", "Voorbereiding van ons gesprek")

    log_in(page, live_server, "sanne")
    page.wait_for_url(re.compile(r"/account/mijn-wegwijzer/$"))
    page.get_by_role("link", name="Naar je privacy").click()
    page.wait_for_url(re.compile(r"/account/privacy/$"))
    who_looked = page.locator("section", has=page.get_by_role("heading", name="Wie keek naar je gegevens?"))
    assert "Karim" in who_looked.inner_text() and "Voorbereiding van ons gesprek" in who_looked.inner_text()
    if javascript:
        assert_accessible(page, axe_violations)

    page.get_by_role("link", name=re.compile("^Intrekken")).click()
    if javascript:
        assert_accessible(page, axe_violations)
    page.get_by_role("button", name="Ja, trek in").click()
    page.wait_for_url(re.compile(r"/account/privacy/$"))
    assert "Je toestemming is ingetrokken." in page.inner_text("main")
    assert "Ingetrokken op" in page.inner_text("main")
    assert not services.has_access(world.coach_with_consent, world.subject, "overzicht")

    page.get_by_role("link", name="Mijn account verwijderen").click()
    page.get_by_role("button", name="Verwijder mijn account").click()  # forgot password and tick: told so
    assert "Vul je wachtwoord in." in page.inner_text("main")
    if javascript:
        assert_accessible(page, axe_violations)
    page.get_by_label("Je wachtwoord").fill(PASSWORD)
    page.get_by_label(re.compile("Ja, verwijder mijn account")).check()
    page.get_by_role("button", name="Verwijder mijn account").click()
    page.wait_for_url(re.compile(r"/account/verwijderd/$"))
    assert "Je account is verwijderd" in page.inner_text("main")
    if javascript:
        assert_accessible(page, axe_violations)
    assert not User.objects.filter(username="sanne").exists()


def test_every_accounts_page_passes_axe(phone, live_server, axe_violations, world):
    def check(path: str) -> None:
        phone.goto(live_server.url + path)
        assert_accessible(phone, axe_violations)

    for name in ("accounts:login", "accounts:password_reset"):
        check(reverse(name))
    phone.get_by_label("E-mailadres").fill("x")  # a form with an error
    phone.get_by_role("button", name="Stuur de mail").click()
    assert_accessible(phone, axe_violations)

    log_in(phone, live_server, "sanne")
    for name in ("accounts:privacy", "accounts:grant_coach", "accounts:password_change", "accounts:delete_account"):
        check(reverse(name))
    check(reverse("accounts:grant_coach"))
    phone.get_by_label("Code van je coach").fill("NIETBEST")
    phone.get_by_role("button", name="Geef toegang").click()
    assert "We vinden geen coach" in phone.inner_text("main")
    assert_accessible(phone, axe_violations)
    phone.get_by_role("button", name="Uitloggen").click()

    log_in(phone, live_server, "coach-ja")
    phone.wait_for_url(re.compile(r"/coach/$"))
    assert_accessible(phone, axe_violations)
    phone.get_by_role("link", name="Sanne").click()  # the coach's file of Sanne (coaching)
    assert_accessible(phone, axe_violations)
    phone.get_by_role("link", name="Advies, vaardigheden en bewijzen").click()
    assert_accessible(phone, axe_violations)
    phone.get_by_label("Waarom wil je de gegevens nu zien?").fill("Gesprek morgen")
    phone.get_by_role("button", name="Open de gegevens").click()
    assert "sanne@example.org" in phone.inner_text("main")
    assert_accessible(phone, axe_violations)
    check(reverse("accounts:two_step"))
    phone.get_by_role("button", name="Aanzetten").click()
    assert phone.locator(".wegwijzer-qr svg").is_visible()
    assert_accessible(phone, axe_violations)
    assert TOTPDevice.objects.filter(user=world.coach_with_consent, confirmed=False).exists()
    phone.get_by_role("button", name="Uitloggen").click()

    log_in(phone, live_server, "werkgever")
    phone.wait_for_url(re.compile(r"/organisatie/$"))
    assert_accessible(phone, axe_violations)


def test_a_person_makes_an_account_confirms_it_from_the_mail_and_lands_on_mijn_wegwijzer(
    phone, live_server, axe_violations
):
    phone.goto(live_server.url + reverse("accounts:login"))
    phone.get_by_role("link", name="Maak een account").click()  # one tap from the login page
    phone.wait_for_url(re.compile(r"/account/aanmelden/$"))
    assert_accessible(phone, axe_violations)
    phone.get_by_label("Je e-mailadres").fill("nieuw@example.org")
    phone.get_by_label("Kies een wachtwoord").fill("mijn-eigen-lange-wachtwoord-7")
    phone.get_by_label("Typ het wachtwoord nog een keer").fill("iets-anders")
    phone.get_by_role("button", name="Maak mijn account").click()
    assert "De twee wachtwoorden zijn niet hetzelfde." in phone.inner_text("main")
    assert_accessible(phone, axe_violations)
    phone.get_by_label("Kies een wachtwoord").fill("mijn-eigen-lange-wachtwoord-7")
    phone.get_by_label("Typ het wachtwoord nog een keer").fill("mijn-eigen-lange-wachtwoord-7")
    phone.get_by_role("button", name="Maak mijn account").click()
    phone.wait_for_url(re.compile(r"/account/aanmelden/verstuurd/$"))
    assert_accessible(phone, axe_violations)
    assert not User.objects.get(username="nieuw@example.org").is_active

    [message] = mail.outbox
    link = re.search(r"http://\S+/account/aanmelden/\S+/", message.body).group(0)
    assert link.startswith(live_server.url)
    phone.goto(link)
    assert_accessible(phone, axe_violations)
    phone.get_by_label("Je wachtwoord").fill("mijn-eigen-lange-wachtwoord-7")
    phone.get_by_role("button", name="Zet mijn account aan").click()
    phone.wait_for_url(re.compile(r"/account/mijn-wegwijzer/$"))
    assert "Je account is klaar. Je bent ingelogd." in phone.inner_text("main")
    assert User.objects.get(username="nieuw@example.org").is_active
    assert_accessible(phone, axe_violations)
    targets = phone.locator("main .utrecht-button-link")
    assert targets.count() == 5  # advice, plan, skills, coach, privacy (a budget only once one is granted)
    for index in range(targets.count()):
        box = targets.nth(index).bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44, targets.nth(index).inner_text()
