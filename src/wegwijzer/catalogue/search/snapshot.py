"""The facet columns of every visible offer as small numpy arrays, to count filter values and rank matches fast.

Why: a search page counts about 80 filter values and orders all matches by the person's relevance. In SQL that
means reading every matched (wide) row several times: hundreds of milliseconds for a common word in a national
catalogue. Over these arrays it is a few milliseconds; the database only finds the matching ids (full-text index)
and fetches the page's 20 offers.

The filters and relevance features stay Django Q objects (filters.py, relevance.py); ``Snapshot.mask`` evaluates
the same Q over the arrays, so there is one definition of every filter.

It is a cache, so app servers stay stateless: each search reads the catalogue's version (models.CatalogueVersion,
written in the same transaction as every change, see index.py). When it differs from the snapshot's, the search
goes on with the snapshot it has and one background thread per process refreshes it: it reloads only the offers
that the missed versions changed (models.CatalogueChange) and merges them into the arrays, or rebuilds in full
when the change list is gone or too long. A full build of 200,000 offers takes seconds, so it is never done on a
search's time, except the first one of a process: that search waits, as do the ones arriving meanwhile, because
the alternative (counting in SQL) costs each of them about as long and loads the database many times over.
The version is read before the offers, so a snapshot is never older than its version; a change that commits in
between is only reloaded once more. Reloading an offer is idempotent: its row is replaced by what it is now.

A stale snapshot counts with the offers as they were; the page is fetched with the filters as they are now
(service.InMemory.page), so it never shows an offer that is gone or no longer fits.
"""

import json
import logging
import os
import threading
from dataclasses import dataclass
from functools import reduce

import numpy as np
from django.conf import settings
from django.db import connection, connections
from django.db.models import Q

from ..models import CatalogueChange, CatalogueVersion, Offer, PaidBy, Payer

CODED = ("kind", "theme", "delivery", "schedule", "region", "entry_level", "nlqf", "language", "certificate")
NUMBERS = ("hours", "price_cents")
FLAGS = ("exam", "language_support")
NAMES = (*CODED, *NUMBERS, *FLAGS)
PAID_BY = "paid_by:"  # + a payer's code: one boolean column per payer, from the offers' payer links
IDS = ("pk", "id")  # a filter on offer ids (the occupation filter's offers) reads the ids themselves
COMPARISONS = {"exact": np.equal, "lte": np.less_equal, "in": np.isin}
MERGE_AT_MOST = 0.25  # a larger share of the offers changed: a full build reads the table once, which is cheaper
LOAD_CHUNK = 5000  # ids per query when reloading changed offers (SQLite's limit on parameters)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Version:
    number: int
    token: str | None


@dataclass(frozen=True)
class Snapshot:
    version: Version
    ids: np.ndarray  # ascending offer ids; a row is a position in this array
    columns: dict[str, np.ndarray]
    codes: dict[str, dict[str, int]]  # per coded column: value → small integer; never changed once published
    payers: tuple[tuple[str, str], ...]  # (code, name) of every payer, in order: the options of "betaler"

    def __len__(self) -> int:
        return len(self.ids)

    def rows_of(self, offer_ids) -> np.ndarray:
        """The rows of these offers, ascending; ids the snapshot does not hold (inactive, just added) are left out."""
        wanted = np.asarray(offer_ids, dtype=np.int64)
        if not len(self) or not len(wanted):
            return np.zeros(0, dtype=np.int64)
        rows = np.minimum(np.searchsorted(self.ids, wanted), len(self) - 1)
        held = np.zeros(len(self), dtype=bool)  # a mask, not a sort: the database gives ids in any order
        held[rows[self.ids[rows] == wanted]] = True
        return np.flatnonzero(held)

    def take(self, rows: np.ndarray) -> "Snapshot":
        """Only these rows, in this order."""
        columns = {name: column[rows] for name, column in self.columns.items()}
        return Snapshot(self.version, self.ids[rows], columns, self.codes, self.payers)

    def mask(self, q: Q) -> np.ndarray:
        """Which rows satisfy q (AND/OR/NOT of exact, lte and in lookups on the columns above or the ids, and
        PaidBy)."""
        parts = [self._part(child) for child in q.children]
        combine = np.logical_and if q.connector == Q.AND else np.logical_or
        result = reduce(combine, parts) if parts else np.ones(len(self), dtype=bool)
        return ~result if q.negated else result

    def _part(self, child) -> np.ndarray:
        if isinstance(child, Q):
            return self.mask(child)
        if isinstance(child, PaidBy):  # a payer added after this snapshot was made has no column: no offer had it
            return self.columns.get(PAID_BY + child.code, np.zeros(len(self), dtype=bool))
        return self._lookup(*child)

    def _lookup(self, lookup: str, value) -> np.ndarray:
        name, _, operator = lookup.partition("__")
        compare = COMPARISONS.get(operator or "exact")
        column = self.ids if name in IDS else self.columns.get(name)
        if column is None or compare is None:
            raise ValueError(f"The search snapshot cannot evaluate the lookup {lookup!r}; add it in snapshot.py.")
        if name in self.codes:  # str(): TextChoices members hash by name, not by value
            codes = self.codes[name]
            value = [codes.get(str(item), -1) for item in value] if operator == "in" else codes.get(str(value), -1)
        return compare(column, value)


def _encode(values: list[str], codes: dict[str, int]) -> np.ndarray:
    return np.fromiter((codes.setdefault(value, len(codes)) for value in values), dtype=np.int16, count=len(values))


def _parts(offers, offer_ids: list[int] | None, pk: str = "pk") -> list:
    """The query in chunks of ids (SQLite's limit on parameters), or whole."""
    if offer_ids is None:
        return [offers]
    chunks = (offer_ids[start : start + LOAD_CHUNK] for start in range(0, len(offer_ids), LOAD_CHUNK))
    return [offers.filter(**{f"{pk}__in": chunk}) for chunk in chunks]


def _fetch(parts: list, *names: str) -> list[tuple]:
    rows = []
    with connection.cursor() as cursor:  # raw rows: Django's per-row conversion would add half the build time
        for part in parts:
            cursor.execute(*part.values_list(*names).query.sql_with_params())
            rows += cursor.fetchall()
    return rows


def _load(offer_ids: list[int] | None = None) -> tuple[list[tuple], list[tuple]]:
    """The facet columns of the visible offers (of these ids only, if given), ordered by id; and their payers as
    (offer id, payer code) rows: one query for all offers, not one per offer."""
    offers = Offer.objects.filter(is_active=True).order_by("pk")
    links = Offer.payers.through.objects.filter(offer__is_active=True).order_by()
    rows = _fetch(_parts(offers, offer_ids), "pk", *NAMES)
    return rows, _fetch(_parts(links, offer_ids, "offer_id"), "offer_id", "payer__code")


def _arrays(loaded: tuple[list[tuple], list[tuple]], codes: dict[str, dict[str, int]], payers) -> tuple:
    """Offer ids and columns from raw rows, a column per payer; new coded values are added to ``codes``."""
    rows, payer_links = loaded
    values = dict(zip(("pk", *NAMES), zip(*rows, strict=True), strict=True)) if rows else {}
    ids = np.array(values.get("pk", ()), dtype=np.int64)
    columns = {name: _encode(values.get(name, ()), codes[name]) for name in CODED}
    columns |= {name: np.array(values.get(name, ()), dtype=np.int64) for name in NUMBERS}
    columns |= {name: np.array(values.get(name, ()), dtype=bool) for name in FLAGS}
    links = np.array(payer_links, dtype=object).reshape(-1, 2)  # (offer id, payer code)
    for code, _name in payers:
        columns[PAID_BY + code] = np.isin(ids, links[links[:, 1] == code, 0].astype(np.int64))
    return ids, columns


def build(version: Version) -> Snapshot:
    codes = {name: {} for name in CODED}
    payers = _payers()
    ids, columns = _arrays(_load(), codes, payers)
    return Snapshot(version, ids, columns, codes, payers)


def _payers() -> tuple[tuple[str, str], ...]:
    """Every payer, also one no offer names yet (a Payer change makes a new catalogue version: signals.py)."""
    return tuple(Payer.objects.values_list("code", "name"))


def merged(old: Snapshot, version: Version, changed: np.ndarray) -> Snapshot:
    """``old`` with the rows of these offers replaced by what they are now (gone if no longer visible)."""
    codes = {name: dict(values) for name, values in old.codes.items()}  # a copy: searches still read the old one
    payers = _payers()
    new_ids, new_columns = _arrays(_load(changed.tolist()), codes, payers)
    kept = ~np.isin(old.ids, changed)
    ids = np.concatenate([old.ids[kept], new_ids])
    order = np.argsort(ids, kind="stable")
    columns = {name: np.concatenate([_column(old, name)[kept], column])[order] for name, column in new_columns.items()}
    return Snapshot(version, ids[order], columns, codes, payers)


def _column(snapshot: Snapshot, name: str) -> np.ndarray:
    """A column of the snapshot; that of a payer added since is all False (no offer named it then)."""
    return snapshot.columns.get(name, np.zeros(len(snapshot), dtype=bool))


def current_version() -> Version:
    with connection.cursor() as cursor:  # raw: this runs on every search
        cursor.execute(f"SELECT number, token FROM {CatalogueVersion._meta.db_table} WHERE id = 1")  # noqa: S608
        row = cursor.fetchone()
    return Version(*row) if row else Version(0, None)


def changed_since(old: Version, new: Version) -> np.ndarray | None:
    """The ids of the offers changed after version ``old`` up to ``new``; None if that cannot be told.

    It cannot when the change list was pruned, when a version was not listed (too large), or when ``old`` itself
    never committed (a snapshot built inside a transaction that rolled back): its row is missing or has another
    token.
    """
    if new == old:
        return np.zeros(0, dtype=np.int64)
    if new.number <= old.number or (old.number == 0 and old.token is not None):
        return None
    first = max(old.number, 1)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT number, token, offer_ids FROM {CatalogueChange._meta.db_table} "  # noqa: S608 - model's table
            "WHERE number BETWEEN %s AND %s ORDER BY number",
            [first, new.number],
        )
        rows = cursor.fetchall()
    numbers = [number for number, _, _ in rows]
    tokens = {number: token for number, token, _ in rows}
    if numbers != list(range(first, new.number + 1)) or tokens[new.number] != new.token:
        return None
    if old.number and tokens[old.number] != old.token:
        return None
    lists = [offer_ids for number, _, offer_ids in rows if number > old.number]
    if not all(lists):
        return None
    return np.unique(np.concatenate([np.array(json.loads(ids), dtype=np.int64) for ids in lists]))


def refreshed(old: Snapshot | None) -> tuple[Snapshot, str]:
    """The snapshot of the catalogue as it is now, and how it was made: "current", "merged" or "rebuilt"."""
    version = current_version()
    if old is not None and old.version == version:
        return old, "current"
    if old is not None:
        changed = changed_since(old.version, version)
        if changed is not None and len(changed) <= MERGE_AT_MOST * max(len(old), 1):
            return merged(old, version, changed), "merged"
    return build(version), "rebuilt"


@dataclass
class Stats:
    """What this process's snapshot did: the benchmark reports it, and it tells whether searches waited."""

    waited: int = 0  # searches that waited for a snapshot to be made (the first of a process; every stale one inline)
    stale: int = 0  # searches answered with the previous snapshot while it was being refreshed
    merged: int = 0  # refreshes that reloaded only the changed offers
    rebuilt: int = 0  # full builds
    failed: int = 0  # refreshes that failed (logged); searches go on with the previous snapshot


class _Catalogue:
    """The snapshot of one database in this process, and the one thread that may be refreshing it."""

    def __init__(self):
        self.snapshot: Snapshot | None = None
        self.stats = Stats()
        self._renew_locks()

    def _renew_locks(self) -> None:
        self._refreshing = threading.Lock()  # held while a snapshot is made, by a search or the thread
        self._starting = threading.Lock()
        self._thread: threading.Thread | None = None

    def get(self, version: Version) -> Snapshot:
        snapshot = self.snapshot
        if snapshot is not None and snapshot.version == version:
            return snapshot
        if snapshot is None or not settings.WEGWIJZER_SNAPSHOT_IN_BACKGROUND:
            self.stats.waited += 1
            with self._refreshing:
                return self._refresh()
        self.stats.stale += 1
        self._start_thread()
        return snapshot

    def _refresh(self) -> Snapshot:
        self.snapshot, how = refreshed(self.snapshot)
        if how != "current":
            setattr(self.stats, how, getattr(self.stats, how) + 1)
        return self.snapshot

    def _start_thread(self) -> None:
        with self._starting:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._refresh_in_background, name="catalogue-snapshot")
                self._thread.daemon = True  # a refresh is never worth delaying a worker's exit
                self._thread.start()

    def _refresh_in_background(self) -> None:
        try:
            with self._refreshing:
                self._refresh()
        except Exception:
            self.stats.failed += 1
            logger.exception("Refreshing the catalogue search snapshot failed; searches use the previous one.")
        finally:
            connections.close_all()  # this thread's own connections; Django opened them for it

    def after_fork(self) -> None:
        """In a forked child (gunicorn's workers) the parent's threads are gone, and a lock one held stays held."""
        self._renew_locks()


_catalogues: dict[str, _Catalogue] = {}  # per database (settings NAME), this process only
_catalogues_lock = threading.Lock()


def _catalogue() -> _Catalogue:
    key = str(connection.settings_dict["NAME"])
    with _catalogues_lock:
        return _catalogues.setdefault(key, _Catalogue())


def current() -> Snapshot:
    """A snapshot of the catalogue: the current one, or while that is being made, the previous one (see above)."""
    return _catalogue().get(current_version())


def wait_until_current(timeout: float = 60.0) -> Snapshot:
    """Wait for the refresh that is running, if any, and make the snapshot current (for tests and warm-ups)."""
    catalogue = _catalogue()
    with catalogue._starting:
        thread = catalogue._thread
    if thread is not None:
        thread.join(timeout)
    with catalogue._refreshing:
        return catalogue._refresh()


def stats() -> Stats:
    return _catalogue().stats


def _after_fork_in_child() -> None:
    global _catalogues_lock
    _catalogues_lock = threading.Lock()
    for catalogue in _catalogues.values():
        catalogue.after_fork()


os.register_at_fork(after_in_child=_after_fork_in_child)
