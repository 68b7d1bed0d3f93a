"""Messages to a person: in the inbox on the platform always, by e-mail as often as they chose; the daily jobs that
write them (reminders before a dated step, check-ins after it, a note to the coach after two missed check-ins); and
the one-tap unsubscribe link.

The dated steps come from other apps through the registry (``AppPlugin.dated_steps``): the scan's first plan step
and the end of a paid course from the budget today, a coach's plan steps when that app declares them too.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Count, Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from wegwijzer.accounts.models import Consent, User
from wegwijzer.core.registry import DatedStep, StepKind, registry

from .models import Frequency, Message, Preference

REMINDER_DAYS_BEFORE = 2  # a reminder this many days before a step's date (and on the days in between)
CHECK_IN_WINDOW_DAYS = 7  # a check-in for a date that passed at most this many days ago
MISSED_AFTER_DAYS = 7  # a check-in without an answer after this many days counts as missed
MISSED_BEFORE_COACH_NOTE = 2
WEEKLY_DIGEST_DAY = 0  # Monday
UNSUBSCRIBE_SALT = "wegwijzer.notifications.afmelden"
CHECK_IN_PREFIX = "check-in-"


# --- preferences and the unsubscribe link ---------------------------------------------------------------------


def frequency(person: User) -> str:
    preference = Preference.objects.filter(person=person).first()
    return preference.frequency if preference else Frequency.DIRECT


def set_frequency(person: User, chosen: str) -> None:
    Preference.objects.update_or_create(person=person, defaults={"frequency": chosen})


def unsubscribe_token(person: User) -> str:
    """A signed token that names the person: the link in every e-mail stops their e-mail without logging in."""
    return signing.dumps(person.pk, salt=UNSUBSCRIBE_SALT)


def person_for_token(token: str) -> User | None:
    """The person a genuine token names; None for a token that was changed, cut short or made up."""
    try:
        person_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return User.objects.filter(pk=person_id, is_active=True).first()


def unsubscribe_url(person: User) -> str:
    path = reverse("accounts:unsubscribe", kwargs={"token": unsubscribe_token(person)})
    return settings.WEGWIJZER_ISSUER_URL.rstrip("/") + path


# --- writing and delivering messages --------------------------------------------------------------------------


def notify(person: User, kind: str, key: str, subject: str, body: str, link_url: str = "") -> Message | None:
    """One message about ``key``, once: None when the person had it already. It is mailed at once when the person
    chose that; the weekly digest mails the others who want e-mail."""
    try:
        with transaction.atomic():
            message = Message.objects.create(
                person=person, kind=kind, key=key, subject=subject, body=body, link_url=link_url
            )
            if frequency(person) == Frequency.DIRECT and person.email:
                _mail(person, subject, "notifications/email_message.txt", {"message": message})
                Message.objects.filter(pk=message.pk).update(emailed_at=timezone.now())
    except IntegrityError:
        return None
    return message


def _mail(person: User, subject: str, template: str, context: dict) -> None:
    url = unsubscribe_url(person)
    context = {**context, "person": person, "unsubscribe_url": url, "site_url": settings.WEGWIJZER_ISSUER_URL}
    email = EmailMessage(
        subject,
        render_to_string(template, context),
        to=[person.email],
        # RFC 8058: a mail program may offer its own "unsubscribe" button, which posts to our link.
        headers={"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )
    email.send()


def send_weekly_digest(today: datetime.date) -> str:
    """On Mondays: one e-mail to each person who chose weekly e-mail, with the messages not yet mailed."""
    if today.weekday() != WEEKLY_DIGEST_DAY:
        return "wekelijkse e-mail: niet vandaag"
    waiting = Message.objects.filter(
        emailed_at__isnull=True, person__message_preference__frequency=Frequency.WEEKLY
    ).select_related("person")
    by_person: dict[User, list[Message]] = {}
    for message in waiting:
        by_person.setdefault(message.person, []).append(message)
    sent = 0
    for person, messages in by_person.items():
        if person.email:
            with translation.override(settings.LANGUAGE_CODE):
                _mail(person, _("Je berichten van deze week"), "notifications/email_digest.txt", {"messages": messages})
            Message.objects.filter(pk__in=[message.pk for message in messages]).update(emailed_at=timezone.now())
            sent += 1
    return f"wekelijkse e-mail: {sent} verstuurd"


# --- the daily jobs: reminders, check-ins, a note to the coach ------------------------------------------------


def _day(date: datetime.date) -> str:
    return formats.date_format(date, "l j F")


def send_reminders(today: datetime.date) -> str:
    """A reminder for every dated step from today to REMINDER_DAYS_BEFORE days ahead; once per step and date."""
    last = today + datetime.timedelta(days=REMINDER_DAYS_BEFORE)
    sent = 0
    with translation.override(settings.LANGUAGE_CODE):
        for step in registry.dated_steps(today, last):
            if step.kind == StepKind.STEP:
                sent += remind(step) is not None
    return f"herinneringen: {sent} verstuurd"


def remind(step: DatedStep) -> Message | None:
    values = {"day": _day(step.date), "title": step.title}
    return notify(
        step.person,
        Message.Kind.REMINDER,
        f"herinnering-{step.key}-{step.date.isoformat()}",
        _("Herinnering: je stap op %(day)s") % values,
        _("Op %(day)s wil je dit doen: %(title)s. Lukt het? Kijk nog even in je plan.") % values,
        step.link_url,
    )


def send_check_ins(today: datetime.date) -> str:
    """A check-in for every dated step whose date passed (at most CHECK_IN_WINDOW_DAYS ago), then a note to the
    coaches of everyone who missed two check-ins in a row."""
    first = today - datetime.timedelta(days=CHECK_IN_WINDOW_DAYS)
    with translation.override(settings.LANGUAGE_CODE):
        asked = sum(check_in(step) is not None for step in registry.dated_steps(first, today - datetime.timedelta(1)))
        noted = tell_coaches_about_missed_check_ins(today)
    return f"check-ins: {asked} gevraagd, {noted} bericht(en) aan een coach"


def check_in(step: DatedStep) -> Message | None:
    values = {"day": _day(step.date), "title": step.title}
    if step.kind == StepKind.COURSE_END:
        subject = _("Je cursus is klaar. Hoe ging het?")
        body = _("Je cursus %(title)s is rond %(day)s klaar. Hoe ging het? Vertel het ons met één tik.") % values
    else:
        subject = _("Is je stap gelukt?")
        body = _("Op %(day)s wilde je dit doen: %(title)s. Is het gelukt? Vertel het ons met één tik.") % values
    key = f"{CHECK_IN_PREFIX}{step.key}-{step.date.isoformat()}"
    return notify(step.person, Message.Kind.CHECK_IN, key, subject, body, "")


def checked_step_key(check_in_key: str) -> str:
    """The key of the dated step a check-in asked about: "check-in-coachplan-12-2026-12-10" → "coachplan-12"."""
    if not check_in_key.startswith(CHECK_IN_PREFIX):
        return check_in_key
    return check_in_key.removeprefix(CHECK_IN_PREFIX)[: -len("-YYYY-MM-DD")]


def missed_check_ins(person: User) -> list[Message]:
    """The check-ins the person left unanswered since their last answer, oldest first, once each is old enough."""
    overdue = timezone.now() - datetime.timedelta(days=MISSED_AFTER_DAYS)
    check_ins = Message.objects.filter(person=person, kind=Message.Kind.CHECK_IN).order_by("created_at", "pk")
    last_answer = check_ins.filter(answered_at__isnull=False).last()
    after = check_ins.filter(created_at__gt=last_answer.created_at) if last_answer else check_ins
    return list(after.filter(answered_at__isnull=True, created_at__lte=overdue))


def tell_coaches_about_missed_check_ins(today: datetime.date) -> int:
    """A message in the inbox of each coach with access, when their person missed two check-ins in a row; once per
    such run of missed check-ins."""
    overdue = timezone.now() - datetime.timedelta(days=MISSED_AFTER_DAYS)
    candidates = (
        Message.objects.filter(kind=Message.Kind.CHECK_IN, answered_at__isnull=True, created_at__lte=overdue)
        .values("person")
        .annotate(missed=Count("pk"))
        .filter(missed__gte=MISSED_BEFORE_COACH_NOTE)
        .values_list("person", flat=True)
    )
    noted = 0
    for person in User.objects.filter(pk__in=candidates):
        missed = missed_check_ins(person)
        if len(missed) >= MISSED_BEFORE_COACH_NOTE:
            noted += sum(
                _note_for_coach(coach, person, missed[MISSED_BEFORE_COACH_NOTE - 1]) is not None
                for coach in coaches_of(person)
            )
    return noted


def coaches_of(person: User) -> QuerySet:
    """The coaches the person gives access now (the consent is accounts'; coaching reads the same)."""
    consents = Consent.objects.filter(
        person=person, subject=Consent.Subject.COACH_ACCESS, withdrawn_at__isnull=True
    ).values("recipient")
    return User.objects.filter(pk__in=consents, is_active=True)


def _note_for_coach(coach: User, person: User, second_missed: Message) -> Message | None:
    name = person.display_name
    return notify(
        coach,
        Message.Kind.COACH_NOTE,
        f"gemist-{person.pk}-{second_missed.pk}",
        _("%(name)s reageerde twee keer niet") % {"name": name},
        _(
            "%(name)s gaf twee keer geen antwoord op de vraag hoe het ging. Misschien helpt een belletje of een "
            "berichtje van jou."
        )
        % {"name": name},
        reverse("coaching:person", kwargs={"person_id": person.pk}),
    )


# --- the inbox and progress -----------------------------------------------------------------------------------


def inbox(person: User) -> QuerySet:
    return Message.objects.filter(person=person)


def mark_read(message: Message) -> None:
    if message.read_at is None:
        message.read_at = timezone.now()
        message.save(update_fields=["read_at"])


@transaction.atomic
def answer_check_in(message: Message, answer: str) -> None:
    """The person's answer; "gelukt" also marks the step done in the app it came from (registry
    complete_dated_step), so that the plan both see says so too."""
    message.answer = answer
    message.answered_at = timezone.now()
    message.read_at = message.read_at or message.answered_at
    message.save(update_fields=["answer", "answered_at", "read_at"])
    if answer == Message.Answer.DONE:
        registry.complete_dated_step(message.person, checked_step_key(message.key))


def finished_steps(person: User) -> set[str]:
    """The steps the person said they took (a check-in answered "gelukt"), by the step's key: a step that was
    asked about twice, or that its own app counts as done too, is one step."""
    keys = Message.objects.filter(person=person, kind=Message.Kind.CHECK_IN, answer=Message.Answer.DONE).values_list(
        "key", flat=True
    )
    return {checked_step_key(key) for key in keys}


def counts(person: User) -> dict[str, int]:
    """All messages and the unread ones, in one query (Mijn Wegwijzer)."""
    return Message.objects.filter(person=person).aggregate(
        total=Count("pk"), unread=Count("pk", filter=Q(read_at__isnull=True))
    )
