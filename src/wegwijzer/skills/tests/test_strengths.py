"""The advice page's "Wat je al kunt": the person's own kept skills, beside their own words, through the registry
(the scan does not import skills)."""

from datetime import date

import pytest
from django.test import RequestFactory

from wegwijzer.accounts.models import Role, User
from wegwijzer.scan.tests.walk import SINGLE_MOTHER, walk_to_advice
from wegwijzer.skills import services
from wegwijzer.skills.models import Accreditation
from wegwijzer.skills.strengths import advice_panel

pytestmark = pytest.mark.django_db
CARE = "Ik zorg voor mijn vader en geef hem zijn medicijnen."
HOME = "Ik plan de week voor mijn gezin."


@pytest.fixture
def person():
    person = User.objects.create_user("amina", role=Role.DEELNEMER, first_name="Amina")
    care = services.save_answer(person, "zorg", CARE)
    services.keep_skills(person, care, ["medicijnen-geven", "ouderen-verzorgen"])
    home = services.save_answer(person, "thuis", HOME)
    services.keep_skills(person, home, ["week-plannen"])
    return person


def test_the_advice_page_shows_the_persons_own_skills_in_their_own_words(client, person):
    assessor = User.objects.create_user("joke", role=Role.AANBIEDER, first_name="Joke")
    Accreditation.objects.create(user=assessor, organisation="Zorgcentrum De Linde (voorbeeld)")
    skill = person.profile_skills.get(skill_key="medicijnen-geven")
    services.confirm(skill, assessor, "observatie", "Zette de medicijnen goed klaar.", date(2026, 11, 2))
    client.force_login(person)

    page = walk_to_advice(client, SINGLE_MOTHER)[1].content.decode()

    strengths = page[page.index('id="goed"') : page.index('id="stappen"')]
    assert "Wat je al kunt" in strengths
    assert CARE in strengths and HOME in strengths
    assert "Medicijnen geven zoals de arts het zegt" in strengths and "bevestigd door Joke" in strengths
    assert strengths.index(CARE) < strengths.index("Medicijnen geven") < strengths.index(HOME)


def test_no_one_else_sees_them_and_a_person_without_skills_sees_nothing(client, person):
    other = User.objects.create_user("bert", role=Role.DEELNEMER)
    client.force_login(other)
    page = walk_to_advice(client, SINGLE_MOTHER)[1].content.decode()
    assert "Wat je al kunt" not in page and CARE not in page

    client.logout()
    page = walk_to_advice(client, SINGLE_MOTHER)[1].content.decode()
    assert "Wat je al kunt" not in page and CARE not in page


def test_the_panel_reads_the_profile_in_one_query(person, django_assert_max_num_queries):
    request = RequestFactory().get("/scan/advies/")
    request.user = person
    with django_assert_max_num_queries(1):
        assert "Ik plan de week" in advice_panel(request)
