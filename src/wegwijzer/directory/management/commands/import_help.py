from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wegwijzer.core.registry import Importer, registry

MAX_BYTES = 20 * 1024 * 1024


def choose_importer(path: Path, formaat: str | None) -> Importer:
    """The help importer named by --formaat, else the one for the file's suffix; a Dutch error for neither."""
    importers = registry.importers("help")
    names = ", ".join(sorted(importers))
    if formaat:
        if formaat not in importers:
            raise CommandError(f"Onbekend formaat {formaat!r}. Kies uit: {names}.")
        return importers[formaat]
    suffix = path.suffix.lower()
    for importer in importers.values():
        if suffix in importer.suffixes:
            return importer
    raise CommandError(
        f"Aan de extensie {suffix or '(geen)'!r} zie ik niet welk formaat dit is. Kies --formaat {names}."
    )


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
