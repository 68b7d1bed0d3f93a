import datetime

import pytest

from wegwijzer.directory.models import HelpEntry, Municipality, PostcodeRange

CHECKED = datetime.date(2026, 11, 30)


def make_entry(key: str, service: str, municipality: Municipality | None = None, **fields) -> HelpEntry:
    """A real entry (with a source) unless is_demo is passed."""
    values = {
        "organisation": f"Organisatie {key}",
        "what_they_do": "Ze helpen je verder.",
        "source_url": "https://example.org/bron",
        "checked_on": CHECKED,
        **fields,
    }
    return HelpEntry.objects.create(key=key, service=service, municipality=municipality, **values)


@pytest.fixture
def towns(db):
    """Two municipalities: Ergens (1000-1099 and 1105) and Anders (2000-2099)."""
    ergens = Municipality.objects.create(name="Ergens")
    PostcodeRange.objects.create(municipality=ergens, first=1000, last=1099)
    PostcodeRange.objects.create(municipality=ergens, first=1105, last=1105)
    anders = Municipality.objects.create(name="Anders")
    PostcodeRange.objects.create(municipality=anders, first=2000, last=2099)
    return ergens, anders
