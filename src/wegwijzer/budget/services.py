"""The ontwikkelbudget's logic: granting, reserving, booking, releasing and expiring money, each as one ledger entry.

Every write locks the budget's row (SELECT ... FOR UPDATE) before it reads the balances, so two requests at the same
time wait for each other and a balance never goes below zero (on PostgreSQL; SQLite writes one at a time). Every
write has an idempotency key: the same request twice finds the first entry and writes nothing.

grant(...) -> Budget                      reserve(person, offer, key) -> Outcome
book(reservation, actor) -> Outcome       release(reservation, actor) -> Outcome
expire_due(today) -> int                  send_reminders(today) -> int
summaries(person) -> list[Summary]        offer_budget(person, offer) -> OfferBudget | None
organisation_figures(organisation) -> OrganisationFigures
create_grant_link(...) -> GrantLink       claim(person, link) -> (Budget, created)
give(link, person, actor) -> (Budget, created)
held_for_provider(viewer) -> list[Reservation]
"""

import datetime
import re
import secrets
from dataclasses import dataclass

from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count, QuerySet, Sum
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from wegwijzer.accounts.models import CODE_ALPHABET, DataCategory, Organisation, Role, User
from wegwijzer.accounts.services import log_access, log_access_to_many, people_sharing_with
from wegwijzer.catalogue.models import Offer
from wegwijzer.catalogue.vocab import Kind
from wegwijzer.core.registry import DatedStep, GroupFigure, StepKind
from wegwijzer.insight.services import suppress_small

from . import ledger
from .ledger import Account, Movement
from .models import Budget, Entry, GrantLink, Line, Reservation
from .money import euros

KEY = re.compile(r"[A-Za-z0-9_-]{8,64}")
REMINDER_DAYS = 30  # "a month before" the end date
SYSTEM_ROLE = "systeem"
MAX_OFFER_WEEKS = 260  # the longest an offer may last (catalogue.Offer.weeks' validator)


# What happened to the money, as the person reads it.
MOVEMENT_LABELS = {
    Movement.GRANT: gettext_lazy("Gekregen"),
    Movement.RESERVE: gettext_lazy("Gereserveerd"),
    Movement.BOOK: gettext_lazy("Betaald"),
    Movement.RELEASE: gettext_lazy("Geannuleerd"),
    Movement.EXPIRE: gettext_lazy("Verlopen"),
}


class BudgetError(Exception):
    """A request the budget refuses, with a message for the person in plain Dutch; nothing was written."""


@dataclass(frozen=True)
class Outcome:
    reservation: Reservation
    created: bool  # False: this request was done before (same key), nothing new was written


@dataclass(frozen=True)
class Balances:
    granted: int
    available: int
    reserved: int
    spent: int
    expired: int


# --- reading --------------------------------------------------------------------------------------------------


def _sums(lines) -> dict[Account, int]:
    totals = dict.fromkeys(Account, 0)
    for row in lines.values("account").annotate(total=Sum("amount_cents")):
        totals[Account(row["account"])] = row["total"]
    return totals


def _to_balances(totals: dict[Account, int]) -> Balances:
    return Balances(
        granted=-totals[Account.GRANTOR],
        available=totals[Account.AVAILABLE],
        reserved=totals[Account.RESERVED],
        spent=totals[Account.SPENT],
        expired=totals[Account.EXPIRED],
    )


def balances(budget: Budget) -> Balances:
    return _to_balances(_sums(Line.objects.filter(entry__budget=budget)))


def group_figures(people, first: datetime.date, last: datetime.date) -> tuple[GroupFigure, ...]:
    """For an employer's or region's figures: the money booked for courses in the period, and for how many people."""
    spent = Line.objects.filter(
        account=Account.SPENT, entry__budget__person__in=people, entry__at__date__range=(first, last)
    ).aggregate(people=Count("entry__budget__person", distinct=True), cents=Sum("amount_cents"))
    label = gettext_noop("Ontwikkelbudget besteed")
    return (GroupFigure("budget_besteed", label, spent["people"], spent["cents"] or 0, unit="cent"),)


def reservation_state(reservation: Reservation) -> Movement:
    """RESERVE while the money is held, else BOOK or RELEASE: the last thing that happened to it."""
    movements = {entry.movement for entry in reservation.entries.all()}
    for final in (Movement.BOOK, Movement.RELEASE):
        if final in movements:
            return final
    return Movement.RESERVE


@dataclass(frozen=True)
class Summary:
    budget: Budget
    balances: Balances
    reservations: list[tuple[Reservation, Movement]]
    kinds: list[str]  # what the budget pays for, as the person reads it


def kind_labels(codes: list[str]) -> list[str]:
    """What a budget pays for, as a person reads it (catalogue.vocab.Kind)."""
    return [str(Kind(code).label) for code in codes if code in Kind.values]


def summaries(person: User) -> list[Summary]:
    """Each of the person's budgets with its balances and reservations, for their own page."""
    budgets = Budget.objects.filter(person=person).select_related("grantor").order_by("valid_until", "pk")
    result = []
    for budget in budgets:
        reservations = budget.reservations.select_related("offer__provider").prefetch_related("entries")
        states = [(reservation, reservation_state(reservation)) for reservation in reservations]
        result.append(Summary(budget, balances(budget), states, kind_labels(budget.offer_kinds)))
    return result


def _usable(person: User, today: datetime.date):
    return Budget.objects.filter(person=person, valid_from__lte=today, valid_until__gte=today).order_by("pk")


def _fits(budget: Budget, offer: Offer) -> bool:
    return offer.kind in budget.offer_kinds


@dataclass(frozen=True)
class OfferBudget:
    budget: Budget
    available: int
    enough: bool


def offer_budget(person: User, offer: Offer, today: datetime.date | None = None) -> OfferBudget | None:
    """The budget a reservation for this offer would use (the first to end that has enough), or the fitting one with
    the most left; None when no budget of the person pays for this kind of offer now."""
    today = today or timezone.localdate()
    fitting = [budget for budget in _usable(person, today) if _fits(budget, offer)]
    options = sorted(
        (OfferBudget(b, left, left >= offer.price_cents) for b in fitting for left in [balances(b).available]),
        key=lambda option: (not option.enough, option.budget.valid_until, -option.available),
    )
    return options[0] if options else None


# --- writing ----------------------------------------------------------------------------------------------------


def _actor_role(actor: User | None) -> str:
    return actor.role if actor is not None else SYSTEM_ROLE


def _write(
    budget: Budget,
    movement: Movement,
    amount_cents: int,
    key: str,
    actor: User | None,
    reason: str,
    reservation: Reservation | None = None,
) -> Entry:
    """One entry and its two lines, after checking the balances; call with the budget's row locked."""
    lines = ledger.check(_sums(Line.objects.filter(entry__budget=budget)), movement, amount_cents)
    entry = Entry.objects.create(
        budget=budget,
        movement=movement,
        reservation=reservation,
        idempotency_key=key,
        actor=actor,
        actor_role=_actor_role(actor),
        reason=reason[:200],
    )
    Line.objects.bulk_create(Line(entry=entry, account=line.account, amount_cents=line.amount_cents) for line in lines)
    return entry


def _check_key(key: str) -> None:
    if not KEY.fullmatch(key or ""):
        raise BudgetError(_("Dit formulier is niet compleet. Open de pagina opnieuw en probeer het nog eens."))


def _lock(budgets) -> list[Budget]:
    """Lock the rows in one order (by pk), so two requests never wait for each other in a circle."""
    return list(budgets.select_for_update().order_by("pk"))


@transaction.atomic
def grant(budget: Budget, amount_cents: int, *, actor: User | None, reason: str, key: str) -> tuple[Budget, bool]:
    """Save a new budget (person, grantor, period, kinds filled in) with its first money. The same key twice for the
    same person grants once: the second call returns the first budget and False."""
    _check_key(key)
    if type(amount_cents) is not int or amount_cents <= 0:
        raise BudgetError(_("Vul een bedrag in dat groter is dan nul."))
    User.objects.select_for_update().filter(pk=budget.person_id).first()  # one grant per person at a time
    earlier = Entry.objects.filter(budget__person=budget.person_id, movement=Movement.GRANT, idempotency_key=key)
    if first := earlier.select_related("budget").first():
        return first.budget, False
    budget.save()
    _write(budget, Movement.GRANT, amount_cents, key, actor, reason)
    return budget, True


@transaction.atomic
def reserve(person: User, offer: Offer, key: str, today: datetime.date | None = None) -> Outcome:
    """Hold the offer's price on the person's budget that fits it. Refuses with a plain message when nothing fits."""
    _check_key(key)
    today = today or timezone.localdate()
    usable = _lock(_usable(person, today))
    done = Entry.objects.filter(budget__person=person, movement=Movement.RESERVE, idempotency_key=key).first()
    if done is not None:
        return Outcome(done.reservation, created=False)
    if offer.price_cents == 0:
        raise BudgetError(_("Dit aanbod is gratis. Je hebt je ontwikkelbudget er niet voor nodig."))
    fitting = sorted((budget for budget in usable if _fits(budget, offer)), key=lambda budget: budget.valid_until)
    if not fitting:
        raise BudgetError(_("Je ontwikkelbudget is niet voor dit soort aanbod, of het is nu niet te gebruiken."))
    for budget in fitting:
        if balances(budget).available >= offer.price_cents:
            reservation = Reservation.objects.create(
                budget=budget, offer=offer, offer_title=offer.title, amount_cents=offer.price_cents
            )
            _write(budget, Movement.RESERVE, offer.price_cents, key, person, _("Aangemeld"), reservation)
            return Outcome(reservation, created=True)
    raise BudgetError(_("Je hebt niet genoeg ontwikkelbudget over voor dit aanbod."))


def _finish(reservation: Reservation, movement: Movement, actor: User | None, reason: str) -> Outcome:
    """Book or release a held reservation. Each happens once per reservation, so its key is the reservation's."""
    _lock(Budget.objects.filter(pk=reservation.budget_id))
    state = reservation_state(reservation)
    if state == movement:
        return Outcome(reservation, created=False)
    if state != Movement.RESERVE:
        raise BudgetError(
            _("Deze reservering is al betaald.") if state == Movement.BOOK else _("Deze reservering is al geannuleerd.")
        )
    key = f"{movement}-{reservation.pk}"
    _write(reservation.budget, movement, reservation.amount_cents, key, actor, reason, reservation)
    return Outcome(reservation, created=True)


@transaction.atomic
def book(reservation: Reservation, actor: User | None, reason: str = "") -> Outcome:
    """The sign-up is confirmed: the held money is spent."""
    return _finish(reservation, Movement.BOOK, actor, reason or _("Aanmelding bevestigd"))


@transaction.atomic
def release(reservation: Reservation, actor: User | None, reason: str = "") -> Outcome:
    """The sign-up is cancelled: the held money is available again."""
    return _finish(reservation, Movement.RELEASE, actor, reason or _("Aanmelding geannuleerd"))


def expire_due(today: datetime.date | None = None) -> int:
    """Move what is left of every budget whose last day has passed to "verlopen"; returns how many budgets.
    Money held for a sign-up stays held: the person signed up in time."""
    today = today or timezone.localdate()
    expired = 0
    for budget_id in Budget.objects.filter(valid_until__lt=today).values_list("pk", flat=True):
        expired += _expire_one(budget_id, today)
    return expired


@transaction.atomic
def _expire_one(budget_id: int, today: datetime.date) -> int:
    budget = _lock(Budget.objects.filter(pk=budget_id))[0]
    left = balances(budget).available
    if left <= 0:
        return 0
    # Unique per expiry: money released after the end date expires in a later run, with a key of its own. Running
    # twice is harmless anyway: the second run finds nothing left.
    key = f"verlopen-{budget.entries.count()}"
    _write(budget, Movement.EXPIRE, left, key, None, _("Einddatum voorbij"))
    return 1


def send_reminders(today: datetime.date | None = None) -> int:
    """Mail each person whose budget ends within a month and still has money left, once; returns how many."""
    today = today or timezone.localdate()
    due = Budget.objects.filter(
        reminder_sent_on=None,
        valid_until__gte=today,
        valid_until__lte=today + datetime.timedelta(days=REMINDER_DAYS),
    ).select_related("person", "grantor")
    return sum(_remind(budget, today) for budget in due)


@transaction.atomic
def _remind(budget: Budget, today: datetime.date) -> int:
    # Claim the reminder first, so two runs at once send one mail; a failing mail rolls the claim back.
    claimed = Budget.objects.filter(pk=budget.pk, reminder_sent_on=None).update(reminder_sent_on=today)
    left = balances(budget).available
    if not claimed or left <= 0 or not budget.person.email:
        return 0
    context = {"budget": budget, "left": euros(left), "person": budget.person}
    send_mail(
        render_to_string("budget/reminder_subject.txt", context).strip(),
        render_to_string("budget/reminder_email.txt", context),
        None,
        [budget.person.email],
    )
    return 1


def expire_and_remind(today: datetime.date) -> str:
    """The budget's daily job (``wegwijzer run_periodic``, and ``wegwijzer expire_budgets`` by hand)."""
    expired = expire_due(today)
    reminded = send_reminders(today)
    return (
        f"ontwikkelbudget: {expired} verlopen, {reminded} herinnering(en) "
        f"voor budgetten die binnen {REMINDER_DAYS} dagen stoppen"
    )


def course_ends(first: datetime.date, last: datetime.date) -> list[DatedStep]:
    """The paid courses that end from ``first`` to ``last``, for a check-in after them (registry ``dated_steps``).
    An offer has a length in weeks but no start date, so the end is counted from the day the sign-up was paid."""
    longest = datetime.timedelta(weeks=MAX_OFFER_WEEKS)
    booked = Entry.objects.filter(
        movement=Movement.BOOK,
        reservation__offer__isnull=False,
        at__date__gte=first - longest,
        at__date__lte=last,
    ).select_related("budget__person", "reservation__offer")
    steps = []
    for entry in booked:
        ends = timezone.localdate(entry.at) + datetime.timedelta(weeks=entry.reservation.offer.weeks)
        if first <= ends <= last:
            steps.append(
                DatedStep(
                    person=entry.budget.person,
                    key=f"cursus-{entry.reservation_id}",
                    title=entry.reservation.offer_title,
                    date=ends,
                    link_url=reverse("budget:mine"),
                    kind=StepKind.COURSE_END,
                )
            )
    return steps


# --- what the granting organisation sees -----------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationFigures:
    people: int | None  # people with a budget from this organisation; None when too few to show
    granted: int | None
    people_spending: int | None  # people who spent or hold part of their budget
    spent: int | None
    usage_percent: int | None


def _granted_by(organisation: Organisation):
    return Budget.objects.filter(grantor=organisation)


def _people_who(budgets, *movements: Movement) -> int | None:
    """How many people have a budget with one of these movements; None when too few to show."""
    return suppress_small(budgets.filter(entries__movement__in=movements).values("person").distinct().count())


def organisation_figures(organisation: Organisation) -> OrganisationFigures:
    """Totals of the budgets an organisation granted, never per person. Each money figure only shows when it adds up
    enough people: what was paid only over enough people who paid, so it never is one person's choice."""
    budgets = _granted_by(organisation)
    people = suppress_small(budgets.values("person").distinct().count())
    if people is None:
        return OrganisationFigures(None, None, None, None, None)
    totals = _sums(Line.objects.filter(entry__budget__in=budgets))
    granted = -totals[Account.GRANTOR]
    using = _people_who(budgets, Movement.RESERVE, Movement.BOOK)
    paying = _people_who(budgets, Movement.BOOK)
    used_cents = totals[Account.SPENT] + totals[Account.RESERVED]
    return OrganisationFigures(
        people=people,
        granted=granted,
        people_spending=using,
        spent=totals[Account.SPENT] if paying is not None else None,
        usage_percent=used_cents * 100 // granted if using is not None else None,
    )


# --- offering a budget through a code ---------------------------------------------------------------------------

CODE_LENGTH = 10
# Organisations that grant budgets (an employer, an O&O-fonds, a municipality or region); a provider does not.
GRANTING_KINDS = frozenset({Organisation.Kind.WERKGEVER, Organisation.Kind.FONDS, Organisation.Kind.REGIO})


def grants_budgets(organisation: Organisation | None) -> bool:
    return organisation is not None and organisation.kind in GRANTING_KINDS


def create_grant_link(organisation: Organisation, actor: User, **fields) -> GrantLink:
    """A new code (validated fields: name, amount_cents, places, valid_from, valid_until, offer_kinds)."""
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return GrantLink.objects.create(grantor=organisation, created_by=actor, code=code, **fields)


def grant_links(organisation: Organisation) -> QuerySet:
    """The organisation's codes, each with ``used``: how many people got a budget through it."""
    return GrantLink.objects.filter(grantor=organisation).annotate(used=Count("budgets"))


def find_link(code: str) -> GrantLink | None:
    """The code as a person types it: spaces, dashes and small letters do not matter."""
    typed = re.sub(r"[\s-]", "", code or "").upper()
    return GrantLink.objects.select_related("grantor").filter(code=typed).first() if typed else None


def _link_problem(link: GrantLink, today: datetime.date) -> str:
    if link.stopped_at is not None:
        return _("Deze code is gestopt. Vraag de organisatie die hem gaf om een nieuwe.")
    if link.valid_until < today:
        return _("Deze code is verlopen. Vraag de organisatie die hem gaf om een nieuwe.")
    if link.budgets.count() >= link.places:
        return _("Deze code is al door zoveel mensen gebruikt als afgesproken. Vraag de organisatie die hem gaf.")
    return ""


@transaction.atomic
def _grant_from(link: GrantLink, person: User, actor: User, reason: str, today: datetime.date | None):
    """One budget from this code for this person, once: a second time returns the first budget and False."""
    link = GrantLink.objects.select_for_update().select_related("grantor").get(pk=link.pk)  # count places in turn
    if person.role != Role.DEELNEMER:
        raise BudgetError(_("Alleen een deelnemer kan een ontwikkelbudget krijgen."))
    earlier = Budget.objects.filter(person=person, grant_link=link).first()
    if earlier is not None:
        return earlier, False
    if problem := _link_problem(link, today or timezone.localdate()):
        raise BudgetError(problem)
    budget = Budget(
        person=person,
        grantor=link.grantor,
        name=link.name,
        valid_from=link.valid_from,
        valid_until=link.valid_until,
        offer_kinds=link.offer_kinds,
        grant_link=link,
    )
    return grant(budget, link.amount_cents, actor=actor, reason=reason, key=f"grant-link-{link.pk}")


def claim(person: User, link: GrantLink, today: datetime.date | None = None) -> tuple[Budget, bool]:
    """The person used the code: they get its budget (once, while it has places and has not stopped or ended)."""
    return _grant_from(link, person, person, _("Code gebruikt"), today)


def people_to_give(organisation: Organisation) -> QuerySet:
    """Whom an employer may give a budget directly: its own people who share their plan with it (insight shows them
    the same people). Their names only; what they answered stays theirs."""
    return people_sharing_with(organisation, DataCategory.PLAN)


def give(link: GrantLink, person: User, actor: User, today: datetime.date | None = None) -> tuple[Budget, bool]:
    """An employer gives this code's budget directly to one of ``people_to_give``; it takes one of the places."""
    if not people_to_give(link.grantor).filter(pk=person.pk).exists():
        raise BudgetError(_("Deze persoon deelt niets met jullie. Stuur de code, dan kan die hem zelf gebruiken."))
    return _grant_from(link, person, actor, _("Gegeven door de werkgever"), today)


def stop(link: GrantLink) -> bool:
    """No one can use the code any more; budgets already given stay. False when it was stopped before."""
    return bool(GrantLink.objects.filter(pk=link.pk, stopped_at=None).update(stopped_at=timezone.now()))


# --- the provider confirms a sign-up ------------------------------------------------------------------------------

BUDGET_DATA = "ontwikkelbudget"  # the part of a person's data an access log record names


def _for_provider(organisation_id: int | None):
    """Reservations for the offers of the providers that belong to this organisation."""
    return Reservation.objects.filter(offer__provider__organisation_id=organisation_id) if organisation_id else None


def held_for_provider(viewer: User) -> list[Reservation]:
    """The sign-ups waiting for this provider's word: each reservation's code, offer, amount and date, never who
    made it. Each person behind one goes into the access log: the provider looked at a part of their budget."""
    reservations = _for_provider(viewer.organisation_id)
    if reservations is None:
        return []
    held = list(
        reservations.exclude(entries__movement__in=[Movement.BOOK, Movement.RELEASE])
        .select_related("budget")
        .order_by("created_at", "pk")
    )
    log_access_to_many(viewer, (r.budget.person_id for r in held), BUDGET_DATA, _("Aanbieder: aanmeldingen bevestigen"))
    return held


def provider_reservation(viewer: User, pk: int) -> Reservation | None:
    reservations = _for_provider(viewer.organisation_id)
    return reservations.select_related("budget").filter(pk=pk).first() if reservations is not None else None


def provider_decides(viewer: User, reservation: Reservation, enrolled: bool) -> Outcome:
    """The provider says the person is signed up (the held money is spent) or is not (it is released)."""
    action, reason = (
        (book, _("Aanmelding bevestigd door de aanbieder"))
        if enrolled
        else (release, _("Niet aangemeld, volgens de aanbieder"))
    )
    outcome = action(reservation, viewer, reason)
    log_access(viewer, reservation.budget.person, BUDGET_DATA, reason)
    return outcome


def provider_confirms(reservation: Reservation) -> bool:
    """Whether the provider of the reservation's offer confirms sign-ups in Wegwijzer (then the person does not)."""
    offer = reservation.offer
    return offer is not None and offer.provider.organisation_id is not None
