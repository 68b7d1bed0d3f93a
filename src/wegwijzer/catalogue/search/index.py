"""Keeping the full-text index current: every write path ends here (signals for single saves, bulk for imports)."""

from collections.abc import Iterable

from django.db import connection
from django.utils import translation

from ..models import Offer
from .backends import backend_for

BATCH = 2000


def document(offer: Offer) -> tuple[int, str, str]:
    """What the index holds for one offer: the title apart (it weighs more), everything findable in the body."""
    with translation.override("nl"):
        parts = [
            offer.provider.name,
            offer.get_kind_display(),
            offer.get_theme_display(),
            offer.city,
            offer.get_region_display(),
            *(concept.label for concept in offer.esco_concepts.all()),
            offer.entry_requirements,
            offer.description,
        ]
    return offer.pk, offer.title, "\n".join(str(part) for part in parts if part)


def index_offers(offer_ids: Iterable[int]) -> int:
    """(Re)write the index for these offers; returns how many were written."""
    ids = list(offer_ids)
    backend = backend_for()
    written = 0
    for start in range(0, len(ids), BATCH):
        offers = (
            Offer.objects.filter(pk__in=ids[start : start + BATCH])
            .select_related("provider")
            .prefetch_related("esco_concepts")
        )
        documents = [document(offer) for offer in offers]
        with connection.cursor() as cursor:
            backend.write(cursor, documents)
        written += len(documents)
    return written


def unindex_offers(offer_ids: Iterable[int]) -> None:
    with connection.cursor() as cursor:
        backend_for().delete(cursor, list(offer_ids))


def reindex_all() -> int:
    return index_offers(Offer.objects.values_list("pk", flat=True).order_by("pk"))
