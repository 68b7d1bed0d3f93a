"""PostgreSQL: a GIN index on the title's lexemes, so "which matches have every word in the title" is an index
question (backends.TITLE_LEXEMES). Installing is idempotent; on SQLite the FTS5 table already has a title column."""

from django.db import migrations


def install(apps, schema_editor):
    from wegwijzer.catalogue.search.backends import backend_for

    with schema_editor.connection.cursor() as cursor:
        backend_for(schema_editor.connection.vendor).install(cursor)


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0003_catalogue_version")]

    # Going back is a no-op: 0002's reverse drops the whole full-text index, this index with it.
    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
