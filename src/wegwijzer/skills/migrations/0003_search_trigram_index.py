"""On PostgreSQL, a trigram index (pg_trgm) on the search text: it serves both the LIKE of a word's beginning and
the typo-tolerant word similarity (skills/search.py). SQLite needs nothing: its LIKE scans a few thousand rows."""

from django.db import migrations

INDEX = "skills_escoconcept_search_trgm"
WORD_INDEX = "skills_escoword_word_trgm"


def install(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON catalogue_escoconcept USING gin (search_text gin_trgm_ops)"
        )
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {WORD_INDEX} ON skills_escoword USING gin (word gin_trgm_ops)"
        )


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
        schema_editor.execute(f"DROP INDEX IF EXISTS {WORD_INDEX}")


class Migration(migrations.Migration):
    dependencies = [("skills", "0002_esco_import_and_skills_profile")]

    operations = [migrations.RunPython(install, uninstall)]
