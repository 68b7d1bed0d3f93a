"""The admin keeps the directory up to date: lists filtered by service, municipality, stale and demo."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from wegwijzer.accounts.models import Role, User
from wegwijzer.directory.models import Municipality

from .conftest import make_entry


@pytest.fixture
def admin_client(client, db):
    staff = User.objects.create(username="beheer", role=Role.BEHEERDER, is_staff=True, is_superuser=True)
    client.force_login(staff)
    return client


def test_the_list_filters_by_service_municipality_stale_and_demo(admin_client):
    town = Municipality.objects.create(name="Ergens")
    long_ago = timezone.localdate() - datetime.timedelta(days=800)
    make_entry("oud", "uwv", organisation="Oud loket", checked_on=long_ago)
    make_entry("vers", "uwv", town, organisation="Vers loket")
    make_entry(
        "demo", "taalhuis", town, organisation="Voorbeeld taalhuis", is_demo=True, source_url="", checked_on=None
    )
    url = reverse("admin:directory_helpentry_changelist")

    def listed(query: str) -> set[str]:
        html = admin_client.get(f"{url}?{query}").content.decode()
        return {name for name in ("Oud loket", "Vers loket", "Voorbeeld taalhuis") if name in html}

    assert listed("") == {"Oud loket", "Vers loket", "Voorbeeld taalhuis"}
    assert listed("verouderd=ja") == {"Oud loket"}
    assert listed("service__exact=taalhuis") == {"Voorbeeld taalhuis"}
    assert listed(f"municipality__id__exact={town.pk}") == {"Vers loket", "Voorbeeld taalhuis"}
    assert listed("is_demo__exact=1") == {"Voorbeeld taalhuis"}


def test_the_municipality_page_edits_its_postcodes(admin_client):
    town = Municipality.objects.create(name="Ergens")
    town.postcode_ranges.create(first=1000, last=1099)
    html = admin_client.get(reverse("admin:directory_municipality_change", args=[town.pk])).content.decode()
    assert 'value="1000"' in html and 'value="1099"' in html
