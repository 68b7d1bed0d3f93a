from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wegwijzer.core.imports import open_import

MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAPPING = Path(__file__).resolve().parents[2] / "data" / "beroepsklassen-voorbeeld.csv"


class Command(BaseCommand):
    help = (
        "Lees de spanning op de arbeidsmarkt in per beroepsklasse en arbeidsmarktregio, uit CSV (docs/labour.md). "
        "Een foute regel wordt gemeld (bestand regel N) en overgeslagen. Nog eens inlezen verandert niets."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="het CSV-bestand met de cijfers")
        parser.add_argument(
            "--beroepsklassen", default=str(DEFAULT_MAPPING), help="CSV: beroepsklasse,naam,isco (ISCO-groepen)"
        )
        parser.add_argument("--formaat", help="standaard: volgens de extensie (spanning-csv)")

    def handle(self, *args, file, beroepsklassen, formaat, **options):
        if not Path(beroepsklassen).is_file():
            raise CommandError(f"Bestand {beroepsklassen!r} bestaat niet.")
        importer, text = open_import(file, "labour_market", formaat, MAX_BYTES)
        try:
            report = importer.run(text, file, beroepsklassen)
        except UnicodeDecodeError:
            raise CommandError("Het bestand met beroepsklassen is geen UTF-8-tekst.") from None
        for line in report.errors:
            self.stderr.write(line)
        self.stdout.write(report.summary())
