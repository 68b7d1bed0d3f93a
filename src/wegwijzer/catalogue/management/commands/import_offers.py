import sys
from functools import partial
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from wegwijzer.catalogue.services import ImportReport
from wegwijzer.core.registry import Importer, UnknownFormat, registry

MAX_BYTES = 200 * 1024 * 1024


def choose_importer(path: Path, formaat: str | None) -> Importer:
    try:
        return registry.importer_for("offers", path, formaat)
    except UnknownFormat as error:
        raise CommandError(str(error)) from None


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
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Bestand {file!r} bestaat niet.")
        if path.stat().st_size > MAX_BYTES:
            raise CommandError(f"Bestand {file!r} is groter dan {MAX_BYTES // 1024 // 1024} MB.")
        importer = choose_importer(path, formaat)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise CommandError(
                "Het bestand is geen UTF-8-tekst. Sla het op als CSV (UTF-8) en probeer opnieuw."
            ) from None
        report = ImportReport()
        # A bar on the terminal only (disable=None), on stderr, so that stdout keeps just the summary.
        progress = partial(tqdm, file=sys.stderr, disable=None, unit=" regels", leave=False)
        try:
            importer.run(text, aanbieder, naam, report=report, progress=progress)
        finally:
            for line in report.errors:
                self.stderr.write(line)
            self.stdout.write(report.summary())
