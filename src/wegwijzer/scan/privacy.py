"""Personal data the scan app keeps about a user, for the AVG export and for deleting an account, and what a coach
or employer sees of it.

Anonymous scans hold no user; they expire (services.delete_expired_scans). A scan saved to an account belongs
to that user, with its answers, any sensitive answers given with consent, and the ontwikkelplan (with the steps
that follow from sensitive answers, kept under the same consent).

Both the export and what others see are written for people: question texts and the chosen answers, step titles,
in the language of the page (the keys stay Dutch words, so the JSON export stays readable for a program; LABELS
says how each key reads on a page).
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wegwijzer.accounts.models import DataCategory
from wegwijzer.accounts.services import has_access
from wegwijzer.advice.engine import Profile, advise, load_rulebook

from .models import Plan, Scan
from .services import (
    StoredAnswerInvalid,
    current_plan,
    plan_steps,
    plan_steps_seen_by_others,
    profile_of,
    readable_answers,
    sensitive_step_codes,
)

LABELS = {
    "scan": gettext_lazy("Loopbaan en leren"),
    "scans": gettext_lazy("Je scans"),
    "loopbaanscan": gettext_lazy("Loopbaanscan"),
    "ontwikkelplan": gettext_lazy("Ontwikkelplan"),
    "antwoorden": gettext_lazy("Antwoorden"),
    "gevoelige_antwoorden_bewaard_sinds": gettext_lazy("Antwoord over zorgen bewaard sinds"),
    "gevoelige_antwoorden_gewist_op": gettext_lazy("Antwoord over zorgen gewist op"),
    "begonnen_op": gettext_lazy("Begonnen op"),
    "gewijzigd_op": gettext_lazy("Laatst gewijzigd op"),
    "ingevuld_op": gettext_lazy("Ingevuld op"),
    "gemaakt_op": gettext_lazy("Gemaakt op"),
    "wat_al_goed_gaat": gettext_lazy("Wat al goed gaat"),
    "stappen_in_het_advies": gettext_lazy("Stappen in het advies"),
    "waarom_deze_stappen": gettext_lazy("Waarom deze stappen"),
    "stap": gettext_lazy("Stap"),
    "let_op": gettext_lazy("Let op"),
    "doel": gettext_lazy("Doel"),
    "eerste_stap": gettext_lazy("Eerste stap"),
    "datum_eerste_stap": gettext_lazy("Datum van de eerste stap"),
    "gekozen_stappen": gettext_lazy("Gekozen stappen"),
}


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def _titles(steps: list[dict]) -> list[str]:
    return [_(step["title"]) for step in steps]


def _own_plan(scan: Scan) -> dict | None:
    """The plan as its owner reads it: every stored step by its title, those from sensitive answers included."""
    plan = getattr(scan, "plan", None)
    if plan is None:
        return None
    return {
        "doel": plan.goal,
        "eerste_stap": plan.first_step,
        "datum_eerste_stap": plan.first_step_date.isoformat(),
        "gekozen_stappen": _titles(plan_steps_seen_by_others(plan, include_sensitive=True)),
        "gemaakt_op": _iso(plan.created_at),
        "gewijzigd_op": _iso(plan.updated_at),
    }


def export_personal_data(user) -> dict:
    """Everything this app stores about ``user``: the answers as question and chosen words, the plan's steps by
    their titles (no keys or codes), dates as ISO text (the pages show them for people)."""
    scans = Scan.objects.filter(user=user).select_related("plan").order_by("created_at")
    return {
        "scans": [
            {
                "antwoorden": readable_answers(_stored_answers(scan), include_sensitive=True),
                "gevoelige_antwoorden_bewaard_sinds": _iso(scan.sensitive_consent_at),
                "gevoelige_antwoorden_gewist_op": _iso(scan.sensitive_consent_withdrawn_at),
                "begonnen_op": _iso(scan.created_at),
                "gewijzigd_op": _iso(scan.updated_at),
                "ingevuld_op": _iso(scan.completed_at),
                "ontwikkelplan": _own_plan(scan),
            }
            for scan in scans
        ]
    }


def delete_personal_data(user) -> None:
    """Delete the user's scans and their plans."""
    Scan.objects.filter(user=user).delete()


def on_consent_withdrawn(consent) -> None:
    """The person withdrew, in their account, the consent to keep sensitive answers: delete them, and the plan
    steps that follow from them, from every scan."""
    if consent.subject == "sensitive_answers":
        Scan.objects.filter(user=consent.person, sensitive_answers__isnull=False).update(
            sensitive_answers=None, sensitive_consent_at=None, sensitive_consent_withdrawn_at=consent.withdrawn_at
        )
        Plan.objects.filter(scan__user=consent.person, sensitive_steps__isnull=False).update(sensitive_steps=None)


def _stored_answers(scan: Scan) -> dict:
    return {**scan.answers, **(scan.sensitive_answers or {})}


def advice_seen_by_others(scan: Scan, include_sensitive: bool) -> dict:
    """The person's own advice (from every stored answer), as a coach sees it. Without the sensitive consent the
    steps that follow from sensitive answers are left out and the others numbered on, so that nothing shows a step
    was there. The advice is not computed again without those answers: that would be other advice than the one the
    person reads, and the two could not talk about one plan. Raises StoredAnswerInvalid."""
    advice = advise(profile_of(_stored_answers(scan)))
    if not include_sensitive and scan.sensitive_answers:
        kept = [step for step in advice["steps"] if step["code"] not in sensitive_step_codes()]
        if not kept:  # the engine never gives empty advice (it falls back), so neither does what others see
            kept = [dict(rule.output) for rule in load_rulebook().steps if rule.fallback]
        advice["steps"] = [{**step, "rank": rank} for rank, step in enumerate(kept, start=1)]
    return advice


def profile_seen_by_others(scan: Scan, include_sensitive: bool) -> Profile:
    """The Profiel as someone else may see it: without the sensitive answers unless the person allowed that viewer
    them, because what follows from an answer (say, a scheme for people with little money) is as sensitive as the
    answer itself. Raises StoredAnswerInvalid."""
    return profile_of(_stored_answers(scan) if include_sensitive else scan.answers)


def _advice_or_none(scan: Scan | None, include_sensitive: bool) -> dict | None:
    """The advice a coach sees, or None without a scan or when a stored answer needs fixing."""
    try:
        return advice_seen_by_others(scan, include_sensitive) if scan is not None else None
    except StoredAnswerInvalid:
        return None


def _plan_seen_by_others(plan: Plan, advice: dict | None, include_sensitive: bool) -> list[dict]:
    """The plan's steps in the order the person sees them (their advice's), without those from sensitive answers
    unless the viewer may see them. Without advice (an answer needs fixing) in the rules' order."""
    if advice is None:
        return plan_steps_seen_by_others(plan, include_sensitive)
    codes = [*plan.steps, *((plan.sensitive_steps or []) if include_sensitive else [])]
    return plan_steps(codes, advice)


def shared_data(person, viewer) -> dict:
    """What a coach or employer sees, part by part, as far as the person allowed (accounts.services.has_access):

    - "loopbaanscan" (a coach): the latest scan's answers, what goes well and the steps of the person's advice,
      each with its reason as the person reads it.
      Answers about money, health and worries at home, and the steps that follow from them, only when the person
      allowed that; without it those are simply not there (advice_seen_by_others).
    - "ontwikkelplan" (a coach, or an employer the person shared it with): goal, first step and its date, and the
      titles of the chosen steps in the person's order; a step that follows from sensitive answers stays out
      without that consent.
    """
    shared = {}
    sensitive = has_access(viewer, person, DataCategory.SENSITIVE)
    scan = Scan.objects.filter(user=person).first()
    advice = _advice_or_none(scan, sensitive)
    plan = current_plan(person)
    if scan is not None and has_access(viewer, person, DataCategory.SCAN):
        shared["loopbaanscan"] = {"ingevuld_op": _iso(scan.completed_at or scan.updated_at)}
        if advice is None:
            shared["loopbaanscan"]["let_op"] = _(
                "Een antwoord in deze scan klopt niet. De persoon moet dat eerst zelf verbeteren."
            )
        else:
            shared["loopbaanscan"] |= {
                "antwoorden": readable_answers(_stored_answers(scan), include_sensitive=sensitive),
                "wat_al_goed_gaat": [_(strength["why"]) for strength in advice["strengths"]],
                "stappen_in_het_advies": _titles(advice["steps"]),
                # The reasons as the person reads them on their advice page (the coach's file, issue 15).
                "waarom_deze_stappen": [
                    {"stap": _(step["title"]), "waarom": _(step["why"])} for step in advice["steps"]
                ],
            }
    if plan is not None and has_access(viewer, person, DataCategory.PLAN):
        plan_advice = advice if plan.scan_id == getattr(scan, "pk", None) else _advice_or_none(plan.scan, sensitive)
        shared["ontwikkelplan"] = {
            "doel": plan.goal,
            "eerste_stap": plan.first_step,
            "datum_eerste_stap": plan.first_step_date.isoformat(),
            "gekozen_stappen": _titles(_plan_seen_by_others(plan, plan_advice, sensitive)),
        }
    return shared
