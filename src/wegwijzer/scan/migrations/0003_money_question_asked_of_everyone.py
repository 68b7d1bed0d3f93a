"""The money statement ("geld") used to be asked only of people without money problems, so a stored scan without
an answer to it, but with answers after it, tells that the person has debts or money worries. Mark it skipped in
those scans, as anyone may skip it; scans that have not reached it yet are left alone and will ask it."""

from django.db import migrations

# The questions after "geld" when this migration was written: an answer to one of them means "geld" was passed.
LATER_QUESTIONS = ("cursus", "ervaring", "leren")


def mark_money_statement_skipped(apps, schema_editor):
    Scan = apps.get_model("scan", "Scan")
    for scan in Scan.objects.filter(answers__has_key="zorgen").iterator():
        if "geld" not in scan.answers and any(key in scan.answers for key in LATER_QUESTIONS):
            scan.answers["geld"] = None
            scan.save(update_fields=["answers"])


class Migration(migrations.Migration):
    dependencies = [("scan", "0002_hashed_codes_and_sensitive_plan_steps")]

    operations = [migrations.RunPython(mark_money_statement_skipped, migrations.RunPython.noop)]
