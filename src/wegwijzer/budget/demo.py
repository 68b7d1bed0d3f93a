"""Demo data: the demo participant gets an ontwikkelbudget from the demo employer, and the employer has a code to offer
one to others. Example data, no real money."""

import datetime

from django.conf import settings
from django.utils import timezone

from wegwijzer.accounts.models import Organisation, User
from wegwijzer.catalogue.vocab import Kind

from .models import Budget, GrantLink
from .services import grant

DEMO_AMOUNT_CENTS = 150_000  # Voorbeeld: an amount for the demo, not a real scheme's
DEMO_KEY = "demo-ontwikkelbudget"
DEMO_CODE = "LEERBUDGET"  # the demo employer's code; in the alphabet of real codes, so it can be typed as one


def load() -> str:
    if not settings.WEGWIJZER_DEMO:
        return "overgeslagen: geen demomodus"
    person = User.objects.filter(username="demo-deelnemer").first()
    employer = Organisation.objects.filter(name="Zorggroep Demodam", kind=Organisation.Kind.WERKGEVER).first()
    if person is None or employer is None:
        return "overgeslagen: de demo-accounts ontbreken"
    today = timezone.localdate()
    budget = Budget(
        person=person,
        grantor=employer,
        name="Voorbeeld: leerbudget van Zorggroep Demodam",
        valid_from=today.replace(month=1, day=1),
        valid_until=today.replace(month=12, day=31) + datetime.timedelta(days=365),
        offer_kinds=[Kind.OPLEIDING, Kind.CURSUS, Kind.TRAINING, Kind.E_LEARNING],
        is_example=True,
    )
    _, created = grant(budget, DEMO_AMOUNT_CENTS, actor=None, reason="Voorbeeld voor de demo", key=DEMO_KEY)
    GrantLink.objects.get_or_create(
        code=DEMO_CODE,
        defaults={
            "grantor": employer,
            "name": budget.name,
            "amount_cents": DEMO_AMOUNT_CENTS,
            "places": 20,
            "valid_from": budget.valid_from,
            "valid_until": budget.valid_until,
            "offer_kinds": budget.offer_kinds,
        },
    )
    return f"1 voorbeeld-ontwikkelbudget{'' if created else ' (bestond al)'} en de code {DEMO_CODE}"
