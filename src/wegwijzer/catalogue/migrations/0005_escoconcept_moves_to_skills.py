"""EscoConcept now belongs to the skills app (skills 0001); the table, its rows and the offers' links stay."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0004_title_lexemes_index"),
        ("skills", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="offer",
                    name="esco_concepts",
                    field=models.ManyToManyField(
                        blank=True, related_name="offers", to="skills.escoconcept", verbose_name="ESCO"
                    ),
                ),
                migrations.DeleteModel(name="EscoConcept"),
            ],
            database_operations=[],
        ),
    ]
