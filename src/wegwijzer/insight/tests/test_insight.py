"""The figures of an employer or region: counts only, small groups hidden."""

import pytest
from django.urls import reverse

from wegwijzer.accounts.models import Role
from wegwijzer.accounts.tests.conftest import make_user

pytestmark = pytest.mark.django_db


def test_organisation_figures_hide_small_groups(client, world):
    client.force_login(world.werkgever)
    page = client.get(reverse("insight:organisation")).content.decode()
    assert "minder dan 10" in page  # two people: too few to show
    for number in range(8):
        make_user(f"collega{number}", Role.DEELNEMER, organisation=world.employer)
    page = client.get(reverse("insight:organisation")).content.decode()
    assert ">10<" in page
    client.force_login(world.regio)  # the region counts the people of its employers too
    assert ">10<" in client.get(reverse("insight:organisation")).content.decode()


def test_the_organisation_pages_live_under_organisatie_and_employers_and_regions_land_there(client, world):
    assert reverse("insight:organisation") == "/organisatie/"
    assert reverse("insight:shared_plans") == "/organisatie/plannen/"
    assert reverse("insight:person", args=[world.subject.pk]) == f"/organisatie/plannen/{world.subject.pk}/"
    for viewer in (world.werkgever, world.regio):
        client.force_login(viewer)
        assert client.get(reverse("accounts:start"))["Location"] == "/organisatie/"


def test_small_counts_are_suppressed_from_ten_people_up_they_show(settings):
    from wegwijzer.insight.services import suppress_small

    assert [suppress_small(count) for count in (0, 1, 9, 10, 12)] == [None, None, None, 10, 12]
    settings.WEGWIJZER_INSIGHT_MIN_GROUP = 15  # the threshold can go up
    assert [suppress_small(count) for count in (12, 15)] == [None, 15]
    settings.WEGWIJZER_INSIGHT_MIN_GROUP = 3  # never down, even where the startup check was skipped
    assert suppress_small(9) is None


def test_a_threshold_under_ten_stops_the_project_at_startup(settings):
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    settings.WEGWIJZER_INSIGHT_MIN_GROUP = 9
    with pytest.raises(SystemCheckError, match=r"insight\.E001"):
        call_command("check")
    settings.WEGWIJZER_INSIGHT_MIN_GROUP = 25
    call_command("check")
