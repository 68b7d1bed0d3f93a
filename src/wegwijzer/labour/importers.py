"""Reading labour-market tension from CSV (docs/labour.md has the layout), modelled on how UWV publishes its
spanningsindicator: occupation class, labour-market region, period, category on the five-point scale, and
optionally the vacancies and job seekers. A second file maps each occupation class to ISCO groups.

A figure is found by occupation class, region and period, so reading a file again changes nothing. A bad row is
reported as `file regel N: problem` and skipped; the good rows are written in one transaction."""

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from wegwijzer.core.registry import Importer

from .gps.tension import CATEGORIES, category_position
from .models import OccupationClass, Tension
from .regions import regions

TENSION_COLUMNS = ("beroepsklasse", "arbeidsmarktregio", "periode", "spanning", "vacatures", "werkzoekenden", "bron")
MAPPING_COLUMNS = ("beroepsklasse", "naam", "isco")
YES = {"ja", "yes", "1", "true"}


@dataclass
class LabourImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    classes: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        skipped = f", {len(self.errors)} regel(s) overgeslagen" if self.errors else ""
        return (
            f"{self.classes} beroepsklassen; cijfers: {self.created} nieuw, {self.updated} bijgewerkt, "
            f"{self.unchanged} ongewijzigd{skipped}."
        )


def _rows(text: str, name: str, columns: tuple[str, ...], report: LabourImportReport):
    """(line number, row) for each data row; a missing column is one error for the whole file."""
    reader = csv.DictReader(io.StringIO(text))
    header = [column.strip().lower() for column in reader.fieldnames or []]
    missing = [column for column in columns if column not in header]
    if missing:
        report.errors.append(f"{name} regel 1: kolom(men) {', '.join(missing)} ontbreken")
        return
    reader.fieldnames = header
    for row in reader:
        yield reader.line_num, {key: (value or "").strip() for key, value in row.items() if key}


def _count(value: str) -> int | None:
    if not value:
        return None
    if not value.isdigit():
        raise ValueError(f"{value!r} is geen aantal")
    return int(value)


def read_mapping(text: str, name: str, report: LabourImportReport) -> dict[str, OccupationClass]:
    classes = {}
    for line, row in _rows(text, name, MAPPING_COLUMNS, report):
        codes = row["isco"].split()
        if not row["beroepsklasse"] or not row["naam"]:
            report.errors.append(f"{name} regel {line}: beroepsklasse en naam zijn nodig")
        elif not codes or not all(code.isdigit() and len(code) == 4 for code in codes):
            report.errors.append(f"{name} regel {line}: isco moet ISCO-groepen van vier cijfers hebben, met spaties")
        else:
            isco = " " + " ".join(codes) + " "
            occupation_class, _ = OccupationClass.objects.update_or_create(
                code=row["beroepsklasse"], defaults={"label": row["naam"], "isco_codes": isco}
            )
            classes[occupation_class.code] = occupation_class
    report.classes = len(classes)
    return classes


def _tension(row: dict, classes: dict[str, OccupationClass]) -> dict:
    """The fields of one figure; ValueError with the problem in Dutch."""
    known_regions = {*regions().names, *regions().examples}
    if row["beroepsklasse"] not in classes:
        raise ValueError(f"beroepsklasse {row['beroepsklasse']!r} staat niet in het bestand met beroepsklassen")
    if row["arbeidsmarktregio"] not in known_regions:
        raise ValueError(f"arbeidsmarktregio {row['arbeidsmarktregio']!r} bestaat niet")
    category = category_position(row["spanning"])
    if category is None:
        raise ValueError(f"spanning {row['spanning']!r}: kies uit {', '.join(CATEGORIES)}")
    if not row["periode"] or not row["bron"]:
        raise ValueError("periode en bron zijn nodig")
    return {
        "category": category,
        "vacancies": _count(row["vacatures"]),
        "jobseekers": _count(row["werkzoekenden"]),
        "source": row["bron"],
        "is_example": row.get("voorbeeld", "").lower() in YES,
    }


def _write(occupation_class, row: dict, values: dict, report: LabourImportReport) -> None:
    key = {"occupation_class": occupation_class, "region": row["arbeidsmarktregio"], "period": row["periode"]}
    existing = Tension.objects.filter(**key).first()
    if existing is None:
        Tension.objects.create(**key, **values)
        report.created += 1
    elif any(getattr(existing, name) != value for name, value in values.items()):
        Tension.objects.filter(pk=existing.pk).update(**values)
        report.updated += 1
    else:
        report.unchanged += 1


@transaction.atomic
def import_tension(text: str, name: str, mapping_text: str, mapping_name: str) -> LabourImportReport:
    report = LabourImportReport()
    classes = read_mapping(mapping_text, mapping_name, report)
    for line, row in _rows(text, name, TENSION_COLUMNS, report):
        try:
            values = _tension(row, classes)
        except ValueError as problem:
            report.errors.append(f"{name} regel {line}: {problem}")
            continue
        _write(classes[row["beroepsklasse"]], row, values, report)
    return report


def run_csv(text: str, file: str, mapping: str) -> LabourImportReport:
    mapping_path = Path(mapping)
    return import_tension(text, Path(file).name, mapping_path.read_text(encoding="utf-8-sig"), mapping_path.name)


LABOUR_IMPORTERS = (
    Importer(
        kind="labour_market",
        format="spanning-csv",
        suffixes=(".csv",),
        description="Spanning op de arbeidsmarkt per beroepsklasse en arbeidsmarktregio (docs/labour.md)",
        run=run_csv,
    ),
)
