"""A plan step points at a real offer and funding scheme (by ref); the free text typed before stays readable in
offer_text and funding_text (renamed, values kept)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("coaching", "0001_initial")]

    operations = [
        migrations.RenameField("planstep", "offer", "offer_text"),
        migrations.RenameField("planstep", "funding", "funding_text"),
        migrations.AlterField(
            "planstep",
            "offer_text",
            models.CharField(blank=True, max_length=200, verbose_name="aanbod (eerder opgeschreven)"),
        ),
        migrations.AlterField(
            "planstep",
            "funding_text",
            models.CharField(blank=True, max_length=200, verbose_name="betaald met (eerder opgeschreven)"),
        ),
        migrations.AddField(
            "planstep",
            "offer_ref",
            models.CharField(blank=True, max_length=20, verbose_name="gekozen aanbod"),
        ),
        migrations.AddField(
            "planstep",
            "funding_ref",
            models.CharField(blank=True, max_length=60, verbose_name="betaald met"),
        ),
    ]
