import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wegwijzer.catalogue.importers.csv_offers import import_csv
from wegwijzer.catalogue.importers.ooapi import import_ooapi

MAX_BYTES = 200 * 1024 * 1024


class Command(BaseCommand):
    help = (
        "Lees aanbod in uit een CSV-bestand (docs/import-offers.md) of uit OOAPI v5 JSON. Foute regels worden "
        "gemeld en overgeslagen; opnieuw inlezen maakt geen dubbel aanbod."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="het bestand: .csv of .json")
        parser.add_argument("--formaat", choices=["csv", "ooapi"], help="standaard: volgens de extensie")
        parser.add_argument("--aanbieder", default="", help="code van de aanbieder (nodig voor OOAPI)")
        parser.add_argument("--naam", default="", help="naam van de aanbieder, als die nog niet bestaat")

    def handle(self, *args, file, formaat, aanbieder, naam, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Bestand {file!r} bestaat niet.")
        if path.stat().st_size > MAX_BYTES:
            raise CommandError(f"Bestand {file!r} is groter dan {MAX_BYTES // 1024 // 1024} MB.")
        formaat = formaat or ("ooapi" if path.suffix.lower() == ".json" else "csv")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise CommandError(
                "Het bestand is geen UTF-8-tekst. Sla het op als CSV (UTF-8) en probeer opnieuw."
            ) from None
        if formaat == "csv":
            report = import_csv(text, default_provider=aanbieder)
        else:
            try:
                document = json.loads(text)
            except json.JSONDecodeError as error:
                raise CommandError(f"Geen geldige JSON (regel {error.lineno}, kolom {error.colno}).") from None
            report = import_ooapi(document, aanbieder, naam)
        for line in report.errors:
            self.stderr.write(line)
        self.stdout.write(report.summary())
