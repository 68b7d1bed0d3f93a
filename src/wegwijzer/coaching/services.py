"""A coach and the people who give them access: the consent per coach, the caseload, invitations, contacts, notes,
referrals and the shared plan. The access grant that lets accounts.services.has_access say yes to a coach with
consent is registered in plugin.py; every coach page checks it for every request.

grant_access(person, coach, include_sensitive=False) -> Consent
withdraw_access(person, coach) -> int
active_coach_consent(person, coach) -> Consent | None
caseload(coach, show=..., order=...) -> QuerySet (annotated: last_scan, open_steps, next_appointment, ...)
coaches_of(person) -> QuerySet
find_coach(code) -> User | None
invite(coach) -> Invitation;  accept_invitation(person, code, include_sensitive) -> Invitation
record_contact(coach, person, ...) -> Contact
add_step / edit_step / choose_offer / delete_step / complete_step / steps_due(...)
plan_steps(person) -> steps with the real offer and scheme each points at (registry plan_choices)
"""

import datetime
import secrets
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from django.conf import settings
from django.db import transaction
from django.db.models import Count, DateTimeField, Exists, F, Max, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from wegwijzer.accounts.models import Consent, DataCategory, Role, User
from wegwijzer.accounts.services import has_access, record_consent, withdraw_consent
from wegwijzer.core.registry import DatedStep, GroupFigure, PlanChoice, registry
from wegwijzer.scan.models import Plan, Scan
from wegwijzer.scan.privacy import profile_seen_by_others
from wegwijzer.scan.services import StoredAnswerInvalid, current_plan, place_of

from .models import Contact, Invitation, Note, PlanChange, PlanStep, Referral

GUIDE = Path(__file__).parent / "data" / "conversation_guide.yaml"
# Letters and digits that cannot be mistaken for each other when read aloud or typed from paper.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
INVITATION_CODE_LENGTH = 6


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


# --- the caseload -------------------------------------------------------------------------------------------------

SHOW_ALL, SHOW_QUIET, SHOW_OVERDUE, SHOW_NEEDS_ATTENTION = "alle", "stil", "achter", "aandacht"
ORDERS = {
    "naam": ("first_name", "username"),
    "laatste_scan": (F("last_scan").desc(nulls_last=True), "first_name"),
    "afspraak": (F("next_appointment").asc(nulls_last=True), "first_name"),
    "stil": (F("last_activity").asc(nulls_first=True), "first_name"),
}


def quiet_days() -> int:
    return settings.WEGWIJZER_COACH_QUIET_DAYS


def caseload(coach: User, *, show: str = SHOW_ALL, order: str = "naam", today: datetime.date | None = None):
    """The people who currently give this coach access, each annotated in the same single query with the last
    scan, the number of open plan steps, the next appointment, the last activity and the two signals (gone quiet,
    a step overdue). Subqueries rather than joins, so that neither the number of people nor of their records
    changes the number of queries."""
    today = today or timezone.localdate()
    quiet_since = timezone.now() - datetime.timedelta(days=quiet_days())
    person = OuterRef("pk")
    open_steps = PlanStep.objects.filter(person=person, done_at__isnull=True)
    last_scan = Scan.objects.filter(user=person).order_by("-updated_at").values("updated_at")[:1]
    last_contact = Contact.objects.filter(person=person, date__lte=today).order_by("-date").values("created_at")[:1]
    last_change = PlanChange.objects.filter(person=person).order_by("-at").values("at")[:1]
    next_appointment = Contact.objects.filter(person=person, date__gte=today).order_by("date").values("date")[:1]
    never = Value(datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC), output_field=DateTimeField())
    people = (
        User.objects.filter(pk__in=_coach_consents(recipient=coach).values("person"))
        .only("username", "first_name", "last_name", "last_login")
        .annotate(
            last_scan=Subquery(last_scan),
            open_steps=Coalesce(
                Subquery(open_steps.values("person").annotate(n=Count("pk")).values("n")[:1]), Value(0)
            ),
            next_appointment=Subquery(next_appointment),
            has_overdue_step=Exists(open_steps.filter(due__lt=today)),
            last_activity=Greatest(
                Coalesce(Subquery(last_scan), never),
                Coalesce(Subquery(last_contact), never),
                Coalesce(Subquery(last_change), never),
                Coalesce(F("last_login"), never),
            ),
        )
        .annotate(gone_quiet=Q(last_activity__lt=quiet_since))
    )
    if show == SHOW_QUIET:
        people = people.filter(gone_quiet=True)
    elif show == SHOW_OVERDUE:
        people = people.filter(has_overdue_step=True)
    elif show == SHOW_NEEDS_ATTENTION:
        people = people.filter(Q(gone_quiet=True) | Q(has_overdue_step=True))
    return people.order_by(*ORDERS.get(order, ORDERS["naam"]))


def coaches_of(person: User) -> QuerySet:
    """The coaches this person currently gives access."""
    consents = _coach_consents(person=person)
    return User.objects.filter(pk__in=consents.values("recipient")).order_by("first_name", "username")


def find_coach(code: str) -> User | None:
    code = _clean_code(code)
    return User.objects.filter(coach_code=code, role=Role.COACH, is_active=True).first() if code else None


def _clean_code(code: str) -> str:
    return "".join((code or "").split()).replace("-", "").upper()


# --- invitations ----------------------------------------------------------------------------------------------------


class InvitationProblem(ValueError):
    """Why a code does not work, in words the person can act on (the view shows the message)."""


def invite(coach: User) -> Invitation:
    """A new short code that the coach gives a person by link or on paper; it works once, for a few days."""
    valid_for = datetime.timedelta(days=settings.WEGWIJZER_COACH_INVITATION_DAYS)
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(INVITATION_CODE_LENGTH))
        if not Invitation.objects.filter(code=code).exists():
            return Invitation.objects.create(coach=coach, code=code, expires_at=timezone.now() + valid_for)


def open_invitation(code: str) -> Invitation:
    """The invitation behind a code, or InvitationProblem with what is wrong with it."""
    cleaned = _clean_code(code)
    if not cleaned:
        raise InvitationProblem(_("Vul de code van de uitnodiging in."))
    invitation = Invitation.objects.select_related("coach").filter(code=cleaned).first()
    if invitation is None or invitation.coach is None or not invitation.coach.is_active:
        raise InvitationProblem(_("We vinden geen uitnodiging met deze code. Kijk of je hem goed hebt overgenomen."))
    if invitation.accepted_at is not None:
        raise InvitationProblem(_("Deze uitnodiging is al gebruikt. Vraag je coach om een nieuwe."))
    if invitation.expires_at <= timezone.now():
        raise InvitationProblem(_("Deze uitnodiging is verlopen. Vraag je coach om een nieuwe."))
    return invitation


@transaction.atomic
def accept_invitation(person: User, code: str, *, include_sensitive: bool = False) -> Invitation:
    """The person accepts on their own screen: access for this coach (grant_access), and the code is used up."""
    invitation = open_invitation(code)
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None:  # accepted in another tab a moment ago
        invitation = open_invitation(code)
    grant_access(person, invitation.coach, include_sensitive=include_sensitive)
    invitation.accepted_by, invitation.accepted_at = person, timezone.now()
    invitation.save(update_fields=["accepted_by", "accepted_at"])
    return invitation


# --- contacts, notes and referrals --------------------------------------------------------------------------------


@transaction.atomic
def record_contact(
    coach: User,
    person: User,
    *,
    date: datetime.date,
    kind: str,
    topic: str,
    tag: str,
    note: str = "",
    note_shared: bool = False,
    referral_service: str = "",
) -> Contact:
    """One conversation, with its note (private or shared) and a referral the person agreed to in it."""
    contact = Contact.objects.create(coach=coach, person=person, date=date, kind=kind, topic=topic, tag=tag)
    if note.strip():
        Note.objects.create(coach=coach, person=person, contact=contact, text=note.strip(), shared=note_shared)
    if referral_service:
        Referral.objects.create(
            coach=coach, person=person, contact=contact, service=referral_service, consent_at=timezone.now()
        )
    return contact


def follow_up_referral(referral: Referral, arrived: str) -> Referral:
    referral.arrived, referral.followed_up_at = arrived, timezone.now()
    referral.save(update_fields=["arrived", "followed_up_at"])
    return referral


@dataclass
class CoachFile:
    """What the coach's file of one person holds from this app (the rest comes from the registry's shared_data)."""

    contacts: list[Contact]
    notes: list[Note]
    referrals: list[Referral]


def coach_file(person: User) -> CoachFile:
    return CoachFile(
        contacts=list(Contact.objects.filter(person=person).select_related("coach")),
        notes=list(Note.objects.filter(person=person).select_related("coach", "contact")),
        referrals=list(Referral.objects.filter(person=person)),
    )


def shared_notes(person: User) -> list[Note]:
    """The notes a coach chose to share: what the person sees on their own page."""
    return list(Note.objects.filter(person=person, shared=True).select_related("coach"))


def funding_profile(viewer: User, person: User) -> tuple[Any, str]:
    """The person's Profiel as this coach may see it (sensitive answers only with that consent) and their
    municipality, for the funding schemes on the coach's page; (None, "") without a usable scan."""
    scan = Scan.objects.filter(user=person).first()
    if scan is None:
        return None, ""
    try:
        profile = profile_seen_by_others(scan, has_access(viewer, person, DataCategory.SENSITIVE))
    except StoredAnswerInvalid:
        return None, ""
    return profile, place_of(scan)


@cache
def conversation_guide() -> dict:
    return yaml.safe_load(GUIDE.read_text(encoding="utf-8"))


# --- the shared plan ------------------------------------------------------------------------------------------------


def _log_change(person: User, actor: User, text: str) -> PlanChange:
    return PlanChange.objects.create(person=person, actor=actor, actor_role=actor.role, text=text)


@transaction.atomic
def set_goal(person: User, actor: User, goal: str) -> Plan:
    """Change only the goal, in the person's own words; the plan's steps and its encrypted sensitive steps stay
    as they are. Raises Plan.DoesNotExist when the person has no plan yet."""
    plan = current_plan(person)
    if plan is None:
        raise Plan.DoesNotExist
    plan.goal = goal
    plan.save(update_fields=["goal", "updated_at"])
    _log_change(person, actor, f"Doel: {goal}")
    return plan


OFFERS, SCHEMES = "aanbod", "regeling"  # the kinds of registry plan_choices a step can point at


def find_choices(kind: str, words: str = "") -> list[PlanChoice]:
    """Offers or schemes to choose from (registry plan_choices); nothing when no app offers the kind."""
    source = registry.plan_choices(kind)
    return source.find(words) if source else []


def lookup_choices(kind: str, refs) -> dict[str, PlanChoice]:
    source = registry.plan_choices(kind)
    refs = [ref for ref in refs if ref]
    return source.lookup(refs) if source and refs else {}


def _step_line(step: PlanStep) -> str:
    return f"{step.text} ({step.get_owner_display()}, {step.due:%d-%m-%Y})"


def _funding_title(ref: str) -> str:
    return lookup_choices(SCHEMES, [ref]).get(ref, PlanChoice(ref, ref, "")).title if ref else "nog niet bekend"


@transaction.atomic
def add_step(
    person: User, actor: User, *, text: str, owner: str, due: datetime.date, funding_ref: str = ""
) -> PlanStep:
    step = PlanStep.objects.create(person=person, text=text, owner=owner, due=due, funding_ref=funding_ref)
    paid = f"; betaald met: {_funding_title(funding_ref)}" if funding_ref else ""
    _log_change(person, actor, f"Nieuwe stap: {_step_line(step)}{paid}")
    return step


@transaction.atomic
def edit_step(step: PlanStep, actor: User, *, text: str, owner: str, due: datetime.date, funding_ref: str) -> PlanStep:
    """Change what the step is, who does it, when and how it is paid; the history says what it was and what it is
    now. Choosing a scheme replaces what was typed about the funding before. Nothing changed, nothing logged."""
    before, before_funding = _step_line(step), step.funding_ref
    step.text, step.owner, step.due = text, owner, due
    if funding_ref != step.funding_ref:
        step.funding_ref, step.funding_text = funding_ref, ""
    changes = []
    if _step_line(step) != before:
        changes.append(f"{before} werd {_step_line(step)}")
    if step.funding_ref != before_funding:
        changes.append(f"betaald met: {_funding_title(step.funding_ref)}")
    if changes:
        step.save(update_fields=["text", "owner", "due", "funding_ref", "funding_text"])
        _log_change(step.person, actor, "Stap gewijzigd: " + "; ".join(changes))
    return step


@transaction.atomic
def choose_offer(step: PlanStep, actor: User, offer: PlanChoice | None) -> PlanStep:
    """The offer for this step (None: no offer); it replaces what was typed about an offer before."""
    step.offer_ref, step.offer_text = (offer.ref if offer else ""), ""
    step.save(update_fields=["offer_ref", "offer_text"])
    chosen = f"Aanbod gekozen voor {step.text}: {offer.title}" if offer else f"Geen aanbod meer voor {step.text}"
    _log_change(step.person, actor, chosen)
    return step


@transaction.atomic
def delete_step(step: PlanStep, actor: User) -> None:
    _log_change(step.person, actor, f"Stap weggehaald: {_step_line(step)}")
    step.delete()


@transaction.atomic
def complete_step(step: PlanStep, actor: User) -> PlanStep:
    if step.done_at is None:
        step.done_at = timezone.now()
        step.save(update_fields=["done_at"])
        _log_change(step.person, actor, f"Gedaan: {step.text}")
    return step


def with_choices(steps: list[PlanStep]) -> list[PlanStep]:
    """Each step with ``offer_choice`` and ``funding_choice``: the real offer and scheme it points at (None when
    it points at nothing, or at something that is gone). One lookup per kind, whatever the number of steps."""
    offers = lookup_choices(OFFERS, {step.offer_ref for step in steps})
    schemes = lookup_choices(SCHEMES, {step.funding_ref for step in steps})
    for step in steps:
        step.offer_choice, step.funding_choice = offers.get(step.offer_ref), schemes.get(step.funding_ref)
    return steps


def plan_steps(person: User) -> list[PlanStep]:
    return with_choices(list(PlanStep.objects.filter(person=person)))


def plan_history(person: User) -> list[PlanChange]:
    return list(PlanChange.objects.filter(person=person).select_related("actor"))


def steps_due(until: datetime.date, *, since: datetime.date | None = None) -> QuerySet:
    """Open steps of the shared plan with a date up to `until` (and from `since`), with their person, in date
    order: for a reminder before a step's date. The plan is the person's, so it counts also after a coach left."""
    steps = PlanStep.objects.filter(done_at__isnull=True, due__lte=until)
    if since is not None:
        steps = steps.filter(due__gte=since)
    return steps.select_related("person").order_by("due", "pk")


STEP_KEY_PREFIX = "coachplan-"


def step_key(step_id: int) -> str:
    """A step's key among every app's dated steps (registry DatedStep.key, finished_steps)."""
    return f"{STEP_KEY_PREFIX}{step_id}"


def dated_plan_steps(first: datetime.date, last: datetime.date) -> list[DatedStep]:
    """The person's own open steps of the shared plan dated from ``first`` to ``last``: a reminder before each and a
    check-in after it (registry ``dated_steps``). A step the coach does is the coach's to remember."""
    steps = steps_due(last, since=first).filter(owner=PlanStep.Owner.PERSON)
    link = reverse("accounts:my_coach_plan")
    return [
        DatedStep(person=step.person, key=step_key(step.pk), title=step.text, date=step.due, link_url=link)
        for step in steps
    ]


def finished_plan_steps(person: User) -> set[str]:
    """The steps of the shared plan that are done, by the person or the coach (progress on Mijn Wegwijzer)."""
    done = PlanStep.objects.filter(person=person, done_at__isnull=False).values_list("pk", flat=True)
    return {step_key(pk) for pk in done}


def complete_dated_step(person: User, key: str) -> None:
    """The person answered a check-in about one of their steps with "gelukt" (registry complete_dated_step): the
    step is done in the plan, and the history says the person did it. Another app's key changes nothing."""
    number = key.removeprefix(STEP_KEY_PREFIX)
    if key.startswith(STEP_KEY_PREFIX) and number.isdigit():
        step = PlanStep.objects.filter(person=person, pk=int(number)).first()
        if step is not None:
            complete_step(step, person)


def group_figures(people, first: datetime.date, last: datetime.date) -> tuple[GroupFigure, ...]:
    """For an employer's or region's figures: plan steps agreed and steps done in the period, with how many people."""
    steps = PlanStep.objects.filter(person__in=people)
    set_in = steps.filter(created_at__date__range=(first, last)).aggregate(
        people=Count("person", distinct=True), n=Count("pk")
    )
    done_in = steps.filter(done_at__date__range=(first, last)).aggregate(
        people=Count("person", distinct=True), n=Count("pk")
    )
    return (
        GroupFigure("stappen_gezet", gettext_noop("Stappen in het plan gezet"), set_in["people"], set_in["n"]),
        GroupFigure("stappen_gedaan", gettext_noop("Stappen uit het plan gedaan"), done_in["people"], done_in["n"]),
    )


# --- retention ------------------------------------------------------------------------------------------------------


def delete_after_access_ended(older_than_days: int) -> int:
    """Contacts, notes, referrals and plan steps of people who gave no coach access for longer than the retention
    period: the work together has ended (wegwijzer purge_expired)."""
    cutoff = timezone.now() - datetime.timedelta(days=older_than_days)
    ended = (
        Consent.objects.filter(subject=Consent.Subject.COACH_ACCESS)
        .values("person")
        .annotate(last_withdrawn=Max("withdrawn_at"), active=Count("pk", filter=Q(withdrawn_at__isnull=True)))
        .filter(active=0, last_withdrawn__lt=cutoff)
        .values("person")
    )
    removed = 0
    for model in (Note, Referral, Contact, PlanStep, PlanChange):
        removed += model.objects.filter(person__in=ended).delete()[0]
    return removed
