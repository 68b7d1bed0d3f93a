"""Finding where to go: a postcode or name finds the municipality; its own entries come before the national ones."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.test import RequestFactory, override_settings
from django.utils import timezone

from wegwijzer.directory.admin import HelpEntryAdmin, StaleFilter
from wegwijzer.directory.models import HelpEntry
from wegwijzer.directory.services import find_municipality, help_for_step, where_to_go

from .conftest import make_entry


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1000", "Ergens"),
        ("1099", "Ergens"),
        ("1105", "Ergens"),
        (" 1050 AB ", "Ergens"),
        ("2001ab", "Anders"),
        ("1100", None),  # between Ergens' two ranges
        ("9999", None),
        ("Ergens", "Ergens"),
        ("gemeente  ergens", "Ergens"),
        ("ANDERS", "Anders"),
        ("Nergens", None),
        ("", None),
        ("12345", None),
    ],
)
def test_a_postcode_or_a_name_finds_the_municipality(towns, typed, expected):
    found = find_municipality(typed)
    assert (found.name if found else None) == expected


def test_the_municipality_comes_first_then_the_national_entries(towns):
    ergens, anders = towns
    national = make_entry("landelijk", "schuldhulp")
    local = make_entry("ergens", "schuldhulp", ergens)
    make_entry("anders", "schuldhulp", anders)
    make_entry("ergens-taal", "taalhuis", ergens)

    assert where_to_go("schuldhulp", "1050") == [local, national]
    assert where_to_go("schuldhulp", ergens) == [local, national]
    assert where_to_go("schuldhulp", "Nergens") == [national]
    assert where_to_go("schuldhulp", None) == [national]
    assert where_to_go("geen_dienst", "1050") == []


def test_help_for_a_step_costs_two_queries(towns, django_assert_num_queries):
    ergens, _ = towns
    make_entry("landelijk", "schuldhulp")
    make_entry("ergens", "schuldhulp", ergens)
    with django_assert_num_queries(2):  # the municipality, then its entries and the national ones together
        found = help_for_step({"service": "schuldhulp"}, {"gemeente": "Ergens"})
        assert [entry.scope_label for entry in found.entries] == ["Ergens", "landelijk"]


def test_a_check_older_than_the_setting_is_stale(towns):
    today = timezone.localdate()
    old = make_entry("oud", "uwv", checked_on=today - datetime.timedelta(days=400))
    fresh = make_entry("vers", "uwv", checked_on=today - datetime.timedelta(days=30))
    demo = make_entry("demo", "uwv", is_demo=True, source_url="", checked_on=None)

    assert (old.is_stale, fresh.is_stale, demo.is_stale) == (True, False, False)
    with override_settings(WEGWIJZER_HELP_STALE_DAYS=500):
        assert old.is_stale is False

    request = RequestFactory().get("/")
    stale_only = StaleFilter(request, {"verouderd": ["ja"]}, HelpEntry, HelpEntryAdmin(HelpEntry, None))
    assert list(stale_only.queryset(request, HelpEntry.objects.all())) == [old]


def test_a_real_entry_without_a_source_is_refused(towns):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_entry("zonder-bron", "uwv", source_url="", checked_on=None)
    assert make_entry("voorbeeld", "uwv", source_url="", checked_on=None, is_demo=True).pk


@pytest.mark.parametrize(
    ("step", "answers"),
    [
        ({"code": "x"}, {"gemeente": "Ergens"}),  # a step that sends the person nowhere
        ({"service": "schuldhulp"}, {}),  # no municipality given
        ({"service": "schuldhulp"}, {"gemeente": "  "}),
        ({"service": "schuldhulp"}, {"gemeente": ["Ergens"]}),
        ({"service": "ruimtevaart"}, {"gemeente": "Ergens"}),  # not in the contract's vocabulary
        ({}, {}),
    ],
)
def test_help_for_a_step_is_nothing_without_a_service_or_a_municipality(towns, step, answers):
    make_entry("landelijk", "schuldhulp")
    assert help_for_step(step, answers) is None


def test_help_for_a_step_uses_the_steps_service_and_the_gemeente_answer(towns):
    ergens, _ = towns
    national = make_entry("landelijk", "schuldhulp")
    local = make_entry("ergens", "schuldhulp", ergens)

    found = help_for_step({"code": "schulden_eerst", "service": "schuldhulp"}, {"gemeente": "1010", "leeftijd": 40})

    assert found.municipality == ergens
    assert found.entries == [local, national]
    assert found.place == "1010"
