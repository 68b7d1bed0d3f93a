"""Issue 15's path in two browsers: the coach (a phone with JavaScript) invites the person; the person (a phone
without JavaScript) accepts, grants access and has a scan and a plan; the coach records an intake with a referral
the person agreed to; they agree on a plan; a reminder reaches the person before the step's date; the person
withdraws access and the coach loses it at once. axe-core finds no accessibility problems on the pages of the way
(the person's pages are checked in a JavaScript twin with the same cookies, since axe needs JavaScript)."""

import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse

from wegwijzer.accounts.models import AccessLog, Role
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.accounts.tests.test_browser import log_in
from wegwijzer.coaching import services
from wegwijzer.coaching.models import PlanStep, Referral
from wegwijzer.notifications.tests.conftest import run_periodic
from wegwijzer.scan.tests.conftest import GOAL, make_plan

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def twin(browser):
    """A JavaScript phone that opens what the phone without JavaScript shows, with its cookies, to run axe."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL")
    yield context.new_page()
    context.close()


def axe_as_seen(page, twin, axe_violations) -> list[dict]:
    twin.context.clear_cookies()
    twin.context.add_cookies(page.context.cookies())
    twin.goto(page.url)
    return axe_violations(twin)


def test_invite_accept_intake_with_referral_plan_and_withdrawal(
    phone, phone_without_js, twin, live_server, axe_violations
):
    coach = make_user("karim", Role.COACH, first_name="Karim")
    person = make_user("sanne", Role.DEELNEMER, first_name="Sanne")
    coach_page, person_page = phone, phone_without_js

    # 1. The coach invites the person.
    log_in(coach_page, live_server, "karim")
    assert axe_violations(coach_page) == []
    coach_page.get_by_role("link", name="Nodig iemand uit").click()
    coach_page.get_by_role("button", name="Maak een uitnodiging").click()
    link = coach_page.get_by_test_id("invitation-link").inner_text()
    assert axe_violations(coach_page) == []

    # 2. The person accepts on their own screen, grants access and has a scan with a plan.
    log_in(person_page, live_server, "sanne")
    person_page.goto(link)
    assert axe_as_seen(person_page, twin, axe_violations) == []
    person_page.get_by_role("button", name="Ja, geef toegang").click()
    assert "Karim kan nu met je meekijken." in person_page.locator("main").inner_text()
    assert axe_as_seen(person_page, twin, axe_violations) == []
    client = Client()
    client.force_login(person)
    make_plan(client)  # the scan flow, answered page by page, and a plan from its advice

    # 3. The coach sees the person, with the scan, and records an intake with a referral the person agreed to.
    coach_page.goto(live_server.url + reverse("coaching:caseload"))
    card = coach_page.locator("li.wegwijzer-caseload__person", has_text="Sanne")
    assert "nog geen" not in card.inner_text()  # the last scan shows
    card.get_by_role("link", name="Sanne").click()
    coach_page.get_by_role("link", name="Gesprek vastleggen").click()
    assert "Waar word je blij van?" in coach_page.locator(".wegwijzer-guide").inner_text()
    assert axe_violations(coach_page) == []
    coach_page.get_by_label("Datum", exact=True).fill("2026-11-30")
    coach_page.get_by_label("Onderwerp", exact=True).fill("Kennismaken en geldzorgen")
    coach_page.get_by_label("Curatief: eerst een probleem oplossen").check()
    coach_page.get_by_label("Notitie", exact=True).fill("We beginnen bij de schuldhulp. Daarna een opleiding.")
    coach_page.get_by_label("Deel deze notitie met de deelnemer").check()
    coach_page.get_by_label("Verwijzen naar hulp").select_option("schuldhulp")
    coach_page.get_by_role("button", name="Gesprek opslaan").click()
    assert "Een verwijzing leggen we alleen vast als de deelnemer ja zei" in coach_page.locator("main").inner_text()
    assert not Referral.objects.exists()
    coach_page.get_by_label("De deelnemer zei in het gesprek ja tegen deze verwijzing.").check()
    coach_page.get_by_role("button", name="Gesprek opslaan").click()
    coach_page.wait_for_url(re.compile(r"/dossier/$"))
    assert "Hulp bij geldzorgen en schulden" in coach_page.locator("main").inner_text()
    assert axe_violations(coach_page) == []

    # 4. They agree on a plan: the coach adds a step, the person puts the goal in their own words and sees it all.
    coach_page.get_by_role("link", name="Ons plan").click()
    coach_page.get_by_label("Kleine stap").fill("Afspraak maken bij de schuldhulp")
    coach_page.get_by_label("Wie doet het?").select_option("deelnemer")
    coach_page.get_by_label("Wanneer?").fill("2026-12-07")
    coach_page.get_by_role("button", name="Stap toevoegen").click()
    assert axe_violations(coach_page) == []
    assert GOAL in coach_page.get_by_label("Doel, in de woorden van de deelnemer").input_value()

    person_page.goto(live_server.url + reverse("accounts:my_coach"))
    mine = person_page.locator("main").inner_text()
    assert "We beginnen bij de schuldhulp" in mine and "Hulp bij geldzorgen en schulden" in mine
    assert axe_as_seen(person_page, twin, axe_violations) == []
    person_page.get_by_role("link", name="Ons plan").click()
    person_page.get_by_label("Doel, in de woorden van de deelnemer").fill("Eerst rust in mijn geld, dan de zorg in.")
    person_page.get_by_role("button", name="Doel opslaan").click()
    text = person_page.locator("main").inner_text()
    assert "Afspraak maken bij de schuldhulp" in text and "Nieuwe stap: Afspraak maken bij de schuldhulp" in text
    assert axe_as_seen(person_page, twin, axe_violations) == []
    coach_page.reload()
    assert "Doel: Eerst rust in mijn geld, dan de zorg in. (deelnemer)" in coach_page.locator("main").inner_text()
    assert PlanStep.objects.get().due.isoformat() == "2026-12-07"

    # 5. Two days before the step's date the daily scheduler sends the person a reminder; it is in their messages.
    run_periodic(datetime.date(2026, 12, 5))
    person_page.goto(live_server.url + reverse("accounts:messages"))
    person_page.get_by_role("link", name=re.compile("Herinnering: je stap op maandag 7 december")).click()
    assert "Afspraak maken bij de schuldhulp" in person_page.locator("main").inner_text()
    assert axe_as_seen(person_page, twin, axe_violations) == []

    # 6. The person withdraws access; the coach loses it at once, on every page.
    file_url = coach_page.url.replace("/plan/", "/dossier/")
    person_page.goto(live_server.url + reverse("accounts:mine"))
    person_page.get_by_role("link", name="Stop toegang voor Karim").click()
    person_page.get_by_role("button", name="Ja, trek in").click()
    looks = AccessLog.objects.filter(person=person, viewer=coach).count()
    assert coach_page.goto(file_url).status == 404
    assert coach_page.goto(file_url.replace("/dossier/", "/plan/")).status == 404
    coach_page.goto(live_server.url + reverse("coaching:caseload"))
    assert "Sanne" not in coach_page.locator("main").inner_text()

    # The person's privacy page shows every look the coach took.
    assert looks >= 3
    person_page.goto(live_server.url + reverse("accounts:privacy"))
    assert person_page.locator("main").inner_text().count("Karim") >= looks


def test_a_step_gets_a_real_offer_and_scheme_is_changed_and_taken_away(
    phone, phone_without_js, twin, live_server, axe_violations, make_offer, make_scheme
):
    """Issue 15's shared plan, step by step: the person (without JavaScript) adds a step paid by a scheme and
    chooses an offer by searching; the coach (with JavaScript) moves its date; the person takes it away after the
    question whether that is sure. Both see every change; axe finds nothing on any page of the way."""
    coach = make_user("karim", Role.COACH, first_name="Karim")
    person = make_user("sanne", Role.DEELNEMER, first_name="Sanne")
    services.grant_access(person, coach)
    offer = make_offer(title="Heftruck rijden voor beginners")
    make_scheme("leerfonds-logistiek", name="Leerfonds Logistiek")
    coach_page, person_page = phone, phone_without_js

    log_in(person_page, live_server, "sanne")
    person_page.goto(live_server.url + reverse("accounts:my_coach_plan"))
    person_page.get_by_label("Kleine stap").fill("Een heftruckcursus kiezen")
    person_page.get_by_label("Wanneer?").fill("2026-12-14")
    person_page.get_by_label("Wie betaalt het?").select_option(label="Leerfonds Logistiek (voorbeeld)")
    person_page.get_by_role("button", name="Stap toevoegen").click()
    assert axe_as_seen(person_page, twin, axe_violations) == []

    person_page.get_by_role("link", name=re.compile("^Aanbod kiezen")).click()
    person_page.get_by_role("button", name="Zoeken").click()  # no words yet: the page says what to do
    assert "Vul een paar woorden in om een aanbod te zoeken." in person_page.locator("main").inner_text()
    person_page.get_by_label("Zoek een aanbod").fill("heftruck")
    person_page.get_by_role("button", name="Zoeken").click()
    assert axe_as_seen(person_page, twin, axe_violations) == []
    person_page.get_by_role("button", name=re.compile("^Kies dit aanbod")).click()
    main = person_page.locator("main")
    assert main.get_by_role("link", name="Heftruck rijden voor beginners").get_attribute("href") == reverse(
        "catalogue:offer", args=[offer.pk]
    )
    assert main.get_by_role("link", name="Leerfonds Logistiek (voorbeeld)").count() == 1

    log_in(coach_page, live_server, "karim")
    coach_page.goto(live_server.url + reverse("coaching:plan", args=[person.pk]))
    coach_page.get_by_role("link", name=re.compile("^Stap wijzigen")).click()
    assert axe_violations(coach_page) == []
    coach_page.get_by_label("Wanneer?").fill("")
    coach_page.get_by_role("button", name="Wijziging opslaan").click()
    assert "Vul een datum in." in coach_page.locator("main").inner_text()
    coach_page.get_by_label("Wanneer?").fill("2026-12-21")
    coach_page.get_by_role("button", name="Wijziging opslaan").click()
    assert "werd Een heftruckcursus kiezen (De deelnemer, 21-12-2026)" in coach_page.locator("main").inner_text()

    person_page.reload()
    person_page.get_by_role("link", name=re.compile("^Stap weghalen")).click()
    assert axe_as_seen(person_page, twin, axe_violations) == []
    person_page.get_by_role("button", name="Ja, haal de stap weg").click()
    assert not PlanStep.objects.exists()
    coach_page.reload()
    assert "Stap weggehaald: Een heftruckcursus kiezen (De deelnemer, 21-12-2026) (deelnemer)" in (
        coach_page.locator("main").inner_text()
    )
