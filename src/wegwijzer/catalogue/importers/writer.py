"""What every offer importer shares: checking a row against the database's limits, and writing valid rows in bulk.

Rows are written in batches, each batch in one transaction with a few bulk queries (bulk_create / bulk_update), and
then indexed with one call to ``index_offers``, so that the catalogue's version changes once per batch, not once per
row. Offers are matched on (provider, external_id), so importing the same file again changes nothing.
"""

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, cached_property

from django.db import DatabaseError, connection, models, transaction
from django.db.backends.base.operations import BaseDatabaseOperations
from django.utils import timezone
from tqdm import tqdm

from ..models import Offer, Payer, Provider
from ..schemas import OfferIn
from ..search.index import index_offers
from ..services import ImportReport

logger = logging.getLogger(__name__)

BATCH_SIZE = 1000
PAIRS_PER_QUERY = 400  # two parameters each, within SQLite's oldest limit of 999
Progress = Callable[..., tqdm]  # makes a progress bar: progress(total=..., desc=...)

# Model fields whose input has another name (OfferIn / CSV column).
INPUT_NAMES = {"price_cents": "price_euros", "is_active": "active"}
CONCEPT = Offer.esco_concepts.field.related_model
LINK = Offer.esco_concepts.through
LINK_OFFER = Offer.esco_concepts.field.m2m_field_name()
LINK_CONCEPT = Offer.esco_concepts.field.m2m_reverse_field_name()
PAYER_LINK = Offer.payers.through


@dataclass(frozen=True)
class Row:
    """One valid input row: where it was (for messages), its provider and its data."""

    where: str
    provider_code: str
    provider_name: str
    data: OfferIn

    @cached_property
    def values(self) -> dict:
        """The Offer's field values (OfferIn.model_fields_for_offer: the one mapping from input to model)."""
        return self.data.model_fields_for_offer()


@cache
def _limits(model: type[models.Model]) -> dict[str, tuple[int | None, int | None, int | None]]:
    """Field name → (max_length, lowest, highest number) as the database stores it."""
    limits = {}
    for field in model._meta.concrete_fields:
        low, high = BaseDatabaseOperations.integer_field_ranges.get(field.get_internal_type(), (None, None))
        limits[field.name] = (field.max_length, low, high)
    return limits


def limit_problems(model: type[models.Model], values: dict, prefix: str = "") -> list[tuple[str, str]]:
    """(field, Dutch sentence) for each value the database cannot store: NUL, too long, a number out of range.

    The integer ranges are Django's portable ones (PostgreSQL's), so a file that imports on SQLite also imports on
    PostgreSQL.
    """
    problems = []
    limits = _limits(model)
    for name, value in values.items():
        max_length, low, high = limits[name]
        where = prefix + INPUT_NAMES.get(name, name)
        if isinstance(value, str):
            if "\x00" in value:
                problems.append((where, "bevat een onzichtbaar teken (NUL) dat niet mag."))
            elif max_length and len(value) > max_length:
                problems.append((where, f"is te lang: hoogstens {max_length} tekens."))
        elif isinstance(value, int) and not isinstance(value, bool) and not _within(value, low, high):
            problems.append((where, "is een getal dat te groot of te klein is om te bewaren."))
    return problems


def _within(value: int, low: int | None, high: int | None) -> bool:
    return (low is None or value >= low) and (high is None or value <= high)


def provider_problems(code: str, name: str) -> list[tuple[str, str]]:
    return limit_problems(Provider, {"code": code, "name": name}, prefix="provider_")


def row_problems(row: Row) -> list[tuple[str, str]]:
    """What the database would refuse in a validated offer and its ESCO concepts (the provider is checked apart,
    once per file or row), named as the input names it."""
    problems = limit_problems(Offer, {"external_id": row.data.external_id, **row.values})
    for number, item in enumerate(row.data.esco):
        problems += limit_problems(CONCEPT, {"uri": item.uri, "label": item.label}, prefix=f"esco.{number}.")
    return problems


def quiet(*iterable, **options) -> tqdm:
    """No progress bar (tests, code that imports without a terminal)."""
    return tqdm(*iterable, disable=True, **options)


def write_rows(rows: list[Row], source: str, report: ImportReport, progress: Progress = quiet) -> None:
    """Write valid rows in batches; a batch the database refuses anyway is reported and the others still go in."""
    if not rows:
        return
    providers = _providers(rows)
    with progress(total=len(rows), desc="Opslaan") as bar:
        for start in range(0, len(rows), BATCH_SIZE):
            batch = rows[start : start + BATCH_SIZE]
            try:
                with transaction.atomic():
                    outcomes, written_ids = _write_batch(batch, providers, source)
                    index_offers(written_ids)
            except DatabaseError:
                logger.exception("Import: batch %s tot en met %s niet opgeslagen", batch[0].where, batch[-1].where)
                report.skip(
                    f"{batch[0].where} tot en met {batch[-1].where}: niet opgeslagen, de database weigerde deze "
                    "regels. Er is niets van deze regels veranderd; probeer het opnieuw of vraag de beheerder.",
                    rows=len(batch),
                )
            else:
                for outcome, count in outcomes.items():
                    report.add(outcome, count)
            bar.update(len(batch))


def _providers(rows: Iterable[Row]) -> dict[str, Provider]:
    """Every provider the rows name, by code; a new one is created with the name from its first row."""
    names = {}
    for row in rows:
        names.setdefault(row.provider_code, row.provider_name)
    new = [Provider(code=code, name=name) for code, name in names.items()]
    Provider.objects.bulk_create(new, ignore_conflicts=True)  # the known ones are left as they are
    return Provider.objects.in_bulk(list(names), field_name="code")


def _concept_ids(batch: list[Row]) -> dict[str, int]:
    """ESCO URI → concept id, creating the concepts not yet known (an existing concept keeps its label)."""
    wanted = {item.uri: item for row in batch for item in row.data.esco}
    if not wanted:
        return {}
    CONCEPT.objects.bulk_create(
        [CONCEPT(uri=item.uri, label=item.label, concept_type=item.concept_type) for item in wanted.values()],
        ignore_conflicts=True,
    )
    return dict(CONCEPT.objects.filter(uri__in=list(wanted)).values_list("uri", "pk"))


def _existing(batch: list[Row], providers: dict[str, Provider]) -> dict[tuple[int, str], Offer]:
    """The batch's offers that exist, by (provider id, external id).

    A join on a list of (provider, external id) pairs finds their ids with one lookup per pair on every database,
    also on a table that grew since its statistics (an OR of conditions per provider made PostgreSQL scan the whole
    table for every batch); the offers themselves then come by primary key."""
    pairs = [(providers[row.provider_code].pk, row.data.external_id) for row in batch]
    ids = []
    with connection.cursor() as cursor:
        for start in range(0, len(pairs), PAIRS_PER_QUERY):
            chunk = pairs[start : start + PAIRS_PER_QUERY]
            cursor.execute(
                f"SELECT o.id FROM {Offer._meta.db_table} o JOIN (VALUES {','.join(['(%s, %s)'] * len(chunk))}) v "  # noqa: S608 - the model's table and placeholders only
                "ON o.provider_id = v.column1 AND o.external_id = v.column2",
                [value for pair in chunk for value in pair],
            )
            ids += [offer_id for (offer_id,) in cursor.fetchall()]
    return {(offer.provider_id, offer.external_id): offer for offer in Offer.objects.filter(pk__in=ids).order_by()}


def _write_batch(batch: list[Row], providers: dict[str, Provider], source: str) -> tuple[dict[str, int], list[int]]:
    concept_ids = _concept_ids(batch)
    existing = _existing(batch, providers)
    linked = defaultdict(set)
    links = LINK.objects.filter(**{f"{LINK_OFFER}__in": [offer.pk for offer in existing.values()]})
    for offer_id, concept_id in links.values_list(LINK_OFFER, LINK_CONCEPT):
        linked[offer_id].add(concept_id)
    payer_ids = dict(Payer.objects.values_list("code", "pk"))
    paid_by = defaultdict(set)
    payer_links = PAYER_LINK.objects.filter(offer__in=[offer.pk for offer in existing.values()])
    for offer_id, payer_id in payer_links.values_list("offer_id", "payer_id"):
        paid_by[offer_id].add(payer_id)
    now = timezone.now()
    outcomes = {"created": 0, "updated": 0, "unchanged": 0}
    created, updated, concepts_of, payers_of, changed_fields = [], [], {}, {}, {"source", "updated_at"}
    for row in batch:
        provider = providers[row.provider_code]
        values = row.values
        concepts = {concept_ids[item.uri] for item in row.data.esco}
        payers = {payer_ids[code] for code in row.data.payers if code in payer_ids}  # OfferIn allows known codes only
        offer = existing.get((provider.pk, row.data.external_id))
        if offer is None:
            offer = Offer(provider=provider, external_id=row.data.external_id, source=source, **values)
            created.append(offer)
        elif (
            all(getattr(offer, name) == value for name, value in values.items())
            and linked[offer.pk] == concepts
            and paid_by[offer.pk] == payers
        ):
            outcomes["unchanged"] += 1
            continue
        else:
            for name, value in values.items():
                setattr(offer, name, value)
            offer.source, offer.updated_at = source, now
            changed_fields.update(values)
            updated.append(offer)
        concepts_of[id(offer)] = concepts
        payers_of[id(offer)] = payers
    Offer.objects.bulk_create(created)
    if updated:
        Offer.objects.bulk_update(updated, sorted(changed_fields))
        LINK.objects.filter(**{f"{LINK_OFFER}__in": [offer.pk for offer in updated]}).delete()
        PAYER_LINK.objects.filter(offer__in=[offer.pk for offer in updated]).delete()
    LINK.objects.bulk_create(
        LINK(**{f"{LINK_OFFER}_id": offer.pk, f"{LINK_CONCEPT}_id": concept_id})
        for offer in (*created, *updated)
        for concept_id in concepts_of[id(offer)]
    )
    PAYER_LINK.objects.bulk_create(
        PAYER_LINK(offer_id=offer.pk, payer_id=payer_id)
        for offer in (*created, *updated)
        for payer_id in payers_of[id(offer)]
    )
    outcomes["created"], outcomes["updated"] = len(created), len(updated)
    return outcomes, [offer.pk for offer in (*created, *updated)]
