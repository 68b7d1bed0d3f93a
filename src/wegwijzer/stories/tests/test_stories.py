"""Stories of people like you: matched to the target group and goal of the visitor's own scan, example stories
marked as such with the research they rest on, and a real story only with the teller's consent."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from wegwijzer.accounts.models import Role
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.advice.engine import validate_profile
from wegwijzer.stories import demo
from wegwijzer.stories.models import Story
from wegwijzer.stories.services import stories_for

pytestmark = pytest.mark.django_db

# A single mother without work who wants to find work (the contract's profile fields).
SINGLE_MOTHER = {
    "schema_version": "1",
    "age": 34,
    "education": "vmbo",
    "work_status": "werkzoekend",
    "single_parent": True,
    "goal": "werk_vinden",
}


@pytest.fixture
def examples(settings):
    settings.WEGWIJZER_DEMO = True
    demo.load()


def test_a_single_mother_looking_for_work_sees_the_single_mothers_story_first(examples):
    shown = stories_for(validate_profile(SINGLE_MOTHER))
    assert shown[0].title == "Mira (34): eerst rust, dan een cursus"
    assert {story.target_group for story in shown} <= {"alleenstaande_ouder", ""}


def test_without_a_scan_only_stories_for_everyone(examples):
    assert [story.title for story in stories_for(None)] == ["Anouk (41): één klein stapje"]


def test_the_page_marks_example_stories_and_names_the_research(client, examples):
    page = client.get(reverse("stories:list")).content.decode()
    assert "Voorbeeldverhaal" in page
    assert "panteia-2019 §8.4 L1743" in page


def test_a_real_story_needs_the_tellers_consent_before_it_is_shown():
    story = Story(title="Echt", text="Mijn verhaal.", published=True, is_example=False)
    with pytest.raises(ValidationError, match="toestemming van de verteller"):
        story.full_clean()
    story.teller_consent = True
    story.full_clean()


def test_mine_links_to_the_stories_when_there_are_any(client, examples):
    person = make_user("sanne", Role.DEELNEMER)
    client.force_login(person)
    page = client.get(reverse("accounts:mine")).content.decode()
    assert reverse("stories:list") in page
    assert "Iemand zoals jij" in page
