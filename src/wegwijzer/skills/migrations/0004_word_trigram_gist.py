"""On PostgreSQL, EscoWord's trigram index becomes GiST: only GiST serves pg_trgm's distance operator (<->) in
ORDER BY, so the word most like a typo is a nearest-neighbour look-up instead of a similarity over every word
(skills/search.py `meant`). The GIN index on the concepts' search text stays."""

from django.db import migrations

GIN_INDEX = "skills_escoword_word_trgm"
GIST_INDEX = "skills_escoword_word_trgm_gist"


def to_gist(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {GIN_INDEX}")
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {GIST_INDEX} ON skills_escoword USING gist (word gist_trgm_ops)"
        )


def to_gin(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {GIST_INDEX}")
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {GIN_INDEX} ON skills_escoword USING gin (word gin_trgm_ops)"
        )


class Migration(migrations.Migration):
    dependencies = [("skills", "0003_search_trigram_index")]

    operations = [migrations.RunPython(to_gist, to_gin)]
