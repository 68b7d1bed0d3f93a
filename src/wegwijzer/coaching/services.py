"""A coach and the people who give them access: the consent per coach, the caseload, and the access grant that
lets accounts.services.has_access say yes to a coach with consent (registered in plugin.py).

grant_access(person, coach, include_sensitive=False) -> Consent
withdraw_access(person, coach) -> int
active_coach_consent(person, coach) -> Consent | None
caseload(coach) -> QuerySet
coaches_of(person) -> QuerySet
find_coach(code) -> User | None
"""

from django.db.models import QuerySet

from wegwijzer.accounts.models import Consent, DataCategory, Role, User
from wegwijzer.accounts.services import record_consent, withdraw_consent


def _coach_consents(**filters) -> QuerySet:
    return Consent.objects.filter(subject=Consent.Subject.COACH_ACCESS, withdrawn_at__isnull=True, **filters)


def grant_access(person: User, coach: User, *, include_sensitive: bool = False) -> Consent:
    """The person lets this one coach see their data; with include_sensitive also the sensitive answers."""
    if coach.role != Role.COACH:
        raise ValueError("Alleen een coach kan toegang krijgen.")
    current = active_coach_consent(person, coach)
    wanted_item = DataCategory.SENSITIVE if include_sensitive else ""
    if current and current.item == wanted_item:
        return current
    if current:
        withdraw_consent(current)
    return record_consent(person, Consent.Subject.COACH_ACCESS, item=wanted_item, recipient=coach)


def withdraw_access(person: User, coach: User) -> int:
    consents = list(_coach_consents(person=person, recipient=coach))
    for consent in consents:
        withdraw_consent(consent)
    return len(consents)


def active_coach_consent(person: User, coach: User) -> Consent | None:
    return _coach_consents(person=person, recipient=coach).first()


def coach_sees(viewer: User, person: User, what: str) -> bool:
    """A coach with the person's active consent; the sensitive answers only when that consent includes them."""
    consent = active_coach_consent(person, viewer)
    return consent is not None and (what != DataCategory.SENSITIVE or consent.item == DataCategory.SENSITIVE)


def caseload(coach: User) -> QuerySet:
    """The people who currently give this coach access, newest consent first."""
    consents = _coach_consents(recipient=coach)
    return User.objects.filter(pk__in=consents.values("person")).order_by("first_name", "username")


def coaches_of(person: User) -> QuerySet:
    """The coaches this person currently gives access."""
    consents = _coach_consents(person=person)
    return User.objects.filter(pk__in=consents.values("recipient")).order_by("first_name", "username")


def find_coach(code: str) -> User | None:
    code = "".join(code.split()).upper()
    return User.objects.filter(coach_code=code, role=Role.COACH, is_active=True).first() if code else None
