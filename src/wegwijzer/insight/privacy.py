"""Insight's part of a person's data (accounts/privacy_hooks.py): only that they filled in the learning-climate
survey in a quarter. Their answers are not theirs to export or delete: nothing links an answer to them."""

from typing import Any

from django.utils.translation import gettext_lazy as _

from .models import ClimateParticipation

LABELS = {
    "insight": _("Inzicht"),
    "vragenlijst_leerklimaat_ingevuld": _("Vragenlijst over leren op je werk ingevuld (kwartaal)"),
}


def export_personal_data(person) -> dict[str, Any]:
    quarters = ClimateParticipation.objects.filter(person=person).order_by("quarter").values_list("quarter", flat=True)
    return {"vragenlijst_leerklimaat_ingevuld": list(quarters)}


def delete_personal_data(person) -> None:
    ClimateParticipation.objects.filter(person=person).delete()
