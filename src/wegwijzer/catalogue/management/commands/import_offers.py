import sys
from functools import partial

from django.core.management.base import BaseCommand
from tqdm import tqdm

from wegwijzer.catalogue.services import ImportReport
from wegwijzer.core.imports import open_import

MAX_BYTES = 200 * 1024 * 1024


class Command(BaseCommand):
    help = (
        "Lees aanbod in uit een CSV-bestand (docs/import-offers.md) of uit OOAPI v5 JSON. Foute regels worden "
        "gemeld en overgeslagen; opnieuw inlezen maakt geen dubbel aanbod."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="het bestand: .csv of .json")
        parser.add_argument("--formaat", help="csv of ooapi; standaard: volgens de extensie")
        parser.add_argument("--aanbieder", default="", help="code van de aanbieder (nodig voor OOAPI)")
        parser.add_argument("--naam", default="", help="naam van de aanbieder, als die nog niet bestaat")

    def handle(self, *args, file, formaat, aanbieder, naam, **options):
        importer, text = open_import(file, "offers", formaat, MAX_BYTES)
        report = ImportReport()
        # A bar on the terminal only (disable=None), on stderr, so that stdout keeps just the summary.
        progress = partial(tqdm, file=sys.stderr, disable=None, unit=" regels", leave=False)
        try:
            importer.run(text, aanbieder, naam, report=report, progress=progress)
        finally:
            for line in report.errors:
                self.stderr.write(line)
            self.stdout.write(report.summary())
