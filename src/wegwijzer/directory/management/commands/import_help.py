from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wegwijzer.core.registry import Importer, UnknownFormat, registry

MAX_BYTES = 20 * 1024 * 1024


def choose_importer(path: Path, formaat: str | None) -> Importer:
    try:
        return registry.importer_for("help", path, formaat)
    except UnknownFormat as error:
        raise CommandError(str(error)) from None


class Command(BaseCommand):
    help = (
        "Lees gemeenten en hulpadressen in uit YAML, JSON of CSV (zie directory/importers.py). Foute adressen worden "
        "gemeld en overgeslagen; opnieuw inlezen maakt niets dubbel."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="het bestand: .yaml, .json of .csv")
        parser.add_argument("--formaat", help="yaml, json of csv; standaard: volgens de extensie")

    def handle(self, *args, file, formaat, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Bestand {file!r} bestaat niet.")
        if path.stat().st_size > MAX_BYTES:
            raise CommandError(f"Bestand {file!r} is groter dan {MAX_BYTES // 1024 // 1024} MB.")
        importer = choose_importer(path, formaat)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise CommandError("Het bestand is geen UTF-8-tekst. Sla het op als UTF-8 en probeer opnieuw.") from None
        report = importer.run(text)
        for line in report.errors:
            self.stderr.write(line)
        self.stdout.write(report.summary())
