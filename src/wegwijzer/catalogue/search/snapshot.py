"""The facet columns of every visible offer as small numpy arrays, to count filter values and rank matches fast.

Why: a search page counts about 80 filter values and orders all matches by the person's relevance. In SQL that
means reading every matched (wide) row several times: hundreds of milliseconds for a common word in a national
catalogue. Over these arrays it is a few milliseconds; the database only finds the matching ids (full-text index)
and fetches the page's 20 offers.

The filters and relevance features stay Django Q objects (filters.py, relevance.py); ``Snapshot.mask`` evaluates
the same Q over the arrays, so there is one definition of every filter.

It is a cache, so app servers stay stateless: each search reads the catalogue's version token (models.
CatalogueVersion, written in the same transaction as every change, see index.py) and rebuilds the snapshot when
the token differs from the one it was built at. The token is read before the offers, so a snapshot is never older
than its token; a change that commits in between only makes the next search rebuild once more.
"""

import threading
from dataclasses import dataclass
from functools import reduce

import numpy as np
from django.db import connection
from django.db.models import Q

from ..models import CatalogueVersion, Offer
from ..vocab import PAYER_FIELDS

CODED = ("kind", "theme", "delivery", "schedule", "region", "entry_level", "nlqf", "language", "certificate")
NUMBERS = ("hours", "price_cents")
FLAGS = ("exam", "language_support", *PAYER_FIELDS.values())
COMPARISONS = {"exact": np.equal, "lte": np.less_equal, "in": np.isin}


@dataclass(frozen=True)
class Snapshot:
    token: str | None
    ids: np.ndarray  # ascending offer ids; a row is a position in this array
    columns: dict[str, np.ndarray]
    codes: dict[str, dict[str, int]]  # per coded column: value → small integer

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
        return Snapshot(self.token, self.ids[rows], columns, self.codes)

    def mask(self, q: Q) -> np.ndarray:
        """Which rows satisfy q (AND/OR/NOT of exact, lte and in lookups on the columns above)."""
        parts = [self.mask(child) if isinstance(child, Q) else self._lookup(*child) for child in q.children]
        combine = np.logical_and if q.connector == Q.AND else np.logical_or
        result = reduce(combine, parts) if parts else np.ones(len(self), dtype=bool)
        return ~result if q.negated else result

    def _lookup(self, lookup: str, value) -> np.ndarray:
        name, _, operator = lookup.partition("__")
        compare = COMPARISONS.get(operator or "exact")
        if name not in self.columns or compare is None:
            raise ValueError(f"The search snapshot cannot evaluate the lookup {lookup!r}; add it in snapshot.py.")
        if name in self.codes:  # str(): TextChoices members hash by name, not by value
            codes = self.codes[name]
            value = [codes.get(str(item), -1) for item in value] if operator == "in" else codes.get(str(value), -1)
        return compare(self.columns[name], value)


def _encode(values: list[str], codes: dict[str, int]) -> np.ndarray:
    return np.fromiter((codes.setdefault(value, len(codes)) for value in values), dtype=np.int16, count=len(values))


def build(token: str | None) -> Snapshot:
    names = (*CODED, *NUMBERS, *FLAGS)
    query = Offer.objects.filter(is_active=True).order_by("pk").values_list("pk", *names).query
    with connection.cursor() as cursor:  # raw rows: Django's per-row conversion would add half the build time
        cursor.execute(*query.sql_with_params())
        rows = cursor.fetchall()
    values = dict(zip(("pk", *names), zip(*rows, strict=True), strict=True)) if rows else {}
    codes = {name: {} for name in CODED}
    columns = {name: _encode(values.get(name, ()), codes[name]) for name in CODED}
    columns |= {name: np.array(values.get(name, ()), dtype=np.int64) for name in NUMBERS}
    columns |= {name: np.array(values.get(name, ()), dtype=bool) for name in FLAGS}
    return Snapshot(token, np.array(values.get("pk", ()), dtype=np.int64), columns, codes)


def current_token() -> str | None:
    with connection.cursor() as cursor:  # raw: this runs on every search
        cursor.execute(f"SELECT token FROM {CatalogueVersion._meta.db_table} WHERE id = 1")  # noqa: S608
        row = cursor.fetchone()
    return row[0] if row else None


_cache: dict[str, Snapshot] = {}  # per database (settings NAME), this process only
_building = threading.Lock()


def current() -> Snapshot:
    """The snapshot of the catalogue as it is now, rebuilt if an offer changed since it was built."""
    key = str(connection.settings_dict["NAME"])
    token = current_token()
    snapshot = _cache.get(key)
    if snapshot is None or snapshot.token != token:
        with _building:
            snapshot = _cache.get(key)
            if snapshot is None or snapshot.token != token:
                snapshot = _cache[key] = build(token)
    return snapshot
