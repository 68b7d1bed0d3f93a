"""On a phone, with and without JavaScript: a reminder waits on Mijn Wegwijzer, the person reads it, answers the
question how it went with one tap, sees the step counted, and chooses weekly e-mail; every page passes axe (which
itself needs JavaScript). Stopping e-mail from the link works without logging in."""

import re

import pytest
from django.urls import reverse

from wegwijzer.accounts.tests.test_browser import assert_accessible, log_in
from wegwijzer.notifications.models import Frequency
from wegwijzer.notifications.services import frequency, unsubscribe_token

from .conftest import STEP_DATE, run_periodic

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_a_person_reads_a_reminder_answers_a_check_in_and_chooses_weekly_email(
    request, javascript, live_server, axe_violations, person, make_plan
):
    page = request.getfixturevalue("phone" if javascript else "phone_without_js")

    def check_axe() -> None:
        if javascript:
            assert_accessible(page, axe_violations)

    make_plan(person, first_step="Bel het leerwerkloket")
    run_periodic(STEP_DATE.replace(day=STEP_DATE.day - 1))  # the reminder
    run_periodic(STEP_DATE.replace(day=STEP_DATE.day + 1))  # the question how it went

    log_in(page, live_server, "sanne")
    page.wait_for_url(re.compile(r"/account/mijn-wegwijzer/$"))
    assert page.get_by_text("Je hebt 2 nieuwe berichten.").is_visible()
    page.get_by_role("link", name="Lees je berichten").click()
    assert page.get_by_role("heading", name="Mijn berichten", level=1).is_visible()
    check_axe()

    link = page.get_by_role("link", name="Is je stap gelukt?")
    assert link.bounding_box()["height"] >= 44
    link.click()
    assert page.get_by_text("Bel het leerwerkloket").is_visible()
    check_axe()
    button = page.get_by_role("button", name="Gelukt")
    assert button.bounding_box()["height"] >= 44
    button.click()
    page.wait_for_url(re.compile(r"/account/berichten/$"))
    assert page.get_by_text("Goed gedaan! Je hebt nu 1 stap gezet.").is_visible()

    page.get_by_role("link", name="Kies hoe vaak je een e-mail krijgt").click()
    assert page.get_by_role("heading", name="Hoe vaak wil je een e-mail?", level=1).is_visible()
    check_axe()
    page.get_by_label("Eén e-mail per week met je nieuwe berichten").check()
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url(re.compile(r"/account/berichten/$"))
    assert frequency(person) == Frequency.WEEKLY

    page.goto(live_server.url + reverse("accounts:mine"))
    assert page.get_by_text("Je hebt 1 stap gezet. Goed bezig!").is_visible()


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_stopping_email_from_the_link_takes_one_tap(request, javascript, live_server, axe_violations, person):
    page = request.getfixturevalue("phone" if javascript else "phone_without_js")
    page.goto(live_server.url + reverse("accounts:unsubscribe", args=[unsubscribe_token(person)]))
    if javascript:
        assert_accessible(page, axe_violations)
    page.get_by_role("button", name="Stop de e-mails").click()
    assert page.get_by_role("heading", name="Je krijgt geen e-mail meer").is_visible()
    if javascript:
        assert_accessible(page, axe_violations)
    assert frequency(person) == Frequency.NEVER
