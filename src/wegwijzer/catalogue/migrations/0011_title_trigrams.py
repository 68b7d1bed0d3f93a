"""PostgreSQL: pg_trgm and a GIN trigram index on the offer's title, so that a search with a typo ("heftruk") finds
titles with a similar word (search.backends.PostgresBackend.similar) without reading every title.

TrigramExtension does nothing on other databases; SQLite suggests a word instead (search.suggest).
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEX = "catalogue_offer_title_trgm"


class TrigramExtensionOnPostgres(TrigramExtension):
    """The step back keeps pg_trgm: the extension belongs to the database, and other apps' indexes use it too
    (skills 0003). Django's own step back would drop it, and fail on their indexes."""

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        pass


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON catalogue_offer USING GIN (title gin_trgm_ops)")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0010_remove_pay_columns")]

    operations = [TrigramExtensionOnPostgres(), migrations.RunPython(add_index, drop_index)]
