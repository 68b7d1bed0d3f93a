"""Where to go: the entries for one kind of help, the person's own municipality first, then the national ones."""

import re
from collections.abc import Mapping
from dataclasses import dataclass

from django.db.models import Q

from .models import HelpEntry, Municipality, Service

# "1234", "1234AB" or "1234 ab": only the four digits are used (they name an area, not a house).
POSTCODE = re.compile(r"^\s*(\d{4})\s*(?:[a-zA-Z]{2})?\s*$")
MUNICIPALITY_ANSWER = "gemeente"  # the scan's answer key (municipality name or 4-digit postcode)


def postcode_digits(text: str) -> int | None:
    """The four digits of a postcode the person typed, or None when the text is no postcode."""
    match = POSTCODE.match(text or "")
    return int(match.group(1)) if match else None


def normalised_name(text: str) -> str:
    """A municipality name as people type it: no case, no extra spaces, no "gemeente" in front."""
    name = " ".join((text or "").split()).casefold()
    return name.removeprefix("gemeente ").strip()


def find_municipality(text: str) -> Municipality | None:
    """The municipality for a 4-digit postcode or a name (any case, with or without "gemeente"), or None."""
    digits = postcode_digits(text)
    if digits is not None:
        return Municipality.objects.filter(
            postcode_ranges__first__lte=digits, postcode_ranges__last__gte=digits
        ).first()
    name = normalised_name(text)
    if not name:
        return None
    return Municipality.objects.filter(name__iexact=name).first()


def where_to_go(service: str, place: Municipality | str | None) -> list[HelpEntry]:
    """The entries for this kind of help: the municipality's own first, then the national ones.

    `place` is a Municipality, or the text a person typed (a name or a 4-digit postcode), or None; an unknown
    place or service gives only what is known (the national entries, or nothing)."""
    if service not in Service.values:
        return []
    municipality = place if isinstance(place, Municipality) or place is None else find_municipality(place)
    here = Q(municipality__isnull=True) | (Q(municipality=municipality) if municipality else Q())
    entries = HelpEntry.objects.filter(here, service=service).select_related("municipality")
    return sorted(entries, key=lambda entry: entry.is_national)  # stable: each group keeps the model's order


@dataclass(frozen=True)
class HelpForStep:
    """What the page shows under one step: the service, the place the person gave, what was found there."""

    service: str
    service_label: str
    place: str
    municipality: Municipality | None
    entries: list[HelpEntry]


def help_at(service: str | None, place: str | None) -> HelpForStep | None:
    """Where to go for this kind of help from this place (a name, a 4-digit postcode, or None when unknown);
    None for a missing or unknown service. Without a known municipality only the national entries come back."""
    if not service or service not in Service.values:
        return None
    place = place.strip() if isinstance(place, str) else ""
    municipality = find_municipality(place) if place else None
    return HelpForStep(
        service=service,
        service_label=str(Service(service).label),
        place=place,
        municipality=municipality,
        entries=where_to_go(service, municipality),
    )


def help_for_step(step: Mapping, answers: Mapping) -> HelpForStep | None:
    """Where to go for one advice step (its `service`) with the person's `gemeente` answer; None without either."""
    place = (answers or {}).get(MUNICIPALITY_ANSWER)
    if not isinstance(place, str) or not place.strip():
        return None
    return help_at((step or {}).get("service"), place)
