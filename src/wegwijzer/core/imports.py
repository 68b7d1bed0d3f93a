"""What every import command does before its importer runs: find the file, refuse a huge or non-UTF-8 one, and
choose the importer of its kind from the registry, each with one Dutch line instead of a traceback."""

from pathlib import Path

from django.core.management.base import CommandError

from .registry import Importer, UnknownFormat, registry


def open_import(file: str, kind: str, format_name: str | None, max_bytes: int) -> tuple[Importer, str]:
    """The importer for this file and the file's text."""
    path = Path(file)
    if not path.is_file():
        raise CommandError(f"Bestand {file!r} bestaat niet.")
    if path.stat().st_size > max_bytes:
        raise CommandError(f"Bestand {file!r} is groter dan {max_bytes // 1024 // 1024} MB.")
    try:
        importer = registry.importer_for(kind, path, format_name)
    except UnknownFormat as error:
        raise CommandError(str(error)) from None
    try:
        return importer, path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(
            "Het bestand is geen UTF-8-tekst. Sla het op als UTF-8 (in een spreadsheet: CSV UTF-8) en probeer opnieuw."
        ) from None
