"""Demo data: the demo participant gives the demo coach access, the coach looked once, and an example intake with
a shared note, a next appointment and two steps of a shared plan, each marked "Voorbeeld" (accounts' demo
accounts must exist; coaching comes after accounts in INSTALLED_APPS, so its loader runs later)."""

import datetime

from django.conf import settings
from django.utils import timezone

from wegwijzer.accounts.models import Role, User
from wegwijzer.accounts.services import log_access

from .models import Contact, PlanStep
from .services import add_step, grant_access, record_contact


def load() -> str:
    if not settings.WEGWIJZER_DEMO:
        return "overgeslagen: geen demomodus"
    person = User.objects.filter(username="demo-deelnemer", role=Role.DEELNEMER).first()
    coach = User.objects.filter(username="demo-coach", role=Role.COACH).first()
    if person is None or coach is None:
        return "overgeslagen: geen demo-accounts"
    if not person.consents.exists():
        grant_access(person, coach)
        log_access(coach, person, "overzicht", "Voorbereiding van ons gesprek op dinsdag.")
    if not Contact.objects.filter(person=person).exists():
        _example_work_together(person, coach)
    return "demo-coach kijkt mee met demo-deelnemer (met een voorbeeldgesprek en -plan)"


def _example_work_together(person: User, coach: User) -> None:
    today = timezone.localdate()
    record_contact(
        coach, person, date=today - datetime.timedelta(days=7), kind=Contact.Kind.INTAKE,
        topic="Voorbeeld: kennismaking, wat Sanne nodig heeft", tag=Contact.Tag.AMPLITIEF,
        note="Voorbeeld: Sanne wordt blij van mensen helpen. Ze wil weten welke opleiding in de zorg past.",
        note_shared=True, referral_service="taalhuis",
    )  # fmt: skip
    Contact.objects.create(
        coach=coach, person=person, date=today + datetime.timedelta(days=14), kind=Contact.Kind.FOLLOW_UP,
        topic="Voorbeeld: hoe ging de open dag?", tag=Contact.Tag.AMPLITIEF,
    )  # fmt: skip
    add_step(person, coach, text="Voorbeeld: naar de open dag van het ROC", owner=PlanStep.Owner.PERSON,
             due=today + datetime.timedelta(days=10))  # fmt: skip
    add_step(person, coach, text="Voorbeeld: uitzoeken welk geld er is voor de opleiding", owner=PlanStep.Owner.COACH,
             due=today + datetime.timedelta(days=5))  # fmt: skip
