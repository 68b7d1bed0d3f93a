"""The demo participant's inbox: a reminder before a step and a question how an earlier step went, as the daily
jobs would write them (the step is an example)."""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from wegwijzer.accounts.models import User
from wegwijzer.core.registry import DatedStep

from . import services


def load() -> str:
    if not settings.WEGWIJZER_DEMO:
        return "overgeslagen: geen demomodus"
    person = User.objects.filter(username="demo-deelnemer").first()
    if person is None:
        return "overgeslagen: de demo-accounts ontbreken"
    today = timezone.localdate()
    services.remind(_step(person, "demo-volgende-stap", "Voorbeeld: vraag je teamleider om een gesprek", today, 2))
    services.check_in(_step(person, "demo-eerste-stap", "Voorbeeld: bel het leerwerkloket", today, -3))
    return "2 voorbeeldberichten voor demo-deelnemer"


def _step(person, key: str, title: str, today: datetime.date, days: int) -> DatedStep:
    return DatedStep(person, key, title, today + datetime.timedelta(days=days), reverse("accounts:mine"))
