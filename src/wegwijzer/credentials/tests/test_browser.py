"""The person's path on a phone, as a new user would: from their own words to a downloaded badge; then anyone
checks the badge on the verification page. axe-core finds no accessibility problems; with and without JS."""

import re
from datetime import date

import pytest
from django.urls import reverse

from wegwijzer.accounts.models import Role, User
from wegwijzer.skills import services as skills
from wegwijzer.skills.models import Accreditation, ProfileSkill

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "een-lang-test-wachtwoord-42"


def accessible(page, axe_violations, javascript: bool) -> None:
    """axe-core needs JavaScript (in a page without it, evaluating never returns); both runs walk every page."""
    if javascript:
        assert axe_violations(page) == [], page.url


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_from_volunteering_and_care_to_a_badge_that_checks_out(
    request, javascript, live_server, axe_violations, tmp_path
):
    page = request.getfixturevalue("phone" if javascript else "phone_without_js")
    User.objects.create_user("amina", password=PASSWORD, role=Role.DEELNEMER, first_name="Amina")
    assessor = User.objects.create_user("joke", password=PASSWORD, role=Role.AANBIEDER, first_name="Joke")
    Accreditation.objects.create(user=assessor, organisation="Buurthuis De Brug (voorbeeld)")

    page.goto(live_server.url + reverse("accounts:login") + "?next=/vaardigheden/")
    page.get_by_label("Gebruikersnaam").fill("amina")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").last.click()
    page.wait_for_url(re.compile(r"/vaardigheden/$"))
    accessible(page, axe_violations, javascript)
    page.get_by_role("link", name="Begin met vier korte vragen").click()
    page.get_by_role("button", name="Volgende").click()  # no paid work: skipped
    page.get_by_label("Doe je vrijwilligerswerk?").fill("Ik sta achter de bar in de kantine van de voetbalclub.")
    accessible(page, axe_violations, javascript)
    page.get_by_role("button", name="Volgende").click()
    accessible(page, axe_violations, javascript)
    page.get_by_role("button", name="Bewaar en ga verder").click()
    page.get_by_label("Zorg je voor iemand?").fill("Ik zorg voor mijn vader en geef hem zijn medicijnen.")
    page.get_by_role("button", name="Volgende").click()
    page.get_by_label("Verantwoordelijkheid nemen").uncheck()  # the person removes what does not fit
    page.get_by_role("button", name="Bewaar en ga verder").click()
    page.get_by_role("button", name="Volgende").click()  # nothing at home: skipped
    page.wait_for_url(re.compile(r"/vaardigheden/$"))
    assert "Ik zorg voor mijn vader en geef hem zijn medicijnen." in page.inner_text("main")
    assert not ProfileSkill.objects.filter(skill_key="verantwoordelijkheid").exists()
    accessible(page, axe_violations, javascript)

    skill = ProfileSkill.objects.get(skill_key="medicijnen-geven")
    skills.confirm(skill, assessor, "observatie", "Zette de medicijnen een week lang goed klaar.", date(2026, 11, 2))
    page.reload()
    page.get_by_role("button", name="Maak er een bewijs van").first.click()
    page.wait_for_url(re.compile(r"/bewijzen/$"))
    accessible(page, axe_violations, javascript)
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Download de badge")).first.click()
    badge = tmp_path / "badge.svg"
    download.value.save_as(badge)

    page.goto(live_server.url + reverse("credentials:verify"))
    accessible(page, axe_violations, javascript)
    with page.expect_file_chooser() as chooser:  # the Dutch button opens the browser's file chooser, also without JS
        page.get_by_text("Kies een bestand", exact=True).click()
    chooser.value.set_files(str(badge))
    page.get_by_role("button", name="Controleer").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Dit bewijs is echt en geldig"
    assert "Medicijnen geven zoals de arts het zegt" in page.inner_text("main")
    assert "Buurthuis De Brug (voorbeeld)" in page.inner_text("main")
    accessible(page, axe_violations, javascript)
