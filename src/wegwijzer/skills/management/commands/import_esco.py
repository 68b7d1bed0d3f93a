from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from wegwijzer.core.registry import UnknownFormat, registry


class Command(BaseCommand):
    help = (
        "Lees ESCO in uit de CSV-bestanden van het ESCO-portaal (een map met de bestanden van één taal), met de "
        "eigen lijst vaardigheden van Wegwijzer. Foute regels worden gemeld met bestand en regel en overgeslagen; "
        "opnieuw inlezen verandert niets."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="de map met de CSV-bestanden, bijvoorbeeld ../shared/esco-nl")
        parser.add_argument("--formaat", default="esco-csv", help="standaard: esco-csv")
        parser.add_argument("--stil", action="store_true", help="zonder voortgangsbalk")

    def handle(self, *args, path, formaat, stil, **options):
        folder = Path(path)
        if not folder.is_dir():
            raise CommandError(f"Map {path!r} bestaat niet.")
        try:
            importer = registry.importer_for("esco", folder, formaat)
        except UnknownFormat as error:
            raise CommandError(str(error)) from None

        def progress(rows, description):
            return tqdm(rows, desc=description, unit=" regels", disable=stil, file=self.stderr._out)

        report = importer.run(folder, progress)
        if not report.files:
            raise CommandError(f"In {path!r} staat geen ESCO-bestand (zoals occupations_nl.csv).")
        for line in report.errors:
            self.stderr.write(line)
        self.stdout.write(f"Gelezen: {', '.join(report.files)}.")
        self.stdout.write(report.summary())
