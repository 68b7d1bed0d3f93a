"""One full-text backend per database vendor, behind the same four operations.

- SQLite: an FTS5 table ``catalogue_offer_fts`` (rowid = offer id) holding Dutch stems made in Python (text.py).
- PostgreSQL: a narrow table ``catalogue_offer_words`` (offer id, the words of title and body, the title's words)
  as tsvectors built with the 'dutch' configuration, stripped of positions, each with a GIN index. Narrow because
  finding the ids of a common word (one offer in seven has "nederlands") visits the heap page of every match: in
  the wide offer table (about 5 rows a page) that read most of the table, here (about 25 a page) a quarter as much.
  With pg_trgm (migration 0011), words that find nothing are tried once more against the titles by trigram
  similarity, so that a typo ("heftruk") still finds "Heftruck rijden" (``similar``).
- Naive: icontains (LIKE/ILIKE) over title and description, without an index: the benchmark's baseline.

The index is written by the application (``search.index``), not by a trigger or generated column, because the
document also holds the provider's name and the ESCO labels, which live in other tables.
Relevance of the text is deliberately simple: offers whose title holds every word come first; the person's own
situation (relevance.py) orders within that. It is the same on every backend, and cheap on large result sets.
"""

import numpy as np
from django.db import connection
from django.db.models import BooleanField, Case, Q, Value, When
from django.db.models.expressions import RawSQL

from .text import normalise, stem, stemmed

FTS_TABLE = "catalogue_offer_fts"
WORDS_TABLE = "catalogue_offer_words"


class SqliteBackend:
    vendor = "sqlite"

    def install(self, cursor) -> None:
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(title, body, tokenize = 'unicode61')"
        )

    def uninstall(self, cursor) -> None:
        cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")

    def write(self, cursor, documents: list[tuple[int, str, str]]) -> None:
        self.delete(cursor, [offer_id for offer_id, _, _ in documents])
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (%s, %s, %s)",  # noqa: S608 - constant name
            [(offer_id, stemmed(title), stemmed(body)) for offer_id, title, body in documents],
        )

    def delete(self, cursor, offer_ids: list[int]) -> None:
        for start in range(0, len(offer_ids), 500):
            chunk = offer_ids[start : start + 500]
            marks = ",".join(["%s"] * len(chunk))
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", chunk)  # noqa: S608

    def _query(self, terms: list[str], column: str | None = None) -> str:
        # Every stem as a quoted prefix: stems are [a-z0-9]+ only, so nothing in them can be FTS5 syntax.
        expression = " AND ".join(f'"{stem(term)}"*' for term in terms)
        return f"{{{column}}} : ({expression})" if column else expression

    def _matches(self, query: str) -> RawSQL:
        return RawSQL(  # noqa: S611 - the query is a parameter
            f'"catalogue_offer"."id" IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)',  # noqa: S608
            [query],
            output_field=BooleanField(),
        )

    def match(self, terms: list[str]) -> RawSQL:
        return self._matches(self._query(terms))

    def title_hit(self, terms: list[str]):
        return Case(When(self._matches(self._query(terms, "title")), then=Value(1)), default=Value(0))

    def matches(self, cursor, terms: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The ids of the offers these words find, and of those whose title holds every word (see _ids)."""
        found = []
        for query in (self._query(terms), self._query(terms, "title")):
            cursor.execute(f"SELECT group_concat(rowid) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [query])  # noqa: S608
            found.append(_ids(cursor.fetchone()[0]))
        return found[0], found[1]


class PostgresBackend:
    vendor = "postgresql"

    def install(self, cursor) -> None:
        # No foreign key to the offer: Django's test flush truncates catalogue_offer alone; delete() keeps them in step.
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {WORDS_TABLE} "
            "(offer_id bigint PRIMARY KEY, words tsvector NOT NULL, title_words tsvector NOT NULL)"
        )
        # fastupdate off: an import's new entries go into the index at once, not into a pending list that every
        # search would read through until the next vacuum (it made searches during an import slow).
        for name, column in (("words", "words"), ("title", "title_words")):
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {WORDS_TABLE}_{name} ON {WORDS_TABLE} USING GIN ({column}) "
                "WITH (fastupdate = off)"
            )
            cursor.execute(f"ALTER INDEX {WORDS_TABLE}_{name} SET (fastupdate = off)")

    def uninstall(self, cursor) -> None:
        cursor.execute(f"DROP TABLE IF EXISTS {WORDS_TABLE}")

    def write(self, cursor, documents: list[tuple[int, str, str]]) -> None:
        for start in range(0, len(documents), 1000):
            chunk = documents[start : start + 1000]
            rows = ",".join(["(%s::bigint, %s, %s)"] * len(chunk))
            params = [
                value for offer_id, title, body in chunk for value in (offer_id, normalise(title), normalise(body))
            ]
            cursor.execute(
                f"INSERT INTO {WORDS_TABLE} (offer_id, words, title_words) "  # noqa: S608 - only placeholders pasted
                "SELECT v.id, strip(t.title || to_tsvector('dutch', v.body)), strip(t.title) "
                f"FROM (VALUES {rows}) AS v(id, title, body), "
                "LATERAL (SELECT to_tsvector('dutch', v.title) AS title) AS t "
                "ON CONFLICT (offer_id) DO UPDATE SET words = excluded.words, title_words = excluded.title_words",
                params,
            )

    def delete(self, cursor, offer_ids: list[int]) -> None:
        cursor.execute(f"DELETE FROM {WORDS_TABLE} WHERE offer_id = ANY(%s)", [offer_ids])  # noqa: S608

    def _query(self, terms: list[str]) -> str:
        # Terms are [a-z0-9]+ only (text.words), so they cannot carry tsquery syntax; 'dutch' stems each one.
        return " & ".join(f"{term}:*" for term in terms)

    def _matches(self, terms: list[str], column: str) -> RawSQL:
        return RawSQL(  # noqa: S611 - the query is a parameter
            f'"catalogue_offer"."id" IN (SELECT offer_id FROM {WORDS_TABLE} '  # noqa: S608 - constant names
            f"WHERE {column} @@ to_tsquery('dutch', %s))",
            [self._query(terms)],
            output_field=BooleanField(),
        )

    def match(self, terms: list[str]) -> RawSQL:
        return self._matches(terms, "words")

    def title_hit(self, terms: list[str]):
        return Case(When(self._matches(terms, "title_words"), then=Value(1)), default=Value(0))

    def matches(self, cursor, terms: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The ids of the offers these words find, and of those whose title holds every word (see _ids).

        One statement for both: on a busy server every round trip costs more than either query.
        """
        ids = "SELECT string_agg(offer_id::text, ',') FROM {table} WHERE {column} @@ to_tsquery('dutch', %s)"
        cursor.execute(
            f"SELECT ({ids.format(table=WORDS_TABLE, column='words')}), "
            f"({ids.format(table=WORDS_TABLE, column='title_words')})",
            [self._query(terms)] * 2,
        )
        found, in_title = cursor.fetchone()
        return _ids(found), _ids(in_title)

    def similar(self, cursor, terms: list[str]) -> np.ndarray:
        """The ids of the visible offers whose title holds a word like each of these (pg_trgm's word similarity,
        ``<%``, at its default threshold 0.6: "heftruk" is 0.75 like "Heftruck"); the GIN trigram index answers it."""
        like_every_term = " AND ".join(["%s <%% title"] * len(terms))
        cursor.execute(
            "SELECT string_agg(id::text, ',') FROM catalogue_offer "  # noqa: S608 - only placeholders pasted
            f"WHERE is_active AND {like_every_term}",
            terms,
        )
        return _ids(cursor.fetchone()[0])


def _ids(listed: str | None) -> np.ndarray:
    """Ids sent as one comma-separated text: tens of thousands cost more to send and convert one by one than to find."""
    return np.fromstring(listed, dtype=np.int64, sep=",") if listed else np.zeros(0, dtype=np.int64)


class NaiveBackend:
    """Substring search over every row, as a catalogue without a full-text index would do it."""

    vendor = "naive"

    def match(self, terms: list[str]) -> Q:
        condition = Q()
        for term in terms:
            condition &= Q(title__icontains=term) | Q(description__icontains=term)
        return condition

    def title_hit(self, terms: list[str]):
        condition = Q()
        for term in terms:
            condition &= Q(title__icontains=term)
        return Case(When(condition, then=Value(1)), default=Value(0))


BACKENDS = {backend.vendor: backend for backend in (SqliteBackend(), PostgresBackend())}


def backend_for(vendor: str | None = None):
    """The full-text backend of the default database (or of ``vendor``)."""
    vendor = vendor or connection.vendor
    try:
        return BACKENDS[vendor]
    except KeyError:
        raise NotImplementedError(f"Geen zoekindex voor database {vendor!r}; gebruik SQLite of PostgreSQL.") from None
