"""PostgreSQL: the full-text index moves from a tsvector column on the (wide) offer table to a narrow table of its
own (search/backends.py says why), filled from the column before that is dropped. SQLite: nothing changes."""

from django.db import migrations

OLD_INDEXES = ("catalogue_offer_title_lexemes", "catalogue_offer_search_vector")


def has_old_column(cursor) -> bool:
    cursor.execute(
        "SELECT 1 FROM information_schema.columns WHERE table_name = 'catalogue_offer' AND column_name = 'search_vector'"
    )
    return cursor.fetchone() is not None


def forwards(apps, schema_editor):
    from wegwijzer.catalogue.search.backends import WORDS_TABLE, backend_for

    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        backend_for("postgresql").install(cursor)
        if has_old_column(cursor):
            cursor.execute(
                f"INSERT INTO {WORDS_TABLE} (offer_id, words, title_words) "  # noqa: S608 - constant name
                "SELECT id, strip(search_vector), strip(ts_filter(search_vector, '{a}')) FROM catalogue_offer "
                "WHERE search_vector IS NOT NULL ON CONFLICT (offer_id) DO NOTHING"
            )
            for index in OLD_INDEXES:
                cursor.execute(f"DROP INDEX IF EXISTS {index}")
            cursor.execute("ALTER TABLE catalogue_offer DROP COLUMN search_vector")


def backwards(apps, schema_editor):
    """The column again, filled from the table (positions were not kept; the title's words get weight A again)."""
    from wegwijzer.catalogue.search.backends import WORDS_TABLE

    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("ALTER TABLE catalogue_offer ADD COLUMN IF NOT EXISTS search_vector tsvector")
        cursor.execute(
            "UPDATE catalogue_offer AS o SET search_vector = setweight(w.title_words, 'A') || w.words "  # noqa: S608
            f"FROM {WORDS_TABLE} AS w WHERE w.offer_id = o.id"
        )
        cursor.execute(
            "CREATE INDEX IF NOT EXISTS catalogue_offer_search_vector ON catalogue_offer USING GIN (search_vector)"
        )
        cursor.execute(
            "CREATE INDEX IF NOT EXISTS catalogue_offer_title_lexemes ON catalogue_offer "
            "USING GIN (ts_filter(search_vector, '{a}'))"
        )
        cursor.execute(f"DROP TABLE {WORDS_TABLE}")


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0006_catalogue_changes")]

    operations = [migrations.RunPython(forwards, backwards)]
