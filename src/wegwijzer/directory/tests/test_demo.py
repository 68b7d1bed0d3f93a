"""The demo: the real national entries with their sources, and two invented municipalities with every kind of help."""

import pytest

from wegwijzer.directory import demo
from wegwijzer.directory.models import HelpEntry, Municipality, Service


@pytest.mark.django_db
def test_loading_twice_makes_no_duplicates():
    demo.load()
    counts = (Municipality.objects.count(), HelpEntry.objects.count())
    demo.load()
    assert (Municipality.objects.count(), HelpEntry.objects.count()) == counts


@pytest.mark.django_db
def test_every_kind_of_help_has_a_demo_entry_in_each_demo_municipality():
    demo.load()
    for name in demo.DEMO_MUNICIPALITIES:
        municipality = Municipality.objects.get(name=name)
        services = set(municipality.help_entries.values_list("service", flat=True))
        assert services == set(Service.values), name
        assert municipality.is_demo
        assert all(entry.is_demo for entry in municipality.help_entries.all())


@pytest.mark.django_db
def test_national_entries_are_real_with_a_source_or_marked_as_demo():
    demo.load()
    national = HelpEntry.objects.filter(municipality=None)
    assert national.exists()
    for entry in national:
        assert entry.is_demo or (entry.source_url.startswith("https://") and entry.checked_on), entry.key
    # An invented municipality must not catch a real person's postcode.
    assert not Municipality.objects.filter(is_demo=True, postcode_ranges__isnull=False).exists()
