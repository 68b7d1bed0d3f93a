"""EscoConcept moves here from the catalogue. Its table (catalogue_escoconcept) and its rows stay where they are:
this migration only tells Django's state that the model now belongs to skills, and moves its content type (so
the admin permissions given for it stay). catalogue 0005 then drops the model from the catalogue's state."""

from django.db import migrations, models


def move_content_type(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType").objects
    if not content_types.filter(app_label="skills", model="escoconcept").exists():
        content_types.filter(app_label="catalogue", model="escoconcept").update(app_label="skills")


def move_content_type_back(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType").objects
    if not content_types.filter(app_label="catalogue", model="escoconcept").exists():
        content_types.filter(app_label="skills", model="escoconcept").update(app_label="catalogue")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("catalogue", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="EscoConcept",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("uri", models.URLField(max_length=300, unique=True, verbose_name="ESCO-URI")),
                        ("label", models.CharField(max_length=300, verbose_name="naam")),
                        (
                            "concept_type",
                            models.CharField(
                                choices=[("skill", "Vaardigheid"), ("occupation", "Beroep")],
                                max_length=12,
                                verbose_name="soort",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "ESCO-begrip",
                        "verbose_name_plural": "ESCO-begrippen",
                        "db_table": "catalogue_escoconcept",
                        "ordering": ["label"],
                    },
                ),
            ],
            database_operations=[migrations.RunPython(move_content_type, move_content_type_back)],
        ),
    ]
