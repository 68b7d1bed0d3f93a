"""Import offerings in the Open Education API (OOAPI v5) shape that Dutch institutions publish.

Accepted JSON: a list of offerings, an OOAPI page (``{"items": [...]}``), or a bundle
``{"programs": [...], "courses": [...], "offerings": [...]}`` where offerings name their course or program by id
(or carry it expanded). Each offering becomes one offer, keyed by ``offeringId``. What OOAPI cannot say (evening
or daytime, who pays besides STAP, certificate type, ESCO) may come in ``ext.wegwijzer``; see docs/import-offers.md.
Every offering is validated first, also against the database's limits; bad ones (also a wrong JSON type where an
object or a list belongs) are reported with their id and skipped; the rest is written in bulk (writer.py).
"""

import json
import math
import re
from datetime import date

from pydantic import ValidationError

from ..models import Provider
from ..schemas import OfferIn, dutch_errors
from ..services import ImportReport
from .writer import Progress, Row, provider_problems, quiet, row_problems, write_rows

KINDS = {"program": "opleiding", "course": "cursus", "component": "training"}
DELIVERY = {
    "online": "online",
    "distance-learning": "online",
    "on campus": "klassikaal",
    "hybrid": "blended",
    "situated": "praktijk",
}
LANGUAGES = {"nld": "nl", "dut": "nl", "eng": "en", "ara": "ar", "tur": "tr", "pol": "pl"}
HOURS_PER_UNIT = {"hour": 1, "sbu": 1, "contacttime": 1, "ects": 28, "sp": 28}
# ISCED-F field of study (first digits) → our theme; the longest matching prefix wins.
ISCED_THEMES = {
    "06": "digitaal",
    "023": "taal",
    "09": "zorg",
    "07": "techniek",
    "0732": "bouw",
    "104": "logistiek",
    "041": "administratie",
    "0416": "handel",
    "0413": "ondernemen",
    "101": "horeca",
    "1012": "horeca",
}
DAYS_PER_WEEK = 7
# Where an OfferIn field comes from in OOAPI, so that an error names what the institution has to fix.
OOAPI_NAMES = {
    "external_id": "offeringId",
    "hours": "studyLoad",
    "price_euros": "priceInformation (costType 'total costs')",
    "title": "name",
    "description": "description",
    "kind": "offeringType",
    "delivery": "modeOfDelivery",
    "language": "teachingLanguage",
    "postcode": "addresses.postalCode",
    "nlqf": "levelOfQualification",
    "provider_code": "--aanbieder",
    "provider_name": "--naam",
}
_DURATION_WEEKS = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?")


class OoapiError(ValueError):
    """A part of the document has the wrong JSON type; the message names it, in Dutch."""


def _object(value, name: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise OoapiError(f"{name} moet een object zijn, zoals {{...}}.")
    return value


def _list(value, name: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise OoapiError(f"{name} moet een lijst zijn, zoals [...].")
    return value


def _translate(table: dict, value):
    """OOAPI's code in our vocabulary; anything else goes on unchanged, for OfferIn to report."""
    return table.get(value, value) if isinstance(value, str) else value


def _text(values, field: str) -> str:
    """The Dutch value of a LanguageTypedString list, else the first one."""
    items = [item for item in _list(values, field) if isinstance(item, dict)]
    chosen = next((item for language in ("nl-NL", "nl") for item in items if item.get("language") == language), None)
    value = (chosen or (items[0] if items else {})).get("value", "")
    return value if isinstance(value, str) else ""


def _offerings(document) -> tuple[list, dict]:
    if isinstance(document, list):
        return document, {}
    if not isinstance(document, dict):
        raise OoapiError("Het bestand moet een lijst of een object met 'items' of 'offerings' zijn.")
    specs = {}
    for item in _list(document.get("programs"), "programs") + _list(document.get("courses"), "courses"):
        key = item.get("programId") or item.get("courseId") if isinstance(item, dict) else None
        if isinstance(key, str | int):
            specs[key] = item
    offerings = document.get("offerings", document.get("items"))
    if not isinstance(offerings, list):
        raise OoapiError("Geen 'offerings' of 'items' gevonden.")
    return offerings, specs


def _hours(spec: dict, offering: dict) -> int | None:
    load = _object(offering.get("studyLoad") or spec.get("studyLoad"), "studyLoad")
    unit, value = load.get("studyLoadUnit"), load.get("value")
    if isinstance(unit, str) and unit in HOURS_PER_UNIT and isinstance(value, int | float) and value > 0:
        return max(1, round(value * HOURS_PER_UNIT[unit]))
    return None


def _weeks(spec: dict, offering: dict) -> int:
    try:
        days = (date.fromisoformat(offering["endDate"]) - date.fromisoformat(offering["startDate"])).days
        return max(1, math.ceil(days / DAYS_PER_WEEK))
    except (KeyError, TypeError, ValueError):
        pass
    match = _DURATION_WEEKS.match(str(spec.get("duration") or ""))
    if match and any(match.groups()):
        years, months, weeks, days = (int(part or 0) for part in match.groups())
        return max(1, years * 52 + months * 4 + weeks + math.ceil(days / 7))
    return 1


def _price(offering: dict) -> tuple[str | None, bool]:
    """(total price in euros or None, whether a STAP-like national scheme applies)."""
    total, national = None, False
    for cost in _list(offering.get("priceInformation"), "priceInformation"):
        if not isinstance(cost, dict):
            continue
        if cost.get("costType") == "total costs":
            total = cost.get("amount")
        if cost.get("costType") == "STAP eligible":
            national = True
    return total, national


def _theme(spec: dict) -> str:
    field = str(spec.get("fieldsOfStudy") or "")
    matches = [prefix for prefix in ISCED_THEMES if field.startswith(prefix)]
    return ISCED_THEMES[max(matches, key=len)] if matches else "persoonlijk"


def _code(items, code_type: str) -> str:
    for item in items if isinstance(items, list) else [items]:
        if isinstance(item, dict) and item.get("codeType") == code_type:
            return str(item.get("code", ""))
    return ""


def offer_data(offering: dict, specs: dict) -> dict:
    """One OOAPI offering (with its course or program) as the fields of OfferIn."""
    reference = offering.get("course") or offering.get("program") or {}
    if isinstance(reference, str | int):
        reference = specs.get(reference, {})
    spec = _object(reference, "course of program")
    ext = _object(_object(offering.get("ext"), "ext").get("wegwijzer"), "ext.wegwijzer")
    modes = _list(offering.get("modeOfDelivery") or spec.get("modeOfDelivery"), "modeOfDelivery")
    total, national = _price(offering)
    address = next((a for a in _list(offering.get("addresses"), "addresses") if isinstance(a, dict)), {})
    crebo = _code([spec.get("primaryCode"), *_list(spec.get("otherCodes"), "otherCodes")], "crohoCreboCode")
    payers = ext.get("payers", [])
    if isinstance(payers, list):  # anything else is reported by OfferIn
        if national and "landelijk" not in payers:
            payers = [*payers, "landelijk"]
        if total not in (None, "0", "0.00") and "eigen_geld" not in payers:
            payers = ["eigen_geld", *payers]
    language = offering.get("teachingLanguage") or spec.get("teachingLanguage")
    data = {
        "external_id": offering.get("offeringId"),
        "kind": ext.get("kind", _translate(KINDS, offering.get("offeringType"))),
        "theme": ext.get("theme", _theme(spec)),
        "title": _text(offering.get("name"), "name") or _text(spec.get("name"), "name"),
        "description": _text(offering.get("description"), "description") or _text(spec.get("description"), ""),
        "signup_url": offering.get("link") or spec.get("link") or "",
        "signup_info": _text(spec.get("enrollment"), ""),
        "delivery": ext.get("delivery", _translate(DELIVERY, modes[0]) if modes else None),
        "schedule": ext.get("schedule", "eigen_tempo" if spec.get("modeOfStudy") == "self-paced" else "overdag"),
        "hours": _hours(spec, offering),
        "weeks": _weeks(spec, offering),
        "postcode": str(address.get("postalCode") or "").upper(),
        "city": address.get("city") or "",
        "region": ext.get("region", ""),
        "price_euros": total,
        "payers": payers,
        "entry_level": ext.get("entry_level", "geen"),
        "entry_requirements": _text(spec.get("admissionRequirements"), ""),
        "nlqf": spec.get("levelOfQualification") or "",
        "qualification_code": crebo,
        "language": LANGUAGES.get(language, "onbekend") if isinstance(language, str) else "onbekend",
        "language_support": ext.get("language_support", False),
        "exam": bool(offering.get("resultExpected")),
        "certificate": ext.get("certificate", "diploma" if crebo else "certificaat"),
        "esco": ext.get("esco", []),
    }
    return {key: value for key, value in data.items() if value is not None}


def import_ooapi(
    text: str,
    provider_code: str,
    provider_name: str = "",
    report: ImportReport | None = None,
    progress: Progress = quiet,
) -> ImportReport:
    """Import OOAPI JSON text for one provider (--aanbieder, and --naam the first time)."""
    report = report if report is not None else ImportReport()
    try:
        offerings, specs = _offerings(json.loads(text))
    except json.JSONDecodeError as error:
        report.skip(f"Geen geldige JSON (regel {error.lineno}, kolom {error.colno}). Niets ingelezen.", rows=0)
        return report
    except RecursionError:
        report.skip("De JSON is te diep genest (te veel haakjes in elkaar). Niets ingelezen.", rows=0)
        return report
    except OoapiError as error:
        report.skip(f"{error} Niets ingelezen.", rows=0)
        return report
    problems = provider_problems(provider_code, provider_name)
    if problems:
        report.skip(" ".join(f"{OOAPI_NAMES[f]} {m}" for f, m in problems) + " Niets ingelezen.", rows=0)
        return report
    if not provider_code or not (provider_name or Provider.objects.filter(code=provider_code).exists()):
        report.skip(f"Aanbieder {provider_code!r} is onbekend. Geef --aanbieder en --naam. Niets ingelezen.", rows=0)
        return report
    rows = _valid_rows(offerings, specs, provider_code, provider_name, report, progress)
    write_rows(rows, "ooapi", report, progress)
    return report


def _valid_rows(offerings: list, specs: dict, code: str, name: str, report: ImportReport, progress) -> list[Row]:
    valid, seen = [], set()
    for number, offering in enumerate(progress(offerings, desc="Controleren", unit=" offerings"), start=1):
        if not isinstance(offering, dict):
            report.skip(f"offering {number}: is geen object.")
            continue
        offering_id = offering.get("offeringId")
        where = f"offering {str(offering_id)[:60] if offering_id else number}"
        try:
            row = Row(where, code, name, OfferIn.model_validate(offer_data(offering, specs)))
        except OoapiError as error:
            report.skip(f"{where}: {error}")
            continue
        except ValidationError as error:
            problems = (f"{OOAPI_NAMES.get(f, f) or 'object'} {m}" for f, m in dutch_errors(error))
            report.skip(f"{where}: " + " ".join(problems))
            continue
        problems = row_problems(row)
        if problems:
            report.skip(f"{where}: " + " ".join(f"{OOAPI_NAMES.get(f, f)} {m}" for f, m in problems))
            continue
        if row.data.external_id in seen:
            report.skip(f"{where}: dit offeringId staat al eerder in het bestand.")
            continue
        seen.add(row.data.external_id)
        valid.append(row)
    return valid
