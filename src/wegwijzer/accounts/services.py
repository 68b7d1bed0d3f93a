"""The service API other apps call for consent, access and the access log (documented in docs/permissions.md).

grant_access(person, coach, include_sensitive=False) -> Consent
withdraw_access(person, coach) -> int
has_access(viewer, person, what) -> bool
log_access(viewer, person, what, why) -> AccessLog
record_consent(person, subject, ...) -> Consent     e.g. the scan app, when an anonymous scan is saved
withdraw_consent(consent) -> None
employer_of(person) -> Organisation | None          the employer a person may share an item with
share_with_employer(person, item) -> Consent        e.g. the scan app, when the person shares their plan
sharing_with_employer(person, item) -> Consent | None
stop_sharing_with_employer(person, item) -> int
people_sharing_with(organisation, item) -> QuerySet
"""

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from .models import AccessLog, Consent, DataCategory, Organisation, Role, User
from .privacy_hooks import notify_consent_withdrawn

# An employer or region sees a figure only when it counts at least this many people, so no one can be singled out.
MIN_GROUP_SIZE = 5


def _active(queryset: QuerySet) -> QuerySet:
    return queryset.filter(withdrawn_at__isnull=True)


@transaction.atomic
def record_consent(
    person: User,
    subject: str,
    *,
    item: str = "",
    recipient: User | None = None,
    recipient_organisation: Organisation | None = None,
    source: str = "account",
    given_at=None,
) -> Consent:
    """Store a consent; giving the same consent twice keeps the first one (and its date)."""
    existing = _active(
        Consent.objects.select_for_update().filter(
            person=person,
            subject=subject,
            item=item,
            recipient=recipient,
            recipient_organisation=recipient_organisation,
        )
    ).first()
    if existing:
        return existing
    return Consent.objects.create(
        person=person,
        subject=subject,
        item=item,
        recipient=recipient,
        recipient_organisation=recipient_organisation,
        source=source,
        given_at=given_at or timezone.now(),
    )


def withdraw_consent(consent: Consent) -> None:
    """Withdraw now; the record stays (as proof of what was agreed and when), and apps may act on it."""
    if consent.withdrawn_at is None:
        consent.withdrawn_at = timezone.now()
        consent.save(update_fields=["withdrawn_at"])
        notify_consent_withdrawn(consent)


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
    consents = Consent.objects.filter(person=person, subject=Consent.Subject.COACH_ACCESS, recipient=coach)
    consents = list(_active(consents))
    for consent in consents:
        withdraw_consent(consent)
    return len(consents)


def active_coach_consent(person: User, coach: User) -> Consent | None:
    return _active(Consent.objects.filter(person=person, subject=Consent.Subject.COACH_ACCESS, recipient=coach)).first()


def has_access(viewer, person: User, what: str) -> bool:
    """May viewer see this part (`what`, e.g. DataCategory.PLAN) of person's data? The person always may.

    A coach: with the person's active consent (sensitive answers only when that consent includes them).
    An employer: only an item the person shared with the viewer's organisation, while the person still belongs
    to it (someone who changed jobs is not visible to the old employer). A region, a provider: never.
    An administrator: the account data only (for support), never answers or plans.
    """
    if not getattr(viewer, "is_authenticated", False) or not viewer.is_active:
        return False
    if viewer.pk == person.pk:
        return True
    if viewer.role == Role.COACH:
        consent = active_coach_consent(person, viewer)
        return consent is not None and (what != DataCategory.SENSITIVE or consent.item == DataCategory.SENSITIVE)
    if viewer.role == Role.WERKGEVER and viewer.organisation_id:
        return (
            person.organisation_id == viewer.organisation_id
            and _active(
                Consent.objects.filter(
                    person=person,
                    subject=Consent.Subject.SHARE_WITH_EMPLOYER,
                    recipient_organisation_id=viewer.organisation_id,
                    item=what,
                )
            ).exists()
        )
    if viewer.role == Role.BEHEERDER and viewer.is_staff:
        return what == DataCategory.ACCOUNT
    return False


def employer_of(person: User) -> Organisation | None:
    """The employer a participant can share an item with: the employer organisation their account belongs to."""
    organisation = person.organisation if person.role == Role.DEELNEMER else None
    return organisation if organisation is not None and organisation.kind == Organisation.Kind.WERKGEVER else None


def _employer_consents(person: User, item: str) -> QuerySet:
    subject = Consent.Subject.SHARE_WITH_EMPLOYER
    return _active(Consent.objects.filter(person=person, subject=subject, item=item))


def share_with_employer(person: User, item: str, *, source: str = "account") -> Consent:
    """The person shows one item (e.g. DataCategory.PLAN) to their employer, until they stop sharing it."""
    employer = employer_of(person)
    if employer is None:
        raise ValueError("Alleen een deelnemer van een werkgever kan iets met die werkgever delen.")
    return record_consent(
        person, Consent.Subject.SHARE_WITH_EMPLOYER, item=item, recipient_organisation=employer, source=source
    )


def sharing_with_employer(person: User, item: str) -> Consent | None:
    """The active consent by which the person's current employer sees this item, if any."""
    employer = employer_of(person)
    return _employer_consents(person, item).filter(recipient_organisation=employer).first() if employer else None


def stop_sharing_with_employer(person: User, item: str) -> int:
    """Stop sharing this item with every employer (also a former one); returns how many consents ended."""
    consents = list(_employer_consents(person, item))
    for consent in consents:
        withdraw_consent(consent)
    return len(consents)


def people_sharing_with(organisation: Organisation, item: str) -> QuerySet:
    """The organisation's own participants who currently share this item with it (has_access agrees)."""
    consents = _active(
        Consent.objects.filter(
            subject=Consent.Subject.SHARE_WITH_EMPLOYER, item=item, recipient_organisation=organisation
        )
    )
    people = User.objects.filter(organisation=organisation, role=Role.DEELNEMER, is_active=True)
    return people.filter(pk__in=consents.values("person")).order_by("first_name", "username")


def log_access(viewer: User, person: User, what: str, why: str) -> AccessLog:
    """Record that viewer opened `what` of person's data and why; the person sees it on their privacy page."""
    return AccessLog.objects.create(person=person, viewer=viewer, viewer_role=viewer.role, what=what, why=why)


def caseload(coach: User) -> QuerySet:
    """The people who currently give this coach access, newest consent first."""
    consents = _active(Consent.objects.filter(subject=Consent.Subject.COACH_ACCESS, recipient=coach))
    return User.objects.filter(pk__in=consents.values("person")).order_by("first_name", "username")


def find_coach(code: str) -> User | None:
    code = "".join(code.split()).upper()
    return User.objects.filter(coach_code=code, role=Role.COACH, is_active=True).first() if code else None


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
