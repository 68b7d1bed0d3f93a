"""Reading help entries from a file: YAML or JSON (municipalities and entries), or CSV (entries only).

Every bad municipality or entry is reported in Dutch with where it is (line or key) and skipped; the rest is written.
Reading the same file twice changes nothing: municipalities are found by name, entries by their `key`.

YAML / JSON::

    municipalities:
      - {name: Demodam, cbs_code: "", postcodes: ["1000-1099", "1105"], is_demo: true}
    entries:
      - key: demodam-schuldhulp
        service: schuldhulp          # the advice contract's vocabulary
        municipality: Demodam        # empty or absent: national
        organisation: ...
        what_they_do: ...            # one sentence, plain Dutch
        address / phone / website / opening_hours / what_to_bring
        source_url: https://...      # a real entry needs a source and the date it was checked
        checked_on: 2026-11-30
        source_note: ...
        is_demo: false

CSV: one entry per row, with the same names as columns; its municipalities must exist already.
"""

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

import yaml
from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.forms.models import model_to_dict
from django.utils import translation

from wegwijzer.core.registry import Importer

from .models import FIRST_POSTCODE, LAST_POSTCODE, HelpEntry, Municipality, PostcodeRange

ENTRY_FIELDS = (
    "key",
    "service",
    "municipality",
    "organisation",
    "what_they_do",
    "address",
    "phone",
    "website",
    "opening_hours",
    "what_to_bring",
    "source_url",
    "checked_on",
    "source_note",
    "is_demo",
)
MUNICIPALITY_FIELDS = ("name", "cbs_code", "postcodes", "is_demo")
TRUE, FALSE = {"1", "ja", "true", "waar", "yes"}, {"", "0", "nee", "false", "onwaar", "no"}


@dataclass
class HelpImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    def skip(self, where: str, problem: str) -> None:
        self.errors.append(f"{where}: {problem}")
        self.skipped += 1

    def summary(self) -> str:
        return (
            f"{self.created} nieuw, {self.updated} bijgewerkt, {self.unchanged} ongewijzigd, "
            f"{self.skipped} overgeslagen."
        )


class MunicipalityForm(forms.ModelForm):
    class Meta:
        model = Municipality
        fields = ["name", "cbs_code", "is_demo"]


class HttpsURLField(forms.URLField):
    """A web address without a scheme is read as https:// (Django 6's default; no deprecation warning now)."""

    def __init__(self, **kwargs):
        super().__init__(assume_scheme="https", **kwargs)


class HelpEntryForm(forms.ModelForm):
    municipality = forms.ModelChoiceField(
        Municipality.objects.all(),
        to_field_name="name",
        required=False,
        error_messages={"invalid_choice": "Gemeente %(value)s staat nog niet in de lijst. Lees haar eerst in."},
    )

    class Meta:
        model = HelpEntry
        fields = [name for name in ENTRY_FIELDS if name != "key"]
        field_classes = {"website": HttpsURLField, "source_url": HttpsURLField}


def form_problems(form: forms.ModelForm) -> str:
    """The form's errors as one Dutch line: "Veld: probleem. Veld: probleem." """
    parts = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        parts.append(f"{label}: {' '.join(errors)}" if label else " ".join(errors))
    return " ".join(parts)


def model_problems(error: ValidationError) -> str:
    """A help entry's own validation errors as one Dutch line, each after its field's name."""
    parts = []
    for name, problems in error.message_dict.items():
        label = "" if name == NON_FIELD_ERRORS else str(HelpEntry._meta.get_field(name).verbose_name).capitalize()
        parts.append(f"{label}: {' '.join(problems)}" if label else " ".join(problems))
    return " ".join(parts)


def as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value if value is not None else "").strip().casefold()
    return True if text in TRUE else False if text in FALSE else None


def clean_row(row: dict) -> tuple[dict, str | None]:
    """The row's values as form data (None becomes ""), or a Dutch problem with its names or flag."""
    unknown = sorted(set(row) - set(ENTRY_FIELDS))
    if unknown:
        return {}, f"onbekende velden {', '.join(unknown)} (gebruik {', '.join(ENTRY_FIELDS)})"
    data = {name: "" if value is None else value for name, value in row.items()}
    is_demo = as_bool(data.get("is_demo", False))
    if is_demo is None:
        return {}, f"is_demo is {data['is_demo']!r}; gebruik ja of nee"
    data["is_demo"] = is_demo
    return data, None


def parse_postcodes(values: Any) -> list[tuple[int, int]]:
    """["1000-1099", "1105", 1106] → [(1000, 1099), (1105, 1105), (1106, 1106)]; ValueError in Dutch."""
    if values in (None, ""):
        return []
    if isinstance(values, str | int):
        values = str(values).split(",")
    ranges = []
    for value in values:
        first, _, last = str(value).strip().partition("-")
        if not (first.strip().isdigit() and (not last or last.strip().isdigit())):
            raise ValueError(f"postcode {value!r} is geen getal van vier cijfers of een reeks zoals 1000-1099")
        low, high = int(first), int(last or first)
        if not FIRST_POSTCODE <= low <= high <= LAST_POSTCODE:
            raise ValueError(
                f"postcode {value!r} ligt niet tussen {FIRST_POSTCODE} en {LAST_POSTCODE} (van laag naar hoog)"
            )
        ranges.append((low, high))
    return ranges


def overlaps(taken: PostcodeRange, low: int, high: int) -> bool:
    return taken.first <= high and low <= taken.last


def save_municipality(item: Any, where: str, report: HelpImportReport) -> None:
    if not isinstance(item, dict):
        report.skip(where, "dit is geen gemeente met naam en postcodes")
        return
    unknown = sorted(set(item) - set(MUNICIPALITY_FIELDS))
    if unknown:
        report.skip(where, f"onbekende velden {', '.join(unknown)} (gebruik {', '.join(MUNICIPALITY_FIELDS)})")
        return
    try:
        ranges = parse_postcodes(item.get("postcodes"))
    except ValueError as error:
        report.skip(where, str(error))
        return
    name = str(item.get("name") or "").strip()
    existing = Municipality.objects.filter(name=name).first()
    before = model_to_dict(existing) if existing else None
    old_ranges = sorted((r.first, r.last) for r in existing.postcode_ranges.all()) if existing else []
    data = {"name": name, "cbs_code": item.get("cbs_code") or "", "is_demo": as_bool(item.get("is_demo", False))}
    form = MunicipalityForm(data, instance=existing)
    if data["is_demo"] is None or not form.is_valid():
        report.skip(where, form_problems(form) or "is_demo: gebruik ja of nee")
        return
    others = PostcodeRange.objects.select_related("municipality").exclude(municipality__name=name)
    overlap = next(
        (
            f"{taken.municipality.name} ({taken})"
            for low, high in ranges
            for taken in others
            if overlaps(taken, low, high)
        ),
        None,
    )
    if overlap:
        report.skip(where, f"deze postcodes horen al bij {overlap}")
        return
    if existing and before == model_to_dict(form.instance) and old_ranges == sorted(ranges):
        report.unchanged += 1
        return
    municipality = form.save()
    municipality.postcode_ranges.all().delete()
    PostcodeRange.objects.bulk_create(PostcodeRange(municipality=municipality, first=a, last=b) for a, b in ranges)
    report.created += existing is None
    report.updated += existing is not None


def save_entry(row: Any, where: str, report: HelpImportReport, seen: set[str]) -> None:
    if not isinstance(row, dict):
        report.skip(where, "dit is geen hulpadres met velden")
        return
    data, problem = clean_row(row)
    key = str(data.get("key") or "").strip()
    if problem:
        report.skip(where, problem)
        return
    if not key:
        report.skip(where, "de sleutel (key) ontbreekt")
        return
    if key in seen:
        report.skip(where, f"de sleutel {key!r} komt twee keer voor in dit bestand")
        return
    seen.add(key)
    existing = HelpEntry.objects.filter(key=key).first()
    before = model_to_dict(existing) if existing else None
    form = HelpEntryForm(data, instance=existing)
    if not form.is_valid():
        report.skip(where, form_problems(form))
        return
    entry = form.save(commit=False)
    entry.key = key
    try:
        entry.full_clean()
    except ValidationError as error:  # what the form does not see: the key
        report.skip(where, model_problems(error))
        return
    if existing and before == model_to_dict(entry):
        report.unchanged += 1
        return
    entry.save()
    report.created += existing is None
    report.updated += existing is not None


def import_mapping(document: Any, report: HelpImportReport) -> HelpImportReport:
    if not isinstance(document, dict) or not set(document) <= {"municipalities", "entries"}:
        report.errors.append("Het bestand heeft bovenaan alleen 'municipalities' en 'entries'. Er is niets ingelezen.")
        return report
    municipalities, entries = document.get("municipalities") or [], document.get("entries") or []
    if not isinstance(municipalities, list) or not isinstance(entries, list):
        report.errors.append("'municipalities' en 'entries' zijn lijsten. Er is niets ingelezen.")
        return report
    for number, item in enumerate(municipalities, start=1):
        name = item.get("name") if isinstance(item, dict) else None
        save_municipality(item, f"Gemeente {number}" + (f" ({name})" if name else ""), report)
    seen: set[str] = set()
    for number, row in enumerate(entries, start=1):
        key = row.get("key") if isinstance(row, dict) else None
        save_entry(row, f"Hulpadres {number}" + (f" ({key})" if key else ""), report, seen)
    return report


def _run(read, text: str, report: HelpImportReport | None) -> HelpImportReport:
    report = report or HelpImportReport()
    with translation.override("nl"), transaction.atomic():
        read(text, report)
    return report


def import_yaml(text: str, report: HelpImportReport | None = None) -> HelpImportReport:
    def read(text, report):
        try:
            document = yaml.safe_load(text)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f" op regel {mark.line + 1}" if mark else ""
            report.errors.append(f"Het bestand is geen geldige YAML{where}. Er is niets ingelezen.")
            return
        import_mapping(document, report)

    return _run(read, text, report)


def import_json(text: str, report: HelpImportReport | None = None) -> HelpImportReport:
    def read(text, report):
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            report.errors.append(f"Het bestand is geen geldige JSON (regel {error.lineno}). Er is niets ingelezen.")
            return
        import_mapping(document, report)

    return _run(read, text, report)


def import_csv(text: str, report: HelpImportReport | None = None) -> HelpImportReport:
    def read(text, report):
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or "key" not in reader.fieldnames:
            report.errors.append("De eerste regel noemt de kolommen, met ten minste 'key'. Er is niets ingelezen.")
            return
        seen: set[str] = set()
        for row in reader:
            if None in row:
                report.skip(f"Regel {reader.line_num}", "deze regel heeft meer waarden dan er kolommen zijn")
                continue
            key = (row.get("key") or "").strip()
            save_entry(row, f"Regel {reader.line_num}" + (f" ({key})" if key else ""), report, seen)

    return _run(read, text, report)


HELP_IMPORTERS = (
    Importer(
        kind="help",
        format="yaml",
        suffixes=(".yaml", ".yml"),
        description="YAML met gemeenten (naam, postcodes) en hulpadressen",
        run=import_yaml,
    ),
    Importer(kind="help", format="json", suffixes=(".json",), description="JSON zoals de YAML", run=import_json),
    Importer(
        kind="help",
        format="csv",
        suffixes=(".csv",),
        description="CSV met een hulpadres per regel (de gemeenten bestaan al)",
        run=import_csv,
    ),
)
