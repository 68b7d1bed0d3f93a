from django.core.management.base import BaseCommand

from wegwijzer.core.imports import open_import

MAX_BYTES = 20 * 1024 * 1024


class Command(BaseCommand):
    help = (
        "Lees gemeenten en hulpadressen in uit YAML, JSON of CSV (zie directory/importers.py). Foute adressen worden "
        "gemeld en overgeslagen; opnieuw inlezen maakt niets dubbel."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="het bestand: .yaml, .json of .csv")
        parser.add_argument("--formaat", help="yaml, json of csv; standaard: volgens de extensie")

    def handle(self, *args, file, formaat, **options):
        importer, text = open_import(file, "help", formaat, MAX_BYTES)
        report = importer.run(text)
        for line in report.errors:
            self.stderr.write(line)
        self.stdout.write(report.summary())
