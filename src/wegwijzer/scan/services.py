"""The scan's business logic: finding a person's scan, storing answers (sensitive ones only with consent),
turning answers into a Profiel and an Advies, the ontwikkelplan, and removing scans that expired.

A scan is found through the browser session (``scan_code``), a resume code, or, for a logged-in person, their
latest saved scan. A scan saved to an account opens only for that account, never by its code alone.
"""

import json
import re
import secrets
from dataclasses import dataclass
from datetime import date, timedelta

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from wegwijzer.accounts import services as accounts
from wegwijzer.accounts.fields import decrypt_text, encrypt_text
from wegwijzer.accounts.models import Consent, DataCategory
from wegwijzer.advice.engine import Profile, advise, load_rulebook, validate_profile

from .models import Plan, Scan
from .questions import Answers, Question, applicable, next_question, profile_data

SESSION_CODE = "scan_code"
SESSION_PRIVATE = "scan_private"
# No 0/O, 1/I/L or U: letters that are easy to mix up when a person reads the code aloud or types it over.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
CODE_LENGTH = 8
CODE_ATTEMPTS = 10  # wrong codes per address per window, against guessing
CODE_ATTEMPT_WINDOW = 15 * 60


class ScanNotFound(LookupError):
    """No scan with this code (mistyped, or expired and removed)."""


class ScanOfOtherAccount(PermissionError):
    """The scan is saved to an account; only that account may open it."""


# --- finding the scan ---------------------------------------------------------------------------------------


def normalise_code(raw: str) -> str:
    """A typed code without spaces or dashes, in capitals: 'abcd-efgh ' → 'ABCDEFGH'."""
    return re.sub(r"[^0-9A-Za-z]", "", raw or "").upper()


def _new_code() -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if not Scan.objects.filter(code=code).exists():
            return code


def _may_open(user, scan: Scan) -> bool:
    return scan.user_id is None or (user.is_authenticated and user.pk == scan.user_id)


def _remember(request, scan: Scan) -> None:
    if request.session.get(SESSION_CODE) != scan.code:
        request.session[SESSION_CODE] = scan.code
        request.session.pop(SESSION_PRIVATE, None)


def forget(request) -> None:
    """Start over: this browser no longer points at a scan (the scan itself stays, for its code)."""
    request.session.pop(SESSION_CODE, None)
    request.session.pop(SESSION_PRIVATE, None)


def start_scan(request) -> Scan:
    user = request.user if request.user.is_authenticated else None
    scan = Scan.objects.create(code=_new_code(), user=user)
    _remember(request, scan)
    return scan


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


def _attempts_key(request) -> str:
    return f"scan:code-attempts:{request.META.get('REMOTE_ADDR', '')}"


def too_many_code_attempts(request) -> bool:
    return cache.get(_attempts_key(request), 0) >= CODE_ATTEMPTS


def open_by_code(request, raw_code: str) -> Scan:
    """Resume a scan by its code; raises ScanNotFound or ScanOfOtherAccount."""
    code = normalise_code(raw_code)
    scan = Scan.objects.filter(code=code).first() if len(code) == CODE_LENGTH else None
    if scan is None:
        key = _attempts_key(request)
        cache.add(key, 0, CODE_ATTEMPT_WINDOW)
        cache.incr(key)
        raise ScanNotFound(code)
    if not _may_open(request.user, scan):
        raise ScanOfOtherAccount(code)
    _remember(request, scan)
    return scan


def attach_to_user(scan: Scan, user) -> None:
    """Save an anonymous scan to the person's account: from now on only they can open it."""
    if scan.user_id not in (None, user.pk):
        raise ScanOfOtherAccount(scan.code)
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


def _private_answers(request, scan: Scan) -> Answers:
    """Sensitive answers given without consent: only in this browser session, encrypted, never in the scan."""
    stored = request.session.get(SESSION_PRIVATE)
    if not stored or stored.get("code") != scan.code:
        return {}
    return json.loads(decrypt_text(stored["token"]))


def _write_private(request, scan: Scan, private: Answers) -> None:
    if private:
        request.session[SESSION_PRIVATE] = {"code": scan.code, "token": encrypt_text(json.dumps(private))}
        request.session.set_expiry(0)  # gone when the browser closes
    else:
        request.session.pop(SESSION_PRIVATE, None)


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
        if locked.completed_at is None and next_question(all_answers(request, locked), question) is None:
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
    _write_private(request, scan, private)


def sensitive_status(request, scan: Scan) -> str | None:
    """'bewaard' when sensitive answers are stored with consent, 'alleen_nu' when only this session has them."""
    if scan.sensitive_answers:
        return "bewaard"
    if _private_answers(request, scan):
        return "alleen_nu"
    return None


def give_consent(request, scan: Scan) -> None:
    """The person agrees after all: move this session's sensitive answers into the scan, encrypted."""
    private = _private_answers(request, scan)
    if not private:
        return
    scan.sensitive_answers = {**(scan.sensitive_answers or {}), **private}
    scan.sensitive_consent_at = timezone.now()
    scan.sensitive_consent_withdrawn_at = None
    scan.save()
    _write_private(request, scan, {})
    _record_account_consent(scan)


def withdraw_consent(request, scan: Scan) -> None:
    """Withdrawing consent deletes the sensitive answers, stored or in this session, and records when.
    In an account it withdraws the account's consent, which deletes them from every scan of the person."""
    scan.sensitive_answers = None
    scan.sensitive_consent_at = None
    scan.sensitive_consent_withdrawn_at = timezone.now()
    scan.save()
    _write_private(request, scan, {})
    if scan.user_id:
        active = Consent.objects.filter(
            person_id=scan.user_id, subject=Consent.Subject.SENSITIVE_ANSWERS, withdrawn_at__isnull=True
        )
        for consent in active:
            accounts.withdraw_consent(consent)


def readable_answers(answers: Answers, include_sensitive: bool) -> dict[str, object]:
    """The answers as a person (or their coach) reads them: question → the chosen words, in scan order."""
    readable: dict[str, object] = {}
    for question in applicable(answers):
        if question.key not in answers or (question.sensitive and not include_sensitive):
            continue
        value = answers[question.key]
        labels = {option.value: str(option.label) for option in question.options}
        shown: object
        if value is None:
            shown = str(question.skip_label or "")
        elif isinstance(value, list):
            shown = [labels.get(item, item) for item in value]
        else:
            shown = labels.get(str(value), value)
        readable[str(question.text)] = shown
    return readable


# --- profile and advice -------------------------------------------------------------------------------------


def profile_for(request, scan: Scan) -> Profile:
    return validate_profile(profile_data(all_answers(request, scan)))


def current_profile(request) -> Profile | None:
    """The Profiel of this person's current scan: the session's, or the latest saved one when logged in."""
    scan = session_scan(request)
    if scan is None and request.user.is_authenticated:
        scan = request.user.scans.first()
    return profile_for(request, scan) if scan is not None else None


@dataclass(frozen=True)
class SourceNote:
    title: str
    where: str


def _source_notes(sources: list[str]) -> list[SourceNote]:
    """'panteia-2019 §8.3 L1645-1653' → the report's title and 'hoofdstuk 8.3, regel 1645-1653'."""
    book = load_rulebook()
    notes = []
    for source in sources:
        key, _, where = source.partition(" ")
        where = re.sub(r"§", "hoofdstuk ", where)
        where = re.sub(r"\bL(\d)", r"regel \1", where)
        notes.append(SourceNote(book.sources[key].title, where.replace(" regel", ", regel").strip()))
    return notes


def advice_for(request, scan: Scan) -> dict:
    """The Advies for this scan, with each step's research sources ready to show."""
    advice = advise(profile_for(request, scan))
    for step in advice["steps"]:
        step["source_notes"] = _source_notes(step["sources"])
    return advice


# --- the ontwikkelplan --------------------------------------------------------------------------------------


def save_plan(scan: Scan, steps: list[str], goal: str, first_step: str, first_step_date: date) -> Plan:
    plan, _ = Plan.objects.update_or_create(
        scan=scan,
        defaults={"steps": steps, "goal": goal, "first_step": first_step, "first_step_date": first_step_date},
    )
    return plan


def plan_steps(plan: Plan, advice: dict, *, keep_unadvised: bool = True) -> list[dict]:
    """The chosen steps in the advice's order; a step the advice no longer gives is kept by its rule's text
    (unless keep_unadvised is False)."""
    by_code = {step["code"]: step for step in advice["steps"]}
    steps = [by_code[code] for code in plan.steps if code in by_code]
    for code in plan.steps if keep_unadvised else ():
        rule = load_rulebook().rule(code)
        if code not in by_code and rule is not None and "title" in rule.output:
            steps.append({**rule.output, "source_notes": _source_notes(rule.output["sources"])})
    return steps


def current_plan(person) -> Plan | None:
    """The person's ontwikkelplan: the one they changed last. This is the plan a coach or their employer sees."""
    return Plan.objects.filter(scan__user=person).select_related("scan").order_by("-updated_at").first()


def plan_steps_seen_by_others(plan: Plan, include_sensitive: bool) -> list[dict]:
    """The plan's steps as a coach or employer sees them. Without the sensitive answers, a step that only those
    answers lead to (e.g. help with debts) stays out: the steps never give away what the person keeps private."""
    scan = plan.scan
    answers = {**scan.answers, **(scan.sensitive_answers or {})} if include_sensitive else scan.answers
    advice = advise(validate_profile(profile_data(answers)))
    return plan_steps(plan, advice, keep_unadvised=include_sensitive)


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
