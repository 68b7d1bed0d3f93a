"""Issue 16's done-when, as a new user would try it on a phone: an HR manager of a 40-person company invites staff,
a member of staff joins with the link and answers the survey, and the manager sees a learning-climate dashboard that
says what to do first and never one person's answer; every page passes axe, and works without JavaScript."""

import datetime
import re

import pytest
from django.urls import reverse

from wegwijzer.accounts.models import Role
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.accounts.tests.test_browser import assert_accessible, log_in
from wegwijzer.insight import services
from wegwijzer.insight.models import ClimateAnswer
from wegwijzer.insight.survey import load_survey

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def earlier_quarter_answers(organisation, count: int) -> str:
    """Answers of a quarter that is over (100 days back is always an earlier quarter): workload scores lowest."""
    day = datetime.date.today() - datetime.timedelta(days=100)
    factors = [factor.key for factor in load_survey().factors]
    ClimateAnswer.objects.bulk_create(
        ClimateAnswer(
            organisation=organisation,
            week=day - datetime.timedelta(days=day.weekday()),
            quarter=services.quarter_of(day),
            scores={key: 2 if key == "werkdruk" else 4 for key in factors},
            barrier="geen_tijd" if number < 9 else "geld",  # one small answer: hidden with another, never alone
            driver="werktijd",
        )
        for number in range(count)
    )
    services.rebuild_tallies()
    return services.quarter_of(day)


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_an_hr_manager_invites_staff_and_sees_what_to_do_first(request, javascript, live_server, axe_violations, world):
    page = request.getfixturevalue("phone" if javascript else "phone_without_js")

    def check_axe() -> None:
        if javascript:
            assert_accessible(page, axe_violations)

    for number in range(38):
        make_user(f"collega-{number}", Role.DEELNEMER)
    log_in(page, live_server, world.werkgever.username)
    page.wait_for_url(re.compile(r"/organisatie/$"))
    page.get_by_role("link", name="Medewerkers uitnodigen").click()
    assert page.get_by_role("heading", name="Medewerkers uitnodigen", level=1).is_visible()
    check_axe()
    link = page.get_by_text(re.compile(r"/organisatie/meedoen/\?code=")).inner_text()

    page.context.clear_cookies()
    log_in(page, live_server, "collega-0")
    page.goto(link)
    assert page.get_by_text("Deze code is van Werkgever Test.").is_visible()
    check_axe()
    page.get_by_role("button", name="Ja, ik doe mee").click()
    page.wait_for_url(re.compile(r"/leerklimaat/vragenlijst/$"))
    check_axe()
    page.get_by_role("button", name="Verstuur").click()  # nothing chosen: a message per question, nothing stored
    assert page.get_by_text("Kies een antwoord bij deze zin.").first.is_visible()
    check_axe()
    for group in page.locator("fieldset").all():
        group.get_by_text("Eens", exact=True).or_(group.locator("label").first).first.click()
    page.get_by_role("button", name="Verstuur").click()
    assert page.get_by_role("heading", name="Bedankt").is_visible()
    assert ClimateAnswer.objects.count() == 1

    quarter = earlier_quarter_answers(world.employer, 12)
    page.context.clear_cookies()
    log_in(page, live_server, world.werkgever.username)
    page.wait_for_url(re.compile(r"/organisatie/$"))
    page.get_by_role("link", name="Leerklimaat: wat je eerst kunt aanpakken").click()
    assert page.get_by_role("heading", name=f"Kwartaal {quarter}").is_visible()
    first = page.locator("section", has=page.get_by_role("heading", name="Pak dit eerst aan"))
    assert "Werkdruk" in first.inner_text() and "Haal werk weg" in first.inner_text()
    assert page.get_by_role("img", name=re.compile("Leerklimaat per onderdeel")).is_visible()
    barriers = page.get_by_role("table", name="Wat mensen het meest tegenhoudt").inner_text()
    assert "Het kost te veel" not in barriers and "Geen tijd door werkdruk" not in barriers  # 9 + 3: both hidden
    assert "Andere antwoorden samen\t12" in barriers
    check_axe()
    # The running quarter (with the answer just given) cannot be asked for: the page shows the closed one.
    page.goto(live_server.url + reverse("insight:climate") + f"?kwartaal={services.quarter_of(datetime.date.today())}")
    assert page.get_by_role("heading", name=f"Kwartaal {quarter}").is_visible()
    assert "collega-" not in page.content()  # never a name
    page.get_by_role("link", name="Samenvatting op één pagina (voor de ondernemingsraad)").click()
    assert page.get_by_role("heading", name=f"Leerklimaat bij Werkgever Test, {quarter}").is_visible()
    check_axe()


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_a_worker_prepares_the_ontwikkelgesprek_and_shares_it_by_choice(
    request, javascript, live_server, axe_violations, world
):
    page = request.getfixturevalue("phone" if javascript else "phone_without_js")
    log_in(page, live_server, world.subject.username)
    page.goto(live_server.url + reverse("accounts:mine"))
    page.get_by_role("link", name="Voorbereiden").click()
    assert page.get_by_role("heading", name="Je ontwikkelgesprek voorbereiden", level=1).is_visible()
    page.get_by_role("button", name="Opslaan").click()  # nothing written: a Dutch message, nothing kept
    assert page.get_by_text("Vul minstens één vraag in.").first.is_visible()
    if javascript:
        assert_accessible(page, axe_violations)
    page.get_by_label("Wat zou je graag nog leren?").fill("Leren plannen met de computer.")
    page.get_by_role("button", name="Opslaan").click()
    assert page.get_by_text("Alleen jij ziet hem, tot je hem deelt.").is_visible()
    page.get_by_role("button", name="Delen met mijn werkgever").click()
    assert page.get_by_text("Werkgever Test kan je voorbereiding nu lezen.").is_visible()
    if javascript:
        assert_accessible(page, axe_violations)
    page.get_by_role("button", name="Stop met delen").click()
    assert page.get_by_role("button", name="Delen met mijn werkgever").is_visible()
