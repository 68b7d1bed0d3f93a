"""Figures for employers and regions, counts only, with small counts suppressed so that no one can be singled out.

organisation_people(organisation) -> QuerySet   for aggregate figures only
suppress_small(count) -> int | None
"""

from django.db.models import Q, QuerySet

from wegwijzer.accounts.models import Organisation, Role, User

# An employer or region sees a figure only when it counts at least this many people, so no one can be singled out.
MIN_GROUP_SIZE = 5


def organisation_people(organisation: Organisation) -> QuerySet:
    """The participants linked to an organisation; for a region also those of its member organisations.

    For aggregate figures only: pass the result through suppress_small() before showing a count."""
    linked = Q(organisation=organisation)
    if organisation.kind == Organisation.Kind.REGIO:
        linked |= Q(organisation__region=organisation)
    return User.objects.filter(linked, role=Role.DEELNEMER, is_active=True)


def suppress_small(count: int) -> int | None:
    """None when a figure is too small to show without pointing at a person."""
    return count if count >= MIN_GROUP_SIZE else None
