"""'Mijn werk' as a person uses it: typing their work in their own words, reading how it changes and their chances,
and choosing a small step as the goal of their plan."""

import html
import re
from datetime import date

import pytest

from wegwijzer.labour.models import Tension
from wegwijzer.scan.models import Plan
from wegwijzer.scan.services import WORK_ORIENTATION_STEPS

from .conftest import HEAT_PUMP_TECHNICIAN, HEATING_FITTER, open_scan

pytestmark = pytest.mark.django_db


def _text(response) -> str:
    return " ".join(response.content.decode().split())


def test_typing_cv_monteur_finds_the_heating_fitter(client, esco):
    response = client.get("/werk/", {"q": "cv monteur"})
    link = re.search(r'href="(/werk/\?beroep=[^"]+)">verwarmingsmonteur<', response.content.decode())
    assert "Mijn werk: verwarmingsmonteur" in _text(client.get(html.unescape(link.group(1))))


def test_while_typing_htmx_gets_only_the_list(client, esco):
    response = client.get("/werk/", {"q": "cv monteur"}, HTTP_HX_REQUEST="true")
    assert "verwarmingsmonteur" in _text(response) and "<h1" not in response.content.decode()


def test_a_word_that_finds_nothing_says_what_to_try(client, esco):
    assert "Niets gevonden. Probeer een ander woord" in _text(client.get("/werk/", {"q": "qqqzzz"}))


def test_the_installer_reads_how_his_work_changes_his_chances_and_small_steps(client, installer):
    open_scan(client, installer)
    page = _text(client.get("/werk/", {"beroep": HEATING_FITTER}))
    assert "Er komen meer warmtepompen." in page
    source = "De energietransitie: nieuwe kansen voor werkgelegenheid? Fase 2"
    assert f"{source} (regel 103-107, regel 109, regel 147, regel 541)" in page
    assert "In de regio Voorbeeldregio is het vinden van werk in dit vak: <strong>zeer krap</strong>" in page
    assert "Periode: 2026 kwartaal 3" in page and "Dit zijn voorbeeldcijfers, geen echte cijfers." in page
    assert "Warmtepompmonteur" in page and "technicus koel-, lucht- en verwarmingstechniek" in page
    for skill in ("Een warmtepomp plaatsen en aansluiten", "Kiezen welke warmtepomp bij een huis past",
                  "Lekken van koudemiddel opsporen"):  # fmt: skip
        assert skill in page
    assert "Warmtepomp installeren (voorbeeld)" in page and "Werken met koudemiddelen (voorbeeld)" in page
    assert page.count('class="wegwijzer-card labour-step"') == 5


def test_without_a_municipality_or_figures_the_page_says_so_honestly(client, installer):
    page = _text(client.get("/werk/", {"beroep": HEATING_FITTER}))  # no scan in this browser
    assert "We weten niet waar je woont." in page
    open_scan(client, installer)
    Tension.objects.all().delete()
    page = _text(client.get("/werk/", {"beroep": HEATING_FITTER}))
    assert "Voor dit werk in de regio Voorbeeldregio hebben we geen cijfers." in page


def test_work_without_a_change_text_says_so(client, esco):
    page = _text(client.get("/werk/", {"beroep": HEAT_PUMP_TECHNICIAN}))  # ISCO 3115: no text written for it
    assert "Over hoe dit werk verandert, hebben we nog geen tekst." in page


def test_an_unknown_occupation_gets_a_message_not_an_error(client, esco):
    response = client.get("/werk/", {"beroep": "http://example.org/nep"}, follow=True)
    assert response.status_code == 200 and "Dit beroep kennen we niet." in _text(response)


def test_choosing_a_step_makes_it_the_goal_of_the_plan(client, installer):
    open_scan(client, installer)
    Plan.objects.create(scan=installer, steps=[], goal="Iets anders", first_step="Bellen", first_step_date=date.today())
    response = client.post("/werk/doel/", {"van": HEATING_FITTER, "naar": HEAT_PUMP_TECHNICIAN})
    assert response.status_code == 302 and response["Location"] == "/scan/plan/"
    assert Plan.objects.get().goal == "Werken als warmtepompmonteur"


def test_without_a_plan_the_plan_form_offers_the_goal(client, installer):
    open_scan(client, installer)
    response = client.post("/werk/doel/", {"van": HEATING_FITTER, "naar": HEAT_PUMP_TECHNICIAN}, follow=True)
    assert "Werken als warmtepompmonteur</textarea>" in response.content.decode()
    assert not Plan.objects.exists()


def test_a_made_up_goal_changes_nothing(client, installer):
    open_scan(client, installer)
    Plan.objects.create(scan=installer, steps=[], goal="Mijn doel", first_step="Bellen", first_step_date=date.today())
    response = client.post("/werk/doel/", {"van": HEATING_FITTER, "naar": "http://example.org/nep"}, follow=True)
    assert "Dit werk kennen we niet." in _text(response) and Plan.objects.get().goal == "Mijn doel"


def test_the_advice_links_its_work_orientation_step_here(client, installer):
    open_scan(client, installer)
    page = client.get("/scan/advies/").content.decode()
    assert 'href="/werk/"' in page and "Bekijk welk werk kansen heeft" in page


def test_the_linked_steps_are_orientation_steps_of_the_rules():
    from wegwijzer.advice.engine.rulebook import load_rulebook

    book = load_rulebook()
    assert all(book.rule(code).output["category"] == "orientatie" for code in WORK_ORIENTATION_STEPS)


def test_the_page_reads_few_queries(client, installer, django_assert_max_num_queries):
    open_scan(client, installer)
    client.get("/werk/", {"beroep": HEATING_FITTER})  # builds the index of occupations once
    with django_assert_max_num_queries(20):
        client.get("/werk/", {"beroep": HEATING_FITTER})


def test_the_coach_finds_mijn_werk_from_the_caseload(client):
    """The research wants the coach to use the GPS with the person: the caseload links to it."""
    from wegwijzer.accounts.models import Role
    from wegwijzer.accounts.tests.conftest import make_user

    client.force_login(make_user("coach", Role.COACH))
    page = client.get("/coach/").content.decode()
    assert 'href="/werk/"' in page and "Kijk samen met je deelnemer welk werk kansen heeft" in page


def test_from_a_small_step_the_catalogue_shows_the_offers_that_lead_there(client, installer):
    """The installer follows "Bekijk alle 2 cursussen" under Warmtepompmonteur: the catalogue shows exactly the two
    example offers, with the chosen filter to take away and its count equal to the total."""
    open_scan(client, installer)
    page = client.get("/werk/", {"beroep": HEATING_FITTER}).content.decode()
    link = re.search(r'href="(/aanbod/\?beroep=[^"]+)">Bekijk alle 2 cursussen die naar dit werk leiden<', page)
    assert link, "the heat-pump step links to the catalogue's filter"
    catalogue = _text(client.get(html.unescape(link.group(1))))
    assert "2 cursussen en trainingen gevonden" in catalogue
    assert "Warmtepomp installeren (voorbeeld)" in catalogue and "Werken met koudemiddelen (voorbeeld)" in catalogue
    chosen = "Leidt naar werk als technicus koel-, lucht- en verwarmingstechniek"
    assert f'{chosen} <span class="wegwijzer-count">(2)</span>' in catalogue
    assert "Haal weg: </span>Leidt naar werk als" in catalogue


def test_an_unknown_occupation_in_the_catalogue_filter_is_explained_and_left_out(client, installer):
    all_offers = _text(client.get("/aanbod/"))
    page = _text(client.get("/aanbod/", {"beroep": "http://example.org/nep"}))
    assert "Dit beroep kennen we niet. We zoeken zonder het filter" in page
    found = re.search(r"(\d+) cursussen en trainingen gevonden", page).group(1)
    assert found == re.search(r"(\d+) cursussen en trainingen gevonden", all_offers).group(1)


@pytest.mark.parametrize(
    "place, says, warned",
    [
        ("Demodam", "Voorbeeldregio is een voorbeeldregio. Die bestaat niet echt.", True),
        ("Utrecht", "Let op: dat Utrecht in de regio Midden-Utrecht ligt, hebben we nog niet nagekeken", True),
        ("Emmen", "Voor dit werk in de regio Drenthe hebben we geen cijfers.", False),  # a cited page names Emmen
    ],
)
def test_the_page_says_plainly_when_the_region_is_an_example_or_not_checked(client, installer, place, says, warned):
    from wegwijzer.directory.models import Municipality

    Municipality.objects.get_or_create(name=place)
    installer.answers = {"gemeente": place}
    installer.save()
    open_scan(client, installer)
    page = _text(client.get("/werk/", {"beroep": HEATING_FITTER}))
    assert says in page
    assert any(warning in page for warning in ("is een voorbeeldregio", "hebben we nog niet nagekeken")) == warned


def test_without_escos_occupation_skill_relations_the_page_says_why_what_is_new_is_unknown(client, installer):
    """The Dutch ESCO files hold no occupation-skill relations: steps computed from ESCO rest on the ISCO group only,
    and the page says so instead of inventing new skills."""
    page = _text(client.get("/werk/", {"beroep": HEATING_FITTER}))
    assert "Het valt in dezelfde groep beroepen:" in page
    assert "De Europese lijst van beroepen (ESCO) die we nu gebruiken, zegt niet welke vaardigheden bij welk" in page
