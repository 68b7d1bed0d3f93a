"""The full-text index, per database: an FTS5 table on SQLite, a tsvector column with a GIN index on PostgreSQL."""

from django.db import migrations


def install(apps, schema_editor):
    from wegwijzer.catalogue.search.backends import backend_for

    with schema_editor.connection.cursor() as cursor:
        backend_for(schema_editor.connection.vendor).install(cursor)


def uninstall(apps, schema_editor):
    from wegwijzer.catalogue.search.backends import backend_for

    with schema_editor.connection.cursor() as cursor:
        backend_for(schema_editor.connection.vendor).uninstall(cursor)


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0001_initial")]

    operations = [migrations.RunPython(install, uninstall)]
