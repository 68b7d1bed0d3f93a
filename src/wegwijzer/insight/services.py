"""Figures for employers and regions, counts only, with small counts suppressed so that no one can be singled out;
the invitation code and the anonymous learning-climate survey.

min_group_size() -> int                          k: the setting, never under checks.MIN_GROUP_FLOOR
organisation_people(organisation) -> QuerySet    for aggregate figures only
suppress_small(count) -> int | None
invitation(organisation) -> Invitation           the employer's code, made on first use
new_invitation_code(organisation) -> Invitation  a new code; the old one stops working
organisation_for_code(code) -> Organisation | None   the employer of a code (any case, spaces or dashes)
join(person, organisation)                       links the person's own account to that employer
quarter_of(day) -> str / closed_quarters(organisation, today) -> list[str]
may_answer(person, today) / record_answer(person, answer, today)
climate_summary(organisation, quarter, today) -> survey.Summary | None
climate_dashboard(organisation, asked_quarter, today) -> Dashboard   the quarters and the chosen one, one query
rebuild_tallies() -> int                         the kept sums made again from the answers
refresh_region_tallies(today) -> int             each region's closed quarters added up (daily job)
record_empty_search(session, words, municipality, today)   a search that found nothing, without the person
empty_searches(quarter, today) -> list[EmptySearchFigure]  words searched in vain by at least k sessions
freeze_quarter(organisation, quarter) / freeze_closed_quarters(today)   a closed quarter's counts, made once
quarter_figures(organisation, asked, today) -> QuarterFigures   plan steps, budget and (region) scans, suppressed

How differencing is prevented (docs/permissions.md, "Figures for employers and regions"): the only breakdown is a
closed quarter (nothing of the running quarter is shown, and a closed quarter never changes again, so looking
before and after one person answered shows nothing new); a region counts only the organisations that reach k in
that quarter (so region minus employers is 0 or at least k); answering needs an account linked to the employer and
is once per quarter (so an employer cannot fill the group with answers of its own from the code alone). The other
figures (plan steps, budget, a region's scans by municipality, target group and barrier) are counted once per closed
quarter and then frozen, each breakdown of a quarter over the same total; there is no total over quarters, so a
hidden quarter is never the difference of two shown figures."""

import datetime
import re
from collections import Counter
from dataclasses import dataclass, replace

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q, QuerySet, Sum

from wegwijzer.accounts.models import Organisation, Role, User
from wegwijzer.core.registry import GroupFigure, registry

from .checks import MIN_GROUP_FLOOR
from .models import (
    ClimateAnswer,
    ClimateParticipation,
    ClimateTally,
    EmptySearch,
    Invitation,
    QuarterFigure,
    RegionClimateTally,
    new_code,
)
from .suppression import Distribution, suppress_distribution, suppress_overlapping
from .survey import Answer, Summary, Tally, summarise, tally


def min_group_size() -> int:
    """An employer or region sees a figure only when it counts at least this many people."""
    return max(MIN_GROUP_FLOOR, settings.WEGWIJZER_INSIGHT_MIN_GROUP)


def organisation_people(organisation: Organisation) -> QuerySet:
    """The participants linked to an organisation; for a region also those of its member organisations.

    For aggregate figures only: pass the result through suppress_small() before showing a count."""
    linked = Q(organisation=organisation)
    if organisation.kind == Organisation.Kind.REGIO:
        linked |= Q(organisation__region=organisation)
    return User.objects.filter(linked, role=Role.DEELNEMER, is_active=True)


def suppress_small(count: int) -> int | None:
    """None when a figure is too small to show without pointing at a person."""
    return count if count >= min_group_size() else None


# --- inviting ----------------------------------------------------------------------------------------------------


def invitation(organisation: Organisation) -> Invitation:
    return Invitation.objects.get_or_create(organisation=organisation)[0]


def new_invitation_code(organisation: Organisation) -> Invitation:
    """A new code for a code that went round too far; people who joined stay joined."""
    current = invitation(organisation)
    current.code = new_code()
    current.save(update_fields=["code"])
    return current


def organisation_for_code(code: str) -> Organisation | None:
    found = Invitation.objects.filter(code=code.strip().upper().replace(" ", "").replace("-", ""))
    found = found.select_related("organisation").first()
    return found.organisation if found else None


def join(person: User, organisation: Organisation) -> None:
    person.organisation = organisation
    person.save(update_fields=["organisation"])


# --- the survey --------------------------------------------------------------------------------------------------


def quarter_of(day: datetime.date) -> str:
    return f"{day.year}-K{(day.month - 1) // 3 + 1}"


def _quarter_start(quarter: str) -> datetime.date:
    return datetime.date(int(quarter[:4]), int(quarter[-1]) * 3 - 2, 1)


def _quarter_end(quarter: str) -> datetime.date:
    year, number = int(quarter[:4]), int(quarter[-1])
    first_of_next = datetime.date(year + number // 4, number % 4 * 3 + 1, 1)
    return first_of_next - datetime.timedelta(days=1)


def may_answer(person: User, today: datetime.date) -> bool:
    """A participant linked to an employer who did not answer yet this quarter."""
    if person.organisation is None or person.organisation.kind != Organisation.Kind.WERKGEVER:
        return False
    return not ClimateParticipation.objects.filter(person=person, quarter=quarter_of(today)).exists()


def record_answer(person: User, answer: Answer, today: datetime.date) -> bool:
    """Stores the answer without the person, and apart from it that the person answered; False if they already did."""
    quarter = quarter_of(today)
    try:
        with transaction.atomic():
            ClimateParticipation.objects.create(person=person, organisation=person.organisation, quarter=quarter)
            ClimateAnswer.objects.create(
                organisation=person.organisation,
                week=today - datetime.timedelta(days=today.weekday()),
                quarter=quarter,
                scores=dict(answer.scores),
                barrier=answer.barrier,
                driver=answer.driver,
            )
            _add_to_tally(person.organisation, quarter, tally([answer]))
    except IntegrityError:  # answered already this quarter (two tabs, or twice the same form)
        return False
    return True


def _as_tally(row: ClimateTally) -> Tally:
    return Tally(row.answers, row.score_sums, row.barriers, row.drivers)


def _add_to_tally(organisation: Organisation, quarter: str, more: Tally) -> None:
    """Adds to the quarter's sums under a row lock, so two answers at once both count."""
    try:
        with transaction.atomic():  # a savepoint: the first answer of a quarter may race another
            ClimateTally.objects.get_or_create(organisation=organisation, quarter=quarter)
    except IntegrityError:
        pass  # the other one made the row; we add to it below
    row = ClimateTally.objects.select_for_update().get(organisation=organisation, quarter=quarter)
    for name, value in _fields(_as_tally(row) + more).items():
        setattr(row, name, value)
    row.save()


@transaction.atomic
def rebuild_tallies() -> int:
    """Every employer's quarter added up again from the answers (after a bulk load, or to repair); how many rows."""
    ClimateTally.objects.all().delete()
    groups: dict[tuple[int, str], list[Answer]] = {}
    rows = ClimateAnswer.objects.values_list("organisation", "quarter", "scores", "barrier", "driver")
    for organisation, quarter, *answer in rows.iterator(chunk_size=10_000):
        groups.setdefault((organisation, quarter), []).append(Answer(*answer))
    ClimateTally.objects.bulk_create(
        (
            ClimateTally(organisation_id=organisation, quarter=quarter, **_fields(tally(answers)))
            for (organisation, quarter), answers in groups.items()
        ),
        batch_size=5_000,
    )
    return len(groups)


def _member_tallies(region: Organisation, quarter: str) -> QuerySet:
    """A region's member employers that reach k in the quarter, each on its own (so the region minus any employers
    is never a small group)."""
    return ClimateTally.objects.filter(organisation__region=region, quarter=quarter, answers__gte=min_group_size())


def _kept(organisation: Organisation) -> QuerySet:
    """The sums a dashboard reads: an employer's own per quarter, a region's from the daily refresh."""
    if organisation.kind == Organisation.Kind.REGIO:
        return RegionClimateTally.objects.filter(region=organisation)
    return ClimateTally.objects.filter(organisation=organisation)


def _closed(organisation: Organisation, today: datetime.date) -> dict[str, Tally]:
    """The kept sums of every quarter that is over, in one query; the running quarter is never shown."""
    rows = _kept(organisation).values_list("quarter", "answers", "score_sums", "barriers", "drivers")
    return {quarter: Tally(*sums) for quarter, *sums in rows if _quarter_end(quarter) < today}


def closed_quarters(organisation: Organisation, today: datetime.date) -> list[str]:
    """The quarters with answers that are over, newest first."""
    return sorted(_closed(organisation, today), reverse=True)


def climate_summary(organisation: Organisation, quarter: str, today: datetime.date) -> Summary | None:
    """The scores, barriers and drivers of one closed quarter, or None (running quarter, or under k answers)."""
    found = _closed(organisation, today).get(quarter)
    return summarise(found, min_group_size()) if found else None


@dataclass(frozen=True)
class Dashboard:
    quarters: list[str]  # closed, newest first
    quarter: str | None  # the one shown
    summary: Summary | None  # None: under k answers (or no quarter yet)


def climate_dashboard(organisation: Organisation, asked: str | None, today: datetime.date) -> Dashboard:
    """What the dashboard shows, in one query: the asked quarter if it is one of the closed ones, else the newest."""
    closed = _closed(organisation, today)
    quarters = sorted(closed, reverse=True)
    quarter = asked if asked in closed else (quarters[0] if quarters else None)
    return Dashboard(quarters, quarter, summarise(closed[quarter], min_group_size()) if quarter else None)


@transaction.atomic
def refresh_region_tallies(today: datetime.date) -> int:
    """Adds up each region's closed quarters again from its employers' sums (run daily: `wegwijzer
    refresh_region_tallies`); also follows employers that joined or left a region. How many rows."""
    rows = []
    regions = Organisation.objects.filter(kind=Organisation.Kind.REGIO, member_organisations__isnull=False).distinct()
    for region in regions:
        quarters = ClimateTally.objects.filter(organisation__region=region).values_list("quarter", flat=True)
        for quarter in {q for q in quarters if _quarter_end(q) < today}:
            tallies = _member_tallies(region, quarter).values_list("answers", "score_sums", "barriers", "drivers")
            added = sum((Tally(*row) for row in tallies), Tally())
            rows.append(RegionClimateTally(region=region, quarter=quarter, **_fields(added)))
    RegionClimateTally.objects.all().delete()
    RegionClimateTally.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def _fields(added: Tally) -> dict:
    return {
        "answers": added.answers,
        "score_sums": dict(added.score_sums),
        "barriers": dict(added.barriers),
        "drivers": dict(added.drivers),
    }


# --- searches that found nothing (where offers are missing) --------------------------------------------------------

SEEN_EMPTY = "insight_empty_searches"  # in the person's own session: words counted already this quarter
MAX_WORDS = 60
MIGHT_BE_PERSONAL = re.compile(r"[\d@]")  # a postcode, house or phone number, an e-mail address


def record_empty_search(session, words: str, municipality: str, today: datetime.date) -> bool:
    """Counts words that found nothing, once per session and quarter; nothing of the person is kept."""
    words = " ".join(words.casefold().split())
    if not words or len(words) > MAX_WORDS or MIGHT_BE_PERSONAL.search(words):
        return False
    quarter = quarter_of(today)
    seen = [entry for entry in session.get(SEEN_EMPTY, []) if entry.startswith(quarter)]
    if f"{quarter} {words}" in seen:
        return False
    session[SEEN_EMPTY] = [*seen[-49:], f"{quarter} {words}"]
    key = {"quarter": quarter, "municipality": municipality[:100], "words": words}
    if not EmptySearch.objects.filter(**key).update(searches=F("searches") + 1):
        try:
            with transaction.atomic():
                EmptySearch.objects.create(**key, searches=1)
        except IntegrityError:  # another search made the row just now
            EmptySearch.objects.filter(**key).update(searches=F("searches") + 1)
    return True


@dataclass(frozen=True)
class EmptySearchFigure:
    words: str
    searches: int
    by_municipality: Distribution  # "" is "gemeente niet bekend"; small ones merged (complementary suppression)


def empty_search_quarters(today: datetime.date) -> list[str]:
    quarters = EmptySearch.objects.values_list("quarter", flat=True).distinct()
    return sorted((q for q in quarters if _quarter_end(q) < today), reverse=True)


def empty_searches(quarter: str, today: datetime.date, limit: int = 30) -> list[EmptySearchFigure]:
    """The words most often searched in vain in a closed quarter, each by at least k sessions, with where."""
    if _quarter_end(quarter) >= today:
        return []
    k = min_group_size()
    totals = (
        EmptySearch.objects.filter(quarter=quarter)
        .values("words")
        .annotate(total=Sum("searches"))
        .filter(total__gte=k)
        .order_by("-total", "words")[:limit]
    )
    words = [row["words"] for row in totals]
    cells: dict[str, dict[str, int]] = {word: {} for word in words}
    for row in EmptySearch.objects.filter(quarter=quarter, words__in=words).values("words", "municipality", "searches"):
        cells[row["words"]][row["municipality"]] = row["searches"]
    return [
        EmptySearchFigure(row["words"], row["total"], suppress_distribution(cells[row["words"]], k)) for row in totals
    ]


# --- a closed quarter's counts: plan steps, budget, a region's scans -------------------------------------------------

Part = QuarterFigure.Part


def freeze_quarter(organisation: Organisation, quarter: str) -> bool:
    """Counts the closed quarter once, from the apps' registry parts over the people linked now; False when it was
    counted before (a frozen quarter never changes, so no two looks differ by one person)."""
    if QuarterFigure.objects.filter(organisation=organisation, quarter=quarter).exists():
        return False
    first, last = _quarter_start(quarter), _quarter_end(quarter)
    people = organisation_people(organisation)
    size, activity = _activity(organisation, first, last)
    rows = [QuarterFigure(part=Part.GROUP, key="mensen", people=size)]
    rows += [
        QuarterFigure(part=Part.ACTIVITY, key=f.key, label=f.label, people=f.people, amount=f.amount, unit=f.unit)
        for f in activity
    ]
    if organisation.kind == Organisation.Kind.REGIO:
        facts = registry.scan_facts(people, first, last)
        rows.append(QuarterFigure(part=Part.GROUP, key="scans", people=len(facts)))
        counted = (
            (Part.MUNICIPALITY, Counter(fact.municipality for fact in facts)),
            (Part.TARGET_GROUP, Counter(fact.target_group for fact in facts)),
            (Part.BARRIER, Counter(barrier for fact in facts for barrier in fact.barriers)),
        )
        rows += [QuarterFigure(part=part, key=key, people=n) for part, counts in counted for key, n in counts.items()]
    for row in rows:
        row.organisation, row.quarter = organisation, quarter
    try:
        with transaction.atomic():
            QuarterFigure.objects.bulk_create(rows)
    except IntegrityError:  # another run counted it just now
        return False
    return True


def _blocks(organisation: Organisation) -> list[QuerySet]:
    """The groups whose activity is added up: an employer's people; for a region, its own people and each member
    employer's people apart, so that each block can be left out when it is under k."""
    if organisation.kind != Organisation.Kind.REGIO:
        return [organisation_people(organisation)]
    own = User.objects.filter(organisation=organisation, role=Role.DEELNEMER, is_active=True)
    return [own, *(organisation_people(member) for member in organisation.member_organisations.all())]


def _activity(organisation: Organisation, first: datetime.date, last: datetime.date) -> tuple[int, list[GroupFigure]]:
    """The people counted and the apps' figures over them, from the blocks that reach k only: like the climate
    figures, a region minus any of its employers is then 0 or at least k people, never one person's steps."""
    size = 0
    added: dict[str, GroupFigure] = {}
    for block in _blocks(organisation):
        people = block.count()
        if people < min_group_size():
            continue
        size += people
        for figure in registry.group_figures(block, first, last):
            known = added.get(figure.key)
            added[figure.key] = (
                replace(known, people=known.people + figure.people, amount=known.amount + figure.amount)
                if known
                else figure
            )
    return size, list(added.values())


def freeze_closed_quarters(today: datetime.date) -> int:
    """The daily job: every employer and region counts the quarter that ended last, once; how many were counted."""
    last_closed = quarter_of(_quarter_start(quarter_of(today)) - datetime.timedelta(days=1))
    kinds = (Organisation.Kind.WERKGEVER, Organisation.Kind.REGIO)
    return sum(
        freeze_quarter(organisation, last_closed) for organisation in Organisation.objects.filter(kind__in=kinds)
    )


@dataclass(frozen=True)
class ActivityFigure:
    label: str  # a msgid
    people: int | None  # None: hidden (under k, or the rest of the group under k)
    amount: int | None
    unit: str  # "aantal", or "cent"

    @property
    def euros(self) -> str:
        return f"{(self.amount or 0) / 100:,.0f}".replace(",", ".")


@dataclass(frozen=True)
class QuarterFigures:
    quarters: list[str]  # counted, newest first
    quarter: str | None
    activity: list[ActivityFigure]
    scans: int | None  # a region's scans in the quarter; None: under k (then no breakdown either)
    municipalities: Distribution | None
    target_groups: Distribution | None
    barriers: dict[str, int]  # each shown barrier; a barrier and the rest both 0 or >= k
    scans_over_time: list[tuple[str, int | None]]  # each counted quarter on its own, oldest first; never a sum


def quarter_figures(organisation: Organisation, asked: str | None, today: datetime.date) -> QuarterFigures:
    """What the dashboard shows of the counted quarters, in one query: the asked one if counted, else the newest."""
    rows = QuarterFigure.objects.filter(organisation=organisation).values_list(
        "quarter", "part", "key", "label", "people", "amount", "unit"
    )
    by_quarter: dict[str, list[tuple]] = {}
    for quarter, *row in rows:
        by_quarter.setdefault(quarter, []).append(tuple(row))
    quarters = sorted((q for q in by_quarter if _quarter_end(q) < today), reverse=True)
    quarter = asked if asked in quarters else (quarters[0] if quarters else None)
    k = min_group_size()
    over_time = [(q, suppress_small(_group_count(by_quarter[q], "scans"))) for q in sorted(quarters)]
    if quarter is None:
        return QuarterFigures([], None, [], None, None, None, {}, over_time)
    chosen = by_quarter[quarter]
    size = _group_count(chosen, "mensen")
    shown_people = suppress_overlapping(
        {key: people for part, key, _, people, *_ in chosen if part == Part.ACTIVITY}, size, k
    )
    activity = [
        ActivityFigure(label, shown_people.get(key), amount if key in shown_people else None, unit)
        for part, key, label, _, amount, unit in chosen
        if part == Part.ACTIVITY
    ]
    scans = _group_count(chosen, "scans")
    cells = {part: {key: people for p, key, _, people, *_ in chosen if p == part} for part in Part.values}
    return QuarterFigures(
        quarters,
        quarter,
        activity,
        suppress_small(scans),
        suppress_distribution(cells[Part.MUNICIPALITY], k) if scans >= k else None,
        suppress_distribution(cells[Part.TARGET_GROUP], k) if scans >= k else None,
        suppress_overlapping(cells[Part.BARRIER], scans, k),
        over_time,
    )


def _group_count(rows: list[tuple], key: str) -> int:
    return next((people for part, found, _, people, *_ in rows if part == Part.GROUP and found == key), 0)
