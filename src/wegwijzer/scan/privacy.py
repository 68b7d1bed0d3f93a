"""Personal data the scan app keeps about a user, for the AVG export and for deleting an account.

Anonymous scans hold no user; they expire (services.delete_expired_scans). A scan saved to an account belongs
to that user, with its answers, any sensitive answers given with consent, and the ontwikkelplan.
"""

from wegwijzer.accounts.models import DataCategory
from wegwijzer.accounts.services import has_access
from wegwijzer.advice.engine import advise, validate_profile

from .models import Scan
from .questions import profile_data
from .services import plan_steps, readable_answers


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def _plan(scan: Scan) -> dict | None:
    plan = getattr(scan, "plan", None)
    if plan is None:
        return None
    return {
        "steps": plan.steps,
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
                "code": scan.display_code,
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
    """The person withdrew, in their account, the consent to keep sensitive answers: delete them from every scan."""
    if consent.subject == "sensitive_answers":
        Scan.objects.filter(user=consent.person, sensitive_answers__isnull=False).update(
            sensitive_answers=None, sensitive_consent_at=None, sensitive_consent_withdrawn_at=consent.withdrawn_at
        )


def shared_data(person, viewer) -> dict:
    """What a coach (or other viewer) sees of the person's latest scan, part by part, as far as allowed."""
    scan = Scan.objects.filter(user=person).select_related("plan").first()
    if scan is None:
        return {}
    sensitive = has_access(viewer, person, DataCategory.SENSITIVE)
    answers = {**scan.answers, **(scan.sensitive_answers or {})} if sensitive else scan.answers
    advice = advise(validate_profile(profile_data(answers)))
    shared = {}
    if has_access(viewer, person, DataCategory.SCAN):
        shared["loopbaanscan"] = {
            "ingevuld_op": _iso(scan.completed_at or scan.updated_at),
            "antwoorden": readable_answers(answers, include_sensitive=sensitive),
            "wat_al_goed_gaat": [strength["why"] for strength in advice["strengths"]],
            "stappen_in_het_advies": [step["title"] for step in advice["steps"]],
        }
    plan = getattr(scan, "plan", None)
    if plan is not None and has_access(viewer, person, DataCategory.PLAN):
        shared["ontwikkelplan"] = {
            "doel": plan.goal,
            "eerste_stap": plan.first_step,
            "datum_eerste_stap": plan.first_step_date.isoformat(),
            "gekozen_stappen": [step["title"] for step in plan_steps(plan, advice)],
        }
    return shared
