"""The scan's business logic: finding a person's scan, storing answers (sensitive ones only with consent),
turning answers into a Profiel and an Advies, the ontwikkelplan, and removing scans that expired.

A scan is found through the browser session (``scan_code``), a resume code, or, for a logged-in person, their
latest saved scan. A scan saved to an account opens only for that account, never by its code alone. The database
keeps only a keyed hash of the code (codes.py); the code itself lives, encrypted, in the session that made or
opened the scan, so the pages can show it.

What the sensitive answers give away is as sensitive as the answers: plan steps whose rules read a sensitive
answer (sensitive_step_codes) are stored, encrypted, only with the same consent, and otherwise only in the session.
"""

import json
import re
import secrets
import time
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from django.conf import settings
from django.core.cache import cache as shared_cache
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from wegwijzer.accounts import services as accounts
from wegwijzer.accounts.fields import decrypt_text, encrypt_text
from wegwijzer.accounts.models import Consent, DataCategory
from wegwijzer.advice.engine import Profile, ProfileError, advise, load_rulebook, validate_profile
from wegwijzer.advice.engine.dependencies import step_fields
from wegwijzer.core.client import client_address
from wegwijzer.core.registry import DatedStep, ScanFact
from wegwijzer.directory.services import MUNICIPALITY_ANSWER, find_municipality

from .codes import CODE_ALPHABET, CODE_LENGTH, code_hash, code_hashes, normalise_code, readable
from .models import Plan, Scan
from .questions import PAGE_OF, QUESTIONS, Answers, Question, applicable, ends_the_scan, profile_data

SESSION_CODE = "scan_code"  # the scan's code hash: which scan this browser works on
SESSION_SHOWN_CODE = "scan_shown_code"  # the code itself, encrypted, to show it (only this session knows it)
SESSION_STARTED = "scan_started_here"  # the code hash of the scan this session started (may save it to an account)
SESSION_PRIVATE = "scan_private"
# The advice's orientatie steps about which work has a future: they link to "Mijn werk" (the labour app)
WORK_ORIENTATION_STEPS = frozenset(
    {
        "energietransitie_in_je_vak",
        "kijk_hoe_je_werk_verandert",
        "ontdek_kansrijk_werk",
        "ander_werk_voor_je_gezondheid",
    }
)
SESSION_GOAL = "scan_goal"  # a goal chosen elsewhere (the labour app's "Mijn werk") before a plan exists
# Against guessing codes. Per client (client_address): one person's typos. A wrong code names no scan, so it cannot
# be counted "per scan"; what protects every scan against guessing from many addresses at once is a budget of wrong
# codes for the whole site. With 30^8 (about 6.6e11) codes and, say, 100,000 live scans, 100 wrong codes per 15
# minutes give a guesser about one hit in two years; when the budget is used up, resuming waits for everyone until
# the window ends, which costs a person a short wait and never their scan (a saved scan opens by logging in).
CODE_ATTEMPTS = 10
CODE_ATTEMPT_WINDOW = 15 * 60


class ScanNotFound(LookupError):
    """No scan with this code (mistyped, or expired and removed)."""


class ScanOfOtherAccount(PermissionError):
    """The scan is saved to an account; only that account may open it."""


class ScanNotStartedHere(PermissionError):
    """Only the browser that started an anonymous scan may save it to an account: the code alone is not enough."""


class StoredAnswerInvalid(ValueError):
    """A stored answer does not fit its question (e.g. a choice given twice); ``question`` is the one to fix."""

    def __init__(self, question: Question | None):
        self.question = question
        super().__init__(question.key if question else "")


# --- finding the scan ---------------------------------------------------------------------------------------


def _new_code() -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if not Scan.objects.filter(code=code_hash(code)).exists():
            return code


def _may_open(user, scan: Scan) -> bool:
    return scan.user_id is None or (user.is_authenticated and user.pk == scan.user_id)


def _remember(request, scan: Scan, code: str | None = None) -> None:
    """This browser works on ``scan`` from now on; ``code`` when the person has it (they started or typed it)."""
    if request.session.get(SESSION_CODE) != scan.code:
        forget(request)
        request.session[SESSION_CODE] = scan.code
    if code is not None:
        request.session[SESSION_SHOWN_CODE] = encrypt_text(code)


def forget(request) -> None:
    """Start over: this browser no longer points at a scan (the scan itself stays, for its code)."""
    for key in (SESSION_CODE, SESSION_SHOWN_CODE, SESSION_STARTED, SESSION_PRIVATE):
        request.session.pop(key, None)


def start_scan(request) -> Scan:
    user = request.user if request.user.is_authenticated else None
    code = _new_code()
    scan = Scan.objects.create(code=code_hash(code), user=user)
    _remember(request, scan, code)
    request.session[SESSION_STARTED] = scan.code
    return scan


def display_code(request, scan: Scan) -> str | None:
    """The code as 'ABCD-EF23', if this session knows it (it started the scan or opened it with the code)."""
    token = request.session.get(SESSION_SHOWN_CODE)
    if not token or request.session.get(SESSION_CODE) != scan.code:
        return None
    return readable(decrypt_text(token))


def started_here(request, scan: Scan) -> bool:
    return request.session.get(SESSION_STARTED) == scan.code


def session_scan(request) -> Scan | None:
    """The scan this browser is working on, if it still exists and this person may open it."""
    code = request.session.get(SESSION_CODE)
    scan = Scan.objects.filter(code=code).first() if code else None
    if scan is not None and _may_open(request.user, scan):
        return scan
    if code:
        forget(request)
    return None


def scan_for_request(request) -> Scan | None:
    """The session's scan, or else the logged-in person's latest scan (which then becomes the session's)."""
    scan = session_scan(request)
    if scan is None and request.user.is_authenticated:
        scan = request.user.scans.first()
        if scan is not None:
            _remember(request, scan)
    return scan


def _clock() -> float:
    return time.time()


def _attempt_limits(request) -> dict[str, int]:
    """Cache key → how many wrong codes it allows in this window: one client's, and the whole site's. Windows are
    fixed (every count starts afresh each CODE_ATTEMPT_WINDOW), so a slow trickle cannot keep the site blocked."""
    window = int(_clock() // CODE_ATTEMPT_WINDOW)
    return {
        f"scan:code-attempts:{window}:client:{client_address(request)}": CODE_ATTEMPTS,
        f"scan:code-attempts:{window}:site": settings.WEGWIJZER_RESUME_CODE_SITE_LIMIT,
    }


def too_many_code_attempts(request) -> bool:
    """Whether this client, or the site as a whole, typed too many wrong codes in the window.

    Counted in the shared cache (settings.CACHES), so every app server and worker sees the same counts."""
    limits = _attempt_limits(request)
    counts = shared_cache.get_many(list(limits))
    return any(counts.get(key, 0) >= limit for key, limit in limits.items())


def _count_wrong_code(request) -> None:
    until_window_ends = CODE_ATTEMPT_WINDOW - _clock() % CODE_ATTEMPT_WINDOW + 1
    for key in _attempt_limits(request):
        if shared_cache.add(key, 1, until_window_ends):
            continue
        try:
            shared_cache.incr(key)
        except ValueError:  # expired between add and incr
            shared_cache.add(key, 1, until_window_ends)
        # The database cache's incr stores the value again with the cache's default timeout (5 minutes).
        shared_cache.touch(key, until_window_ends)


def open_by_code(request, raw_code: str) -> Scan:
    """Resume a scan by its code; raises ScanNotFound or ScanOfOtherAccount."""
    code = normalise_code(raw_code)
    scan = Scan.objects.filter(code__in=code_hashes(code)).first() if len(code) == CODE_LENGTH else None
    if scan is None:
        _count_wrong_code(request)
        raise ScanNotFound(code)
    if not _may_open(request.user, scan):
        raise ScanOfOtherAccount(code)
    if scan.code != code_hash(code):  # hashed with an older SECRET_KEY: store it under the current one
        scan.code = code_hash(code)
        scan.save(update_fields=["code"])
    _remember(request, scan, code)
    return scan


def claim_for_account(request, scan: Scan) -> None:
    """Save this browser's scan to the logged-in person's account. Whoever only has the code (it opens the scan)
    may not: otherwise anyone who saw a code could take someone's scan into their own account."""
    if scan.user_id is None and not started_here(request, scan):
        raise ScanNotStartedHere(scan.pk)
    attach_to_user(scan, request.user)


def attach_to_user(scan: Scan, user) -> None:
    """Save an anonymous scan to the person's account: from now on only they can open it."""
    if scan.user_id not in (None, user.pk):
        raise ScanOfOtherAccount(scan.pk)
    scan.user = user
    scan.save(update_fields=["user", "updated_at"])
    _record_account_consent(scan)


def _record_account_consent(scan: Scan) -> None:
    """A scan in an account keeps sensitive answers under the account's consent record (accounts app), so the
    person sees and withdraws it with their other consents; anonymous scans keep the date on the scan only."""
    if scan.user_id and scan.sensitive_answers:
        accounts.record_consent(
            scan.user, Consent.Subject.SENSITIVE_ANSWERS, source="scan", given_at=scan.sensitive_consent_at
        )


# --- answers ------------------------------------------------------------------------------------------------


def _private(request, scan: Scan, part: str):
    """What this session keeps of ``scan`` without consent (part "answers" or "plan_steps"), decrypted."""
    stored = request.session.get(SESSION_PRIVATE)
    if not stored or stored.get("code") != scan.code or part not in stored:
        return None
    return json.loads(decrypt_text(stored[part]))


def _write_private(request, scan: Scan, part: str, value) -> None:
    """Keep ``value`` only in this browser session, encrypted, never in the scan; empty removes it."""
    stored = request.session.get(SESSION_PRIVATE)
    stored = dict(stored) if stored and stored.get("code") == scan.code else {"code": scan.code}
    if value:
        stored[part] = encrypt_text(json.dumps(value))
    else:
        stored.pop(part, None)
    if set(stored) - {"code"}:
        request.session[SESSION_PRIVATE] = stored
        request.session.set_expiry(0)  # gone when the browser closes
    else:
        request.session.pop(SESSION_PRIVATE, None)


def _private_answers(request, scan: Scan) -> Answers:
    """Sensitive answers given without consent: only in this browser session, encrypted, never in the scan."""
    return _private(request, scan, "answers") or {}


def all_answers(request, scan: Scan) -> Answers:
    """Every answer this person gave, sensitive ones included (stored with consent, or from this session)."""
    return {**scan.answers, **(scan.sensitive_answers or {}), **_private_answers(request, scan)}


def save_answer(request, scan: Scan, question: Question, value: object, consent: bool = False) -> Scan:
    """Store one answer (None = skipped). Saving the same answer twice changes nothing: reloads are safe."""
    with transaction.atomic():
        locked = Scan.objects.select_for_update().get(pk=scan.pk)
        if question.sensitive:
            _save_sensitive(request, locked, question.key, value, consent)
        else:
            locked.answers[question.key] = value
        if locked.completed_at is None and ends_the_scan(all_answers(request, locked), question):
            locked.completed_at = timezone.now()
        locked.save()
        if question.sensitive:
            _record_account_consent(locked)
    return locked


def _save_sensitive(request, scan: Scan, key: str, value: object, consent: bool) -> None:
    scan.answers[key] = None  # answered; the content lives encrypted below or in the session
    stored = dict(scan.sensitive_answers or {})
    private = _private_answers(request, scan)
    stored.pop(key, None)
    private.pop(key, None)
    if value is not None and consent:
        stored[key] = value
        scan.sensitive_consent_at = scan.sensitive_consent_at or timezone.now()
        scan.sensitive_consent_withdrawn_at = None
    elif value is not None:
        private[key] = value
    scan.sensitive_answers = stored or None
    if not stored:
        scan.sensitive_consent_at = None
    _write_private(request, scan, "answers", private)


def sensitive_status(request, scan: Scan) -> str | None:
    """'bewaard' when sensitive answers are stored with consent, 'alleen_nu' when only this session has them."""
    if scan.sensitive_answers:
        return "bewaard"
    if _private_answers(request, scan):
        return "alleen_nu"
    return None


def give_consent(request, scan: Scan) -> None:
    """The person agrees after all: move this session's sensitive answers, and the plan steps that follow from
    them, into the scan, encrypted."""
    private = _private_answers(request, scan)
    if not private:
        return
    scan.sensitive_answers = {**(scan.sensitive_answers or {}), **private}
    scan.sensitive_consent_at = timezone.now()
    scan.sensitive_consent_withdrawn_at = None
    scan.save()
    plan = getattr(scan, "plan", None)
    private_steps = _private(request, scan, "plan_steps")
    if plan is not None and private_steps:
        plan.sensitive_steps = [*(plan.sensitive_steps or []), *private_steps]
        plan.save(update_fields=["sensitive_steps", "updated_at"])
    _write_private(request, scan, "answers", {})
    _write_private(request, scan, "plan_steps", [])
    _record_account_consent(scan)


def withdraw_consent(request, scan: Scan) -> None:
    """Withdrawing consent deletes the sensitive answers and the plan steps that follow from them, stored or in
    this session, and records when. In an account it withdraws the account's consent, which deletes them from
    every scan of the person."""
    scan.sensitive_answers = None
    scan.sensitive_consent_at = None
    scan.sensitive_consent_withdrawn_at = timezone.now()
    scan.save()
    Plan.objects.filter(scan=scan).update(sensitive_steps=None)
    _write_private(request, scan, "answers", {})
    _write_private(request, scan, "plan_steps", [])
    if scan.user_id:
        active = Consent.objects.filter(
            person_id=scan.user_id, subject=Consent.Subject.SENSITIVE_ANSWERS, withdrawn_at__isnull=True
        )
        for consent in active:
            accounts.withdraw_consent(consent)


def readable_answers(answers: Answers, include_sensitive: bool) -> dict[str, object]:
    """The answers as a person (or their coach) reads them: question → the chosen words, in scan order.

    Without the sensitive answers, the questions that can wait are left out too, for everyone: whether they were
    asked follows from the answer about problems (questions.learning_waits_for), so it is as sensitive."""
    return {
        str(question.text): shown_answer(question, answers[question.key])
        for question in applicable(answers)
        if question.key in answers and (include_sensitive or not (question.sensitive or PAGE_OF[question.key].can_wait))
    }


def shown_answer(question: Question, value: object) -> object:
    """One answer in the words the person chose: an option's label (a list for several), the number or the
    typed text, or the skip button's words."""
    labels = {option.value: str(option.label) for option in question.options}
    if value is None:
        return str(question.skip_label or "")
    if isinstance(value, list):
        return [labels.get(item, item) for item in value]
    return labels.get(str(value), value)


# --- profile and advice -------------------------------------------------------------------------------------


def profile_of(answers: Answers) -> Profile:
    """The Profiel of these answers; raises StoredAnswerInvalid naming the question whose stored answer does not
    fit (a scan stored before a check existed, or changed by hand), so a page can ask the person to fix it."""
    try:
        return validate_profile(profile_data(answers))
    except (ProfileError, TypeError, ValueError):
        raise StoredAnswerInvalid(_question_at_fault(answers)) from None


def _question_at_fault(answers: Answers) -> Question | None:
    """The first question whose answer alone does not make a valid Profiel."""
    for question in applicable(answers):
        try:
            validate_profile(profile_data({question.key: answers.get(question.key)}, [question]))
        except (ProfileError, TypeError, ValueError):
            return question
    return None


def profile_for(request, scan: Scan) -> Profile:
    return profile_of(all_answers(request, scan))


def _current_scan(request) -> Scan | None:
    """This person's current scan: the session's, or the latest saved one when logged in."""
    scan = session_scan(request)
    if scan is None and request.user.is_authenticated:
        scan = request.user.scans.first()
    return scan


def scan_facts(people, first: date, last: date) -> list[ScanFact]:
    """For a region's figures: per person of the group, their last scan completed from ``first`` to ``last``,
    reduced to where they live, their first target group and their barriers. Only the stored ordinary answers are
    read, so no fact rests on a sensitive answer (those stay encrypted, or only in the person's session)."""
    scans = Scan.objects.filter(user__in=people, completed_at__date__range=(first, last)).order_by(
        "user", "-completed_at"
    )
    latest: dict[int, Answers] = {}
    for person, answers in scans.values_list("user", "answers"):
        latest.setdefault(person, answers or {})
    places: dict[str, str] = {}
    return [_scan_fact(answers, places) for answers in latest.values()]


def _scan_fact(answers: Answers, places: dict[str, str]) -> ScanFact:
    given = answers.get(MUNICIPALITY_ANSWER)
    given = given.strip() if isinstance(given, str) else ""
    if given and given not in places:  # one look-up per place named, not per scan
        found = find_municipality(given)
        places[given] = found.name if found is not None else ""
    try:
        advice = advise(profile_of(answers))
    except StoredAnswerInvalid:  # an answer stored before a check existed: where they live still counts
        return ScanFact(places.get(given, ""), "", ())
    return ScanFact(places.get(given, ""), advice["primary_group"], tuple(b["code"] for b in advice["barriers"]))


def current_profile(request) -> Profile | None:
    scan = _current_scan(request)
    return profile_for(request, scan) if scan is not None else None


def current_place(request) -> str:
    return place_of(_current_scan(request))


def place_of(scan: Scan | None) -> str:
    """The municipality the person gave (a name or a postcode), as the help directory names it; "" when the
    answer is missing or the directory does not know it (then no regional scheme is ruled in or out)."""
    answer = (scan.answers or {}).get(MUNICIPALITY_ANSWER) if scan is not None else None
    municipality = find_municipality(answer.strip()) if isinstance(answer, str) and answer.strip() else None
    return municipality.name if municipality is not None else ""


@dataclass(frozen=True)
class SourceNote:
    title: str
    where: str


def _source_notes(sources: list[str]) -> list[SourceNote]:
    """'panteia-2019 §8.3 L1645-1653' → the report's title and 'hoofdstuk 8.3, regel 1645-1653', in the page's
    language."""
    book = load_rulebook()
    notes = []
    for source in sources:
        key, _, where = source.partition(" ")
        parts = [_where_in_report(part) for part in where.replace(",", " ").split()]
        notes.append(SourceNote(book.sources[key].title, ", ".join(parts)))
    return notes


def _where_in_report(part: str) -> str:
    if part.startswith("§"):
        return gettext("hoofdstuk %(chapter)s") % {"chapter": part[1:]}
    if re.match(r"L\d", part):
        return gettext("regel %(lines)s") % {"lines": part[1:]}
    return part


def advice_for(request, scan: Scan) -> dict:
    """The Advies for this scan, with each step's research sources ready to show."""
    advice = advise(profile_for(request, scan))
    for step in advice["steps"]:
        step["source_notes"] = _source_notes(step["sources"])
    return advice


# --- the ontwikkelplan --------------------------------------------------------------------------------------


@cache
def sensitive_step_codes() -> frozenset[str]:
    """The steps whose rules read the answer to a sensitive question (advice.engine.dependencies)."""
    sensitive_fields = {question.field for question in QUESTIONS if question.sensitive}
    return frozenset(code for code, fields in step_fields(load_rulebook()).items() if fields & sensitive_fields)


def _has_sensitive_answer(request, scan: Scan) -> bool:
    return bool(scan.sensitive_answers) or bool(_private_answers(request, scan))


def save_plan(request, scan: Scan, steps: list[str], goal: str, first_step: str, first_step_date: date) -> Plan:
    """Store the plan. A chosen step that follows from a sensitive answer is kept like that answer: encrypted in
    the plan with consent, otherwise only in this session. (Without any sensitive answer it gives nothing away.)"""
    sensitive = [code for code in steps if code in sensitive_step_codes()]
    if not _has_sensitive_answer(request, scan):
        sensitive = []
    with_consent = bool(scan.sensitive_answers)
    plan, _ = Plan.objects.update_or_create(
        scan=scan,
        defaults={
            "steps": [code for code in steps if code not in sensitive],
            "sensitive_steps": (sensitive or None) if with_consent else None,
            "goal": goal,
            "first_step": first_step,
            "first_step_date": first_step_date,
        },
    )
    _write_private(request, scan, "plan_steps", [] if with_consent else sensitive)
    return plan


def set_plan_goal(request, goal: str) -> bool:
    """Make `goal` the goal of this person's ontwikkelplan. Without a plan yet, the plan form offers it
    (``suggested_goal``) and False is returned: a plan also needs steps and a first step, which the person chooses."""
    scan = scan_for_request(request)
    plan = getattr(scan, "plan", None) if scan is not None else None
    if plan is None:
        request.session[SESSION_GOAL] = goal
        return False
    plan.goal = goal
    plan.save(update_fields=["goal", "updated_at"])
    return True


def suggested_goal(request) -> str:
    return request.session.get(SESSION_GOAL, "")


def chosen_steps(request, plan: Plan) -> list[str]:
    """Every step the person chose: stored plainly, stored with consent, and those only in this session."""
    private = _private(request, plan.scan, "plan_steps") or []
    return [*plan.steps, *(plan.sensitive_steps or []), *private]


def plan_steps(codes: list[str], advice: dict) -> list[dict]:
    """The chosen steps in the advice's order; a step the advice no longer gives is kept by its rule's text."""
    steps = [step for step in advice["steps"] if step["code"] in codes]
    advised = {step["code"] for step in steps}
    for code in codes:
        rule = load_rulebook().rule(code)
        if code not in advised and rule is not None and "title" in rule.output:
            steps.append({**rule.output, "source_notes": _source_notes(rule.output["sources"])})
    return steps


def first_steps(first: date, last: date) -> list[DatedStep]:
    """The first steps of saved plans dated from ``first`` to ``last``: a reminder before each and a check-in after
    it (registry ``dated_steps``). An anonymous plan has nobody to remind."""
    plans = Plan.objects.filter(
        scan__user__isnull=False, first_step_date__gte=first, first_step_date__lte=last
    ).select_related("scan__user")
    return [
        DatedStep(
            person=plan.scan.user,
            key=f"plan-{plan.pk}-eerste-stap",
            title=plan.first_step,
            date=plan.first_step_date,
            link_url=reverse("scan:plan"),
        )
        for plan in plans
    ]


def current_plan(person) -> Plan | None:
    """The person's ontwikkelplan: the one they changed last. This is the plan a coach or their employer sees."""
    return Plan.objects.filter(scan__user=person).select_related("scan").order_by("-updated_at").first()


def plan_steps_seen_by_others(plan: Plan, include_sensitive: bool) -> list[dict]:
    """The plan's steps as a coach or employer sees them, in the advice's order. The steps that follow from the
    sensitive answers only with that consent: the steps never give away what the person keeps private. Read from
    the rules, not the answers, so an answer that needs fixing never hides the plan."""
    codes = [*plan.steps, *((plan.sensitive_steps or []) if include_sensitive else [])]
    book = load_rulebook()
    rules = [rule for rule in book.steps if rule.code in codes]
    return [rule.output for rule in sorted(rules, key=lambda rule: rule.order)]


# --- sharing the plan with the employer ---------------------------------------------------------------------


def share_plan_with_employer(person) -> Consent:
    """The person lets their employer see their ontwikkelplan (only that), until they stop sharing it."""
    return accounts.share_with_employer(person, DataCategory.PLAN, source="ontwikkelplan")


def stop_sharing_plan(person) -> int:
    return accounts.stop_sharing_with_employer(person, DataCategory.PLAN)


def plan_sharing(person) -> Consent | None:
    return accounts.sharing_with_employer(person, DataCategory.PLAN)


def render_plan_pdf(context: dict) -> bytes:
    """The plan as a PDF (WeasyPrint), from the same data as the page."""
    from django.template.loader import render_to_string
    from weasyprint import HTML  # heavy: only when someone downloads a PDF

    html = render_to_string("scan/plan_pdf.html", context)
    return HTML(string=html).write_pdf()


# --- retention ----------------------------------------------------------------------------------------------


def delete_expired_scans(older_than_days: int) -> int:
    """Delete anonymous scans (and their plans) not changed for ``older_than_days`` days; return how many."""
    cutoff = timezone.now() - timedelta(days=older_than_days)
    expired = Scan.objects.filter(user__isnull=True, updated_at__lt=cutoff)
    count = expired.count()
    expired.delete()
    return count
