"""The catalogue's rows in the permission matrix (accounts/matrix.py): offers are public; rating needs an account;
providers change only their own offers (the API checks the provider's organisation, see api.py)."""

from wegwijzer.accounts.matrix import LOGGED_IN, PUBLIC, roles
from wegwijzer.accounts.models import Role

RULES = {
    "catalogue:list": PUBLIC,
    "catalogue:offer": PUBLIC,
    "catalogue:review": LOGGED_IN,
    "wegwijzer_catalogue_api_list_offers": PUBLIC,
    "wegwijzer_catalogue_api_get_offer": PUBLIC,
    "wegwijzer_catalogue_api_create_offer": roles(Role.AANBIEDER),
    "wegwijzer_catalogue_api_update_offer": roles(Role.AANBIEDER),
    "wegwijzer_catalogue_api_delete_offer": roles(Role.AANBIEDER),
}


def _offer(world) -> dict:
    from .models import Offer, Provider

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


EXAMPLES = {"catalogue:offer": _offer, "catalogue:review": _offer}
