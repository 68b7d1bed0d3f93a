"""The coaching records in the person's export, what a coach sees of the shared plan, and deleting them.

A private note is private towards the person's screen, not towards the person's right to see their own data: the
export holds every note about the person, marked private or shared (the note form tells the coach so)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy

from wegwijzer.accounts.models import DataCategory
from wegwijzer.accounts.services import has_access

from .models import Contact, Invitation, Note, PlanChange, PlanStep, Referral
from .services import plan_steps

# "aanbod" and "wanneer" are labelled by the catalogue and accounts already.
LABELS = {
    "coaching": gettext_lazy("Begeleiding door je coach"),
    "gesprekken": gettext_lazy("Gesprekken"),
    "notities": gettext_lazy("Notities"),
    "verwijzingen": gettext_lazy("Verwijzingen"),
    "stappen": gettext_lazy("Stappen in het gedeelde plan"),
    "geschiedenis": gettext_lazy("Wijzigingen in het plan"),
    "datum": gettext_lazy("Datum"),
    "soort": gettext_lazy("Soort"),
    "onderwerp": gettext_lazy("Onderwerp"),
    "begeleiding": gettext_lazy("Soort begeleiding"),
    "tekst": gettext_lazy("Tekst"),
    "gedeeld": gettext_lazy("Gedeeld met jou"),
    "hulp": gettext_lazy("Soort hulp"),
    "aangekomen": gettext_lazy("Aangekomen?"),
    "wie": gettext_lazy("Wie doet het"),
    "betaald_met": gettext_lazy("Betaald met"),
    "gedaan": gettext_lazy("Gedaan"),
}


def _local_day(moment) -> str:
    """The day as the person lived it: a note written at 00:30 in Amsterdam is 23:30 UTC the day before."""
    return timezone.localdate(moment).isoformat()


def _steps(person) -> list[dict]:
    return [
        {
            "tekst": step.text,
            "wie": str(step.get_owner_display()),
            "datum": step.due.isoformat(),
            "aanbod": step.offer_choice.title if step.offer_choice else step.offer_text,
            "betaald_met": step.funding_choice.title if step.funding_choice else step.funding_text,
            "gedaan": _local_day(step.done_at) if step.done_at else "",
        }
        for step in plan_steps(person)
    ]


def export_personal_data(person) -> dict:
    return {
        "gesprekken": [
            {"datum": c.date.isoformat(), "soort": str(c.get_kind_display()), "onderwerp": c.topic,
             "begeleiding": str(c.get_tag_display())}
            for c in Contact.objects.filter(person=person)
        ],
        "notities": [
            {"datum": _local_day(n.created_at), "tekst": n.text, "gedeeld": n.shared}
            for n in Note.objects.filter(person=person)
        ],
        "verwijzingen": [
            {"datum": _local_day(r.consent_at), "hulp": str(r.get_service_display()),
             "aangekomen": str(r.get_arrived_display())}
            for r in Referral.objects.filter(person=person)
        ],
        "stappen": _steps(person),
        "geschiedenis": [
            {"wanneer": change.at.isoformat(timespec="minutes"), "tekst": change.text}
            for change in PlanChange.objects.filter(person=person)
        ],
    }  # fmt: skip


def shared_data(person, viewer) -> dict:
    """A coach with the person's consent sees the steps of the shared plan (also in "Zo ziet je coach je
    gegevens"); conversations and notes are on the coach's own file page."""
    if not has_access(viewer, person, DataCategory.OVERVIEW):
        return {}
    steps = _steps(person)
    return {"stappen": steps} if steps else {}


def delete_personal_data(person) -> None:
    for model in (Note, Referral, Contact, PlanStep, PlanChange):
        model.objects.filter(person=person).delete()
    Invitation.objects.filter(accepted_by=person).delete()
