"""Import offers from CSV (column layout: docs/import-offers.md).

First every row is read and validated; then each valid row is written in its own transaction. A bad row is
reported with its line number and skipped; it never leaves half an offer behind. Re-importing the same file
changes nothing: rows are matched on (provider_code, external_id).
"""

import csv
import io

from pydantic import ValidationError

from ..models import Provider
from ..schemas import OfferIn, dutch_errors
from ..services import ImportReport, provider_for, upsert_offer

LIST_SEPARATOR = "|"
REQUIRED_COLUMNS = {"external_id", "title"}
PROVIDER_COLUMNS = ("provider_code", "provider_name")
BOOLEAN = {"ja": True, "nee": False, "true": True, "false": False, "1": True, "0": False, "": None}
MAX_ROWS = 500_000


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


def import_csv(text: str, default_provider: str = "") -> ImportReport:
    report = ImportReport()
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=_delimiter(text))
    missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
    if missing:
        report.errors.append(f"De eerste regel mist de kolom(men): {', '.join(sorted(missing))}. Niets ingelezen.")
        return report
    valid = []
    seen = set()
    for number, row in enumerate(reader, start=2):
        if number > MAX_ROWS + 1:
            report.errors.append(f"Het bestand heeft meer dan {MAX_ROWS} regels; de rest is niet ingelezen.")
            break
        where = f"regel {number}"
        if None in row:
            report.errors.append(f"{where}: meer waarden dan kolommen. Staat er een scheidingsteken in een tekst?")
            continue
        code = (row.get("provider_code") or default_provider).strip()
        name = (row.get("provider_name") or "").strip()
        if not code or not (name or Provider.objects.filter(code=code).exists()):
            report.errors.append(
                f"{where}: aanbieder {code!r} is onbekend. Vul provider_name in, of kies --aanbieder."
                if code
                else f"{where}: provider_code ontbreekt (of geef --aanbieder)."
            )
            continue
        try:
            data = OfferIn.model_validate(_row_to_data(row))
        except ValidationError as error:
            report.errors.append(f"{where}: " + " ".join(f"{f or 'rij'} {m}" for f, m in dutch_errors(error)))
            continue
        key = (code, data.external_id)
        if key in seen:
            report.errors.append(f"{where}: external_id {data.external_id!r} staat al eerder in dit bestand.")
            continue
        seen.add(key)
        valid.append((code, name, data))
    for code, name, data in valid:
        report.add(upsert_offer(provider_for(code, name), data, "csv")[1])
    return report


def _delimiter(text: str) -> str:
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    return ";" if first_line.count(";") > first_line.count(",") else ","
