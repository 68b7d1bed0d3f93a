"""The notifications' part of a person's data (accounts/privacy_hooks.py): their messages and their e-mail choice;
and the retention of old messages (``wegwijzer purge_expired``)."""

import datetime
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import services
from .models import Frequency, Message, Preference

LABELS = {
    "notifications": _("Berichten"),
    "berichten": _("Je berichten"),
    "hoe_vaak_email": _("Hoe vaak je een e-mail wilt"),
    "onderwerp": _("Onderwerp"),
    "tekst": _("Tekst"),
    "gelezen_op": _("Gelezen op"),
    "antwoord": _("Je antwoord"),
}


def export_personal_data(person) -> dict[str, Any]:
    return {
        "hoe_vaak_email": str(Frequency(services.frequency(person)).label),
        "berichten": [
            {
                "gemaakt_op": message.created_at.isoformat(),
                "onderwerp": message.subject,
                "tekst": message.body,
                "gelezen_op": message.read_at.isoformat() if message.read_at else None,
                "antwoord": message.get_answer_display() if message.answer else None,
            }
            for message in services.inbox(person)
        ],
    }


def delete_personal_data(person) -> None:
    Message.objects.filter(person=person).delete()
    Preference.objects.filter(person=person).delete()


def delete_old_messages(days: int) -> int:
    """Messages older than the retention period go; what they said mattered on their day."""
    removed, _by_model = Message.objects.filter(created_at__lt=timezone.now() - datetime.timedelta(days=days)).delete()
    return removed
