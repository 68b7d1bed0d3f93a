"""Keeping the full-text index and the catalogue's version token current: every write path ends here (signals for
single saves, bulk writers call it themselves)."""

import json
import uuid
from collections.abc import Iterable

from django.db import connection
from django.utils import translation

from ..models import CatalogueChange, CatalogueVersion, Offer
from ..vocab import Kind, Region, Theme
from .backends import backend_for

BATCH = 2000
MAX_LISTED = 20_000  # a larger change is not listed: snapshots rebuild in full (search.snapshot.MERGE_AT_MOST)
KEEP_CHANGES = 1000  # versions whose change lists are kept; a snapshot further behind rebuilds in full
PRUNE_EVERY = 100


# What document() reads: fetching only these keeps re-indexing a large import cheap.
DOCUMENT_FIELDS = ("title", "kind", "theme", "city", "region", "entry_requirements", "description", "provider__name")


def document(offer: Offer, concept_labels: Iterable[str]) -> tuple[int, str, str]:
    """What the index holds for one offer: the title apart (it weighs more), everything findable in the body.

    Call it with Dutch active (index_offers does), so that the labels are the Dutch words people search for."""
    parts = [
        offer.provider.name,
        # The enums' labels, not get_FOO_display(): that rebuilds the choices dict on every call (bulk imports).
        Kind(offer.kind).label,
        Theme(offer.theme).label,
        offer.city,
        Region(offer.region).label if offer.region else "",
        *concept_labels,
        offer.entry_requirements,
        offer.description,
    ]
    return offer.pk, offer.title, "\n".join(str(part) for part in parts if part)


def _concept_labels(offer_ids: list[int]) -> dict[int, list[str]]:
    """Offer id → the labels of its ESCO concepts, in one query."""
    labels = {}
    pairs = Offer.objects.filter(pk__in=offer_ids, esco_concepts__isnull=False).values_list(
        "pk", "esco_concepts__label"
    )
    for offer_id, label in pairs.order_by("esco_concepts__label"):
        labels.setdefault(offer_id, []).append(label)
    return labels


def index_offers(offer_ids: Iterable[int]) -> int:
    """(Re)write the index for these offers and make them one new catalogue version; returns how many were written.

    The one entry point for every write (with unindex_offers): call it once per batch, in the batch's transaction,
    with the batch's ids, so that app servers reload those offers once (search.snapshot).
    """
    ids = list(offer_ids)
    backend = backend_for()
    written = 0
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        offers = Offer.objects.filter(pk__in=chunk).select_related("provider").only(*DOCUMENT_FIELDS).order_by()
        labels = _concept_labels(chunk)
        with translation.override("nl"):
            documents = [document(offer, labels.get(offer.pk, ())) for offer in offers]
        with connection.cursor() as cursor:
            backend.write(cursor, documents)
        written += len(documents)
    if ids:
        catalogue_changed(ids)
    return written


def unindex_offers(offer_ids: Iterable[int]) -> None:
    ids = list(offer_ids)
    with connection.cursor() as cursor:
        backend_for().delete(cursor, ids)
    catalogue_changed(ids)


def catalogue_changed(offer_ids: list[int]) -> None:
    """A new catalogue version, in the writer's transaction: search snapshots built before it are stale (snapshot.py).

    The version row first, then the list of changed offers under its number. Updating the row locks it until the
    transaction ends, so concurrent writers take their numbers one after the other, in commit order, and a
    rolled-back number is taken again by the next writer (with another token). Written last in the transaction,
    after the offers, so concurrent writers wait for it only briefly.
    """
    token = uuid.uuid4().hex
    ids = sorted(set(offer_ids))
    version, change = CatalogueVersion._meta.db_table, CatalogueChange._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {version} (id, token, number) VALUES (1, %s, 1) "  # noqa: S608 - the models' tables
            f"ON CONFLICT (id) DO UPDATE SET token = excluded.token, number = {version}.number + 1 RETURNING number",
            [token],
        )
        number = cursor.fetchone()[0]
        cursor.execute(
            f"INSERT INTO {change} (number, token, offer_ids) VALUES (%s, %s, %s) "  # noqa: S608
            "ON CONFLICT (number) DO UPDATE SET token = excluded.token, offer_ids = excluded.offer_ids",
            [number, token, json.dumps(ids, separators=(",", ":")) if len(ids) <= MAX_LISTED else ""],
        )
        if number % PRUNE_EVERY == 0:
            cursor.execute(f"DELETE FROM {change} WHERE number <= %s", [number - KEEP_CHANGES])  # noqa: S608


def reindex_all() -> int:
    return index_offers(Offer.objects.values_list("pk", flat=True).order_by("pk"))
