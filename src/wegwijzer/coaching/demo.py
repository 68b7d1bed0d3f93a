"""Demo data: the demo participant gives the demo coach access, and the coach looked once (accounts' demo
accounts must exist; coaching comes after accounts in INSTALLED_APPS, so its loader runs later)."""

from django.conf import settings

from wegwijzer.accounts.models import Role, User
from wegwijzer.accounts.services import log_access

from .services import grant_access


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
    return "demo-coach kijkt mee met demo-deelnemer"
