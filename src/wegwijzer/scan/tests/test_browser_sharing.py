"""A person shares their ontwikkelplan with their employer on a phone; the employer then sees that plan and
nothing else of the person. axe-core finds no accessibility problems on the new pages."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from wegwijzer.accounts.models import AccessLog, DataCategory, Organisation, Role
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.accounts.tests.test_browser import log_in

from .conftest import FIRST_STEP, GOAL, make_plan

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_person_shares_the_plan_and_the_employer_sees_only_that_plan(phone, live_server, axe_violations):
    employer = Organisation.objects.create(name="Bouwbedrijf De Vries", kind=Organisation.Kind.WERKGEVER)
    person = make_user("sanne", Role.DEELNEMER, first_name="Sanne", organisation=employer)
    make_user("hr", Role.WERKGEVER, organisation=employer)
    client = Client()
    client.force_login(person)
    make_plan(client)  # a finished scan with debts kept with consent, and a plan with the debt step

    log_in(phone, live_server, "sanne")
    phone.goto(live_server.url + reverse("scan:plan"))
    share = phone.locator("section", has=phone.get_by_role("heading", name="Deel dit plan met je werkgever"))
    assert "Niet je antwoorden uit de scan" in share.inner_text()
    assert axe_violations(phone) == []
    share.get_by_role("button", name="Deel dit plan met je werkgever").click()
    phone.wait_for_load_state()
    assert "Je deelt je plan met Bouwbedrijf De Vries" in share.inner_text()
    assert share.get_by_role("button", name="Stop met delen").is_visible()
    assert axe_violations(phone) == []

    phone.context.clear_cookies()  # the employer, on the same phone
    log_in(phone, live_server, "hr")
    phone.get_by_role("link", name="Plannen die mensen met jullie delen").click()
    phone.wait_for_url(re.compile(r"/organisatie/plannen/$"))
    assert axe_violations(phone) == []
    phone.get_by_role("link", name="Plan van Sanne").click()
    assert axe_violations(phone) == []
    phone.get_by_label("Waarom wil je de gegevens nu zien?").fill("Gesprek over een opleiding")
    phone.get_by_role("button", name="Open de gegevens").click()
    main = phone.locator("main")
    main.get_by_role("heading", name="Gegevens van Sanne").wait_for()
    text = main.inner_text()
    assert GOAL in text and FIRST_STEP in text
    for private in ("Loopbaanscan", "schulden", "geldzorgen", "sanne@example.org", "Antwoorden"):
        assert private not in text
    assert axe_violations(phone) == []
    assert AccessLog.objects.get(person=person).what == DataCategory.PLAN
