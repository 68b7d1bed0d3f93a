"""One full-text backend per database vendor, behind the same four operations.

- SQLite: an FTS5 table ``catalogue_offer_fts`` (rowid = offer id) holding Dutch stems made in Python (text.py).
- PostgreSQL: a ``search_vector`` tsvector column on ``catalogue_offer`` with a GIN index, built with the 'dutch'
  configuration; title words get weight A, so "the title has every word" is a cheap index question.
- Naive: icontains (LIKE/ILIKE) over title and description, without an index: the benchmark's baseline.

The index is written by the application (``search.index``), not by a trigger or generated column, because the
document also holds the provider's name and the ESCO labels, which live in other tables.
Relevance of the text is deliberately simple: offers whose title holds every word come first; the person's own
situation (relevance.py) orders within that. It is the same on every backend, and cheap on large result sets.
"""

from django.db import connection
from django.db.models import BooleanField, Case, Q, Value, When
from django.db.models.expressions import RawSQL

from .text import normalise, stem, stemmed

FTS_TABLE = "catalogue_offer_fts"
TITLE_LEXEMES = "ts_filter(search_vector, '{a}')"  # the title's words (weight A), indexed apart on PostgreSQL


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

    def matches(self, cursor, terms: list[str]) -> tuple[list[int], list[int]]:
        """The ids of the offers these words find, and of those whose title holds every word."""
        found = []
        for query in (self._query(terms), self._query(terms, "title")):
            cursor.execute(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [query])  # noqa: S608
            found.append([row[0] for row in cursor.fetchall()])
        return found[0], found[1]


class PostgresBackend:
    vendor = "postgresql"

    def install(self, cursor) -> None:
        cursor.execute("ALTER TABLE catalogue_offer ADD COLUMN IF NOT EXISTS search_vector tsvector")
        cursor.execute(
            "CREATE INDEX IF NOT EXISTS catalogue_offer_search_vector ON catalogue_offer USING GIN (search_vector)"
        )
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS catalogue_offer_title_lexemes ON catalogue_offer USING GIN ({TITLE_LEXEMES})"
        )

    def uninstall(self, cursor) -> None:
        cursor.execute("DROP INDEX IF EXISTS catalogue_offer_title_lexemes")
        cursor.execute("DROP INDEX IF EXISTS catalogue_offer_search_vector")
        cursor.execute("ALTER TABLE catalogue_offer DROP COLUMN IF EXISTS search_vector")

    def write(self, cursor, documents: list[tuple[int, str, str]]) -> None:
        for start in range(0, len(documents), 1000):
            chunk = documents[start : start + 1000]
            rows = ",".join(["(%s::bigint, %s, %s)"] * len(chunk))
            params = [
                value for offer_id, title, body in chunk for value in (offer_id, normalise(title), normalise(body))
            ]
            cursor.execute(
                "UPDATE catalogue_offer AS o SET search_vector = "  # noqa: S608 - only placeholders are pasted
                "setweight(to_tsvector('dutch', v.title), 'A') || setweight(to_tsvector('dutch', v.body), 'B') "
                f"FROM (VALUES {rows}) AS v(id, title, body) WHERE o.id = v.id",
                params,
            )

    def delete(self, cursor, offer_ids: list[int]) -> None:
        """The vector is a column of the offer's own row: it goes when the row goes."""

    def _query(self, terms: list[str], weight: str = "") -> str:
        # Terms are [a-z0-9]+ only (text.words), so they cannot carry tsquery syntax; 'dutch' stems each one.
        return " & ".join(f"{term}:*{weight}" for term in terms)

    def _matches(self, query: str) -> RawSQL:
        return RawSQL(
            '"catalogue_offer"."search_vector" @@ to_tsquery(\'dutch\', %s)', [query], output_field=BooleanField()
        )

    def match(self, terms: list[str]) -> RawSQL:
        return self._matches(self._query(terms))

    def title_hit(self, terms: list[str]):
        return Case(When(self._matches(self._query(terms, "A")), then=Value(1)), default=Value(0))

    def matches(self, cursor, terms: list[str]) -> tuple[list[int], list[int]]:
        """The ids of the offers these words find, and of those whose title holds every word.

        One array per query: thousands of rows cost more to send than to find. The title query uses the index on
        the title's lexemes; asking the whole vector for weight A would read and unpack every matched vector.
        """
        query = self._query(terms)
        found = []
        for condition in ("search_vector", TITLE_LEXEMES):
            cursor.execute(
                f"SELECT array_agg(id) FROM catalogue_offer WHERE {condition} @@ to_tsquery('dutch', %s)",  # noqa: S608
                [query],
            )
            found.append(cursor.fetchone()[0] or [])
        return found[0], found[1]


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
