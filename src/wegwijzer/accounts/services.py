"""The service API other apps call for consent, access and the access log (documented in docs/permissions.md).

has_access(viewer, person, what) -> bool             through the access grants apps register (core/registry.py)
log_access(viewer, person, what, why) -> AccessLog
log_access_to_many(viewer, person_ids, what, why)   a list page's people, in one query
record_consent(person, subject, ...) -> Consent     e.g. the scan app, when an anonymous scan is saved
withdraw_consent(consent) -> None
employer_of(person) -> Organisation | None          the employer a person may share an item with
share_with_employer(person, item) -> Consent        e.g. the scan app, when the person shares their plan
sharing_with_employer(person, item) -> Consent | None
stop_sharing_with_employer(person, item) -> int
people_sharing_with(organisation, item) -> QuerySet
"""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from wegwijzer.core.registry import registry

from .models import AccessLog, Consent, Organisation, Role, User
from .privacy_hooks import notify_consent_withdrawn


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


def has_access(viewer, person: User, what: str) -> bool:
    """May viewer see this part (`what`, e.g. DataCategory.PLAN) of person's data? The person always may.

    Anyone else only through an access grant that an app registered for the viewer's role and this part of the
    data (core/registry.py AccessGrant): coaching's for a coach with the person's consent, ours for an employer
    (an item the person shared with it) and for an administrator (the account data only). No grant: no access.
    """
    if not getattr(viewer, "is_authenticated", False) or not viewer.is_active:
        return False
    if viewer.pk == person.pk:
        return True
    return any(grant.allows(viewer, person, what) for grant in registry.grants(viewer.role, what))


def employer_sees_shared_item(viewer, person: User, what: str) -> bool:
    """An employer sees only an item the person shared with the viewer's organisation, while the person still
    belongs to it (someone who changed jobs is not visible to the old employer)."""
    return (
        bool(viewer.organisation_id)
        and person.organisation_id == viewer.organisation_id
        and _active(
            Consent.objects.filter(
                person=person,
                subject=Consent.Subject.SHARE_WITH_EMPLOYER,
                recipient_organisation_id=viewer.organisation_id,
                item=what,
            )
        ).exists()
    )


def staff_sees_account(viewer, person: User, what: str) -> bool:
    """An administrator sees the account data only (for support), never answers or plans."""
    return viewer.is_staff


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


def log_access_to_many(viewer: User, person_ids: Iterable[int], what: str, why: str) -> None:
    """``log_access`` for every person a list page shows, in one query however long the list."""
    AccessLog.objects.bulk_create(
        AccessLog(person_id=pk, viewer=viewer, viewer_role=viewer.role, what=what, why=why) for pk in set(person_ids)
    )
