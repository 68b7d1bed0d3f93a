"""Insight's part of a person's data (accounts/privacy_hooks.py): that they filled in the learning-climate survey in
a quarter (the answers themselves are not theirs to export or delete: nothing links an answer to them), and their
own preparation for the ontwikkelgesprek, which an employer sees only while the person shares it."""

from typing import Any

from django.utils.translation import gettext_lazy as _

from wegwijzer.accounts.services import has_access

from .models import CONVERSATION, ClimateParticipation, ConversationPrep

LABELS = {
    "insight": _("Inzicht"),
    "vragenlijst_leerklimaat_ingevuld": _("Vragenlijst over leren op je werk ingevuld (kwartaal)"),
    "voorbereiding_ontwikkelgesprek": _("Voorbereiding ontwikkelgesprek"),
    "wat_goed_gaat": _("Wat goed gaat"),
    "wat_ik_graag_leer": _("Wat ik graag nog leer"),
    "waar_ik_tegenaan_loop": _("Waar ik tegenaan loop"),
    "wat_ik_nodig_heb": _("Wat ik nodig heb"),
    "wat_ik_wil_afspreken": _("Wat ik wil vragen of afspreken"),
    "gewijzigd_op": _("Laatst gewijzigd op"),
}


def _prep(person) -> dict[str, Any] | None:
    prep = ConversationPrep.objects.filter(person=person).first()
    if prep is None:
        return None
    return {
        "wat_goed_gaat": prep.going_well,
        "wat_ik_graag_leer": prep.want_to_learn,
        "waar_ik_tegenaan_loop": prep.running_into,
        "wat_ik_nodig_heb": prep.needs,
        "wat_ik_wil_afspreken": prep.to_agree,
        "gewijzigd_op": prep.updated_at.isoformat(),
    }


def export_personal_data(person) -> dict[str, Any]:
    quarters = ClimateParticipation.objects.filter(person=person).order_by("quarter").values_list("quarter", flat=True)
    return {"vragenlijst_leerklimaat_ingevuld": list(quarters), "voorbereiding_ontwikkelgesprek": _prep(person)}


def delete_personal_data(person) -> None:
    ClimateParticipation.objects.filter(person=person).delete()
    ConversationPrep.objects.filter(person=person).delete()


def shared_data(person, viewer) -> dict:
    """The preparation for the ontwikkelgesprek, for an employer the person shares it with; else nothing."""
    prep = _prep(person) if has_access(viewer, person, CONVERSATION) else None
    return {"voorbereiding_ontwikkelgesprek": prep} if prep else {}
