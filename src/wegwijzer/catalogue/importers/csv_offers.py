"""Import offers from CSV (column layout: docs/import-offers.md).

First every row is read and validated, also against the database's limits; then the valid rows are written in bulk
(writer.py). A bad row is reported with its line number and skipped; it never leaves half an offer behind.
Re-importing the same file changes nothing: rows are matched on (provider_code, external_id).
"""

import csv
import io
from contextlib import contextmanager

from pydantic import ValidationError

from ..models import Provider
from ..schemas import OfferIn, dutch_errors
from ..services import ImportReport
from .writer import Progress, Row, provider_problems, quiet, row_problems, write_rows

LIST_SEPARATOR = "|"
REQUIRED_COLUMNS = {"external_id", "title"}
PROVIDER_COLUMNS = ("provider_code", "provider_name")
BOOLEAN = {"ja": True, "nee": False, "true": True, "false": False, "1": True, "0": False, "": None}
MAX_ROWS = 500_000
CSV_WORDING = {"bool_parsing": "moet ja of nee zijn.", "bool_type": "moet ja of nee zijn."}


def _row_to_data(row: dict) -> dict:
    data = {key: (value or "").strip() for key, value in row.items() if key not in PROVIDER_COLUMNS and key}
    for key in ("language_support", "exam", "active"):
        if key in data:
            value = BOOLEAN.get(data[key].lower(), data[key])
            if value is None:
                del data[key]
            else:
                data[key] = value
    if "price_euros" in data:
        data["price_euros"] = data["price_euros"].replace(",", ".")
    if "payers" in data:
        data["payers"] = [item.strip() for item in data["payers"].split(LIST_SEPARATOR) if item.strip()]
    uris = [item.strip() for item in data.pop("esco_uris", "").split(LIST_SEPARATOR) if item.strip()]
    labels = [item.strip() for item in data.pop("esco_labels", "").split(LIST_SEPARATOR) if item.strip()]
    if uris or labels:
        data["esco"] = [{"uri": uri, "label": label} for uri, label in zip(uris, labels, strict=False)]
        if len(uris) != len(labels):
            data["esco"].append({"uri": "", "label": ""})  # reported as a bad ESCO entry
    return {key: value for key, value in data.items() if value != ""}


def import_csv(
    text: str,
    provider_code: str = "",
    provider_name: str = "",
    report: ImportReport | None = None,
    progress: Progress = quiet,
) -> ImportReport:
    """Import CSV text; provider_code and provider_name are the defaults for rows that leave those columns empty."""
    report = report if report is not None else ImportReport()
    with _field_limit(len(text)):
        rows = _valid_rows(text, provider_code, provider_name, report, progress)
    write_rows(rows, "csv", report, progress)
    return report


def _valid_rows(text: str, default_provider: str, default_name: str, report: ImportReport, progress) -> list[Row]:
    # Universal newlines (newline=None): a lone CR, as old Mac Excel writes, ends a line instead of stopping csv.
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=None), delimiter=_delimiter(text))
    missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
    if missing:
        report.skip(f"De eerste regel mist de kolom(men): {', '.join(sorted(missing))}. Niets ingelezen.", rows=0)
        return []
    valid, seen, known_providers = [], set(), {}
    with progress(desc="Controleren", unit=" regels") as bar:
        for number, row in enumerate(reader, start=2):
            bar.update(1)
            if number > MAX_ROWS + 1:
                report.skip(f"Het bestand heeft meer dan {MAX_ROWS} regels; de rest is niet ingelezen.")
                break
            where = f"regel {number}"
            if None in row:
                report.skip(f"{where}: meer waarden dan kolommen. Staat er een scheidingsteken in een tekst?")
                continue
            code = (row.get("provider_code") or default_provider).strip()
            name = (row.get("provider_name") or default_name).strip()
            problems = provider_problems(code, name)
            if not problems and not _provider_known(code, name, known_providers):
                report.skip(
                    f"{where}: aanbieder {code!r} is onbekend. Vul provider_name in, of kies --aanbieder."
                    if code
                    else f"{where}: provider_code ontbreekt (of geef --aanbieder)."
                )
                continue
            try:
                candidate = Row(where, code, name, OfferIn.model_validate(_row_to_data(row)))
            except ValidationError as error:
                problems += dutch_errors(error, CSV_WORDING)
            else:
                problems += row_problems(candidate)
            if problems:
                report.skip(f"{where}: " + " ".join(f"{field or 'rij'} {message}" for field, message in problems))
                continue
            key = (code, candidate.data.external_id)
            if key in seen:
                report.skip(f"{where}: external_id {candidate.data.external_id!r} staat al eerder in dit bestand.")
                continue
            seen.add(key)
            valid.append(candidate)
    return valid


def _provider_known(code: str, name: str, known: dict[str, bool]) -> bool:
    """A row may name a new provider (with its name) or one that exists; asked once per code."""
    if not code:
        return False
    if code not in known:
        known[code] = Provider.objects.filter(code=code).exists()
    return bool(name) or known[code]


@contextmanager
def _field_limit(size: int):
    """The csv module refuses a value longer than its limit (128 kB) with an exception; lift it for this file, so
    that a long value is reported like any other value that is too long."""
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, size + 1))
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _delimiter(text: str) -> str:
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    return ";" if first_line.count(";") > first_line.count(",") else ","
