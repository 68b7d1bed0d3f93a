"""The figures of an employer or region: counts only, small groups hidden."""

import pytest
from django.urls import reverse

from wegwijzer.accounts.models import Role
from wegwijzer.accounts.tests.conftest import make_user

pytestmark = pytest.mark.django_db


def test_organisation_figures_hide_small_groups(client, world):
    client.force_login(world.werkgever)
    page = client.get(reverse("insight:organisation")).content.decode()
    assert "minder dan 5" in page  # two people: too few to show
    for number in range(4):
        make_user(f"collega{number}", Role.DEELNEMER, organisation=world.employer)
    page = client.get(reverse("insight:organisation")).content.decode()
    assert ">6<" in page
    client.force_login(world.regio)  # the region counts the people of its employers too
    assert ">6<" in client.get(reverse("insight:organisation")).content.decode()


def test_the_organisation_pages_live_under_organisatie_and_employers_and_regions_land_there(client, world):
    assert reverse("insight:organisation") == "/organisatie/"
    assert reverse("insight:shared_plans") == "/organisatie/plannen/"
    assert reverse("insight:person", args=[world.subject.pk]) == f"/organisatie/plannen/{world.subject.pk}/"
    for viewer in (world.werkgever, world.regio):
        client.force_login(viewer)
        assert client.get(reverse("accounts:start"))["Location"] == "/organisatie/"


def test_small_counts_are_suppressed_from_five_people_up_they_show():
    from wegwijzer.insight.services import MIN_GROUP_SIZE, suppress_small

    assert MIN_GROUP_SIZE == 5
    assert [suppress_small(count) for count in (0, 1, 4, 5, 12)] == [None, None, None, 5, 12]
