"""Personal data the scan app keeps about a user, for the AVG export and for deleting an account.

Anonymous scans hold no user; they expire (services.delete_expired_scans). A scan saved to an account belongs
to that user, with its answers, any sensitive answers given with consent, and the ontwikkelplan (with the steps
that follow from sensitive answers, kept under the same consent).
"""

from django.utils.translation import gettext as _

from wegwijzer.accounts.models import DataCategory
from wegwijzer.accounts.services import has_access
from wegwijzer.advice.engine import advise

from .models import Plan, Scan
from .services import StoredAnswerInvalid, current_plan, plan_steps_seen_by_others, profile_of, readable_answers


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def _plan(scan: Scan) -> dict | None:
    plan = getattr(scan, "plan", None)
    if plan is None:
        return None
    return {
        "steps": plan.steps,
        "sensitive_steps": plan.sensitive_steps,
        "goal": plan.goal,
        "first_step": plan.first_step,
        "first_step_date": plan.first_step_date.isoformat(),
        "created_at": _iso(plan.created_at),
        "updated_at": _iso(plan.updated_at),
    }


def export_personal_data(user) -> dict:
    """Everything this app stores about ``user``, as JSON-ready data."""
    scans = Scan.objects.filter(user=user).select_related("plan").order_by("created_at")
    return {
        "scans": [
            {
                "answers": scan.answers,
                "sensitive_answers": scan.sensitive_answers,
                "sensitive_consent_at": _iso(scan.sensitive_consent_at),
                "sensitive_consent_withdrawn_at": _iso(scan.sensitive_consent_withdrawn_at),
                "created_at": _iso(scan.created_at),
                "updated_at": _iso(scan.updated_at),
                "completed_at": _iso(scan.completed_at),
                "plan": _plan(scan),
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


def shared_data(person, viewer) -> dict:
    """What a coach or employer sees, part by part, as far as the person allowed (accounts.services.has_access):

    - "loopbaanscan" (a coach): the latest scan's answers, what goes well and the steps of the advice. Answers
      about money, health and worries at home, and what follows from them, only when the person allowed that.
    - "ontwikkelplan" (a coach, or an employer the person shared it with): goal, first step and its date, and the
      titles of the chosen steps; a step that only sensitive answers lead to stays out without that consent.
    """
    shared = {}
    sensitive = has_access(viewer, person, DataCategory.SENSITIVE)
    scan = Scan.objects.filter(user=person).first()
    if scan is not None and has_access(viewer, person, DataCategory.SCAN):
        answers = {**scan.answers, **(scan.sensitive_answers or {})} if sensitive else scan.answers
        try:
            advice = advise(profile_of(answers))
        except StoredAnswerInvalid:
            shared["loopbaanscan"] = {
                "ingevuld_op": _iso(scan.completed_at or scan.updated_at),
                "let_op": _("Een antwoord in deze scan klopt niet. De persoon moet dat eerst zelf verbeteren."),
            }
        else:
            shared["loopbaanscan"] = {
                "ingevuld_op": _iso(scan.completed_at or scan.updated_at),
                "antwoorden": readable_answers(answers, include_sensitive=sensitive),
                "wat_al_goed_gaat": [strength["why"] for strength in advice["strengths"]],
                "stappen_in_het_advies": [step["title"] for step in advice["steps"]],
            }
    plan = current_plan(person)
    if plan is not None and has_access(viewer, person, DataCategory.PLAN):
        shared["ontwikkelplan"] = {
            "doel": plan.goal,
            "eerste_stap": plan.first_step,
            "datum_eerste_stap": plan.first_step_date.isoformat(),
            "gekozen_stappen": [step["title"] for step in plan_steps_seen_by_others(plan, sensitive)],
        }
    return shared
