"""Example objects for the permission-matrix test: for each URL that carries an object, a function that makes (or
finds) one belonging to the subject of the test's world and returns the URL's parameters. Test material only."""


def _offer(world) -> dict:
    from wegwijzer.catalogue.models import Offer, Provider

    provider, _ = Provider.objects.get_or_create(code="matrix-aanbieder", defaults={"name": "Matrix Aanbieder"})
    offer, _ = Offer.objects.get_or_create(
        provider=provider,
        external_id="matrix-1",
        defaults={
            "kind": "cursus", "theme": "digitaal", "title": "Matrixcursus", "description": "Een cursus voor de test.",
            "delivery": "online", "schedule": "avond", "hours": 4, "weeks": 1, "price_cents": 0,
            "entry_level": "geen", "certificate": "geen",
        },
    )  # fmt: skip
    return {"pk": offer.pk}


def _subject(world) -> dict:
    return {"person_id": world.subject.pk}


EXAMPLES = {
    "accounts:withdraw_consent": lambda world: {"pk": world.coach_consent.pk},
    "coaching:person": _subject,
    "insight:person": _subject,
    "admin:app_list": lambda world: {"app_label": "accounts"},
    "catalogue:offer": _offer,
    "catalogue:review": _offer,
    "scan:question": lambda world: {"key": "werk"},
    "scan:resume_link": lambda world: {"code": "ABCD2345"},
}
