"""Import offerings in the Open Education API (OOAPI v5) shape that Dutch institutions publish.

Accepted JSON: a list of offerings, an OOAPI page (``{"items": [...]}``), or a bundle
``{"programs": [...], "courses": [...], "offerings": [...]}`` where offerings name their course or program by id
(or carry it expanded). Each offering becomes one offer, keyed by ``offeringId``. What OOAPI cannot say (evening
or daytime, who pays besides STAP, certificate type, ESCO) may come in ``ext.wegwijzer``; see docs/import-offers.md.
Every offering is validated first; bad ones are reported with their id and skipped; the rest is written one
offer per transaction.
"""

import math
import re
from datetime import date

from pydantic import ValidationError

from ..models import Provider
from ..schemas import OfferIn, dutch_errors
from ..services import ImportReport, provider_for, upsert_offer

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
}
_DURATION_WEEKS = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?")


class OoapiError(ValueError):
    pass


def _text(values, field: str) -> str:
    """The Dutch value of a LanguageTypedString list, else the first one."""
    if not isinstance(values, list) or not values:
        return ""
    for preferred in ("nl-NL", "nl"):
        for item in values:
            if isinstance(item, dict) and item.get("language") == preferred:
                return str(item.get("value", ""))
    first = values[0]
    return str(first.get("value", "")) if isinstance(first, dict) else ""


def _offerings(document) -> tuple[list, dict]:
    if isinstance(document, list):
        return document, {}
    if not isinstance(document, dict):
        raise OoapiError("Het bestand moet een lijst of een object met 'items' of 'offerings' zijn.")
    specs = {}
    for item in document.get("programs", []) + document.get("courses", []):
        if isinstance(item, dict):
            specs[item.get("programId") or item.get("courseId")] = item
    offerings = document.get("offerings", document.get("items"))
    if not isinstance(offerings, list):
        raise OoapiError("Geen 'offerings' of 'items' gevonden: er is niets om in te lezen.")
    return offerings, specs


def _hours(spec: dict, offering: dict) -> int | None:
    load = offering.get("studyLoad") or spec.get("studyLoad") or {}
    unit, value = load.get("studyLoadUnit"), load.get("value")
    if unit in HOURS_PER_UNIT and isinstance(value, int | float) and value > 0:
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
    for cost in offering.get("priceInformation") or []:
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
    kind_key = offering.get("offeringType")
    reference = offering.get("course") or offering.get("program") or {}
    spec = reference if isinstance(reference, dict) else specs.get(reference, {})
    ext = (offering.get("ext") or {}).get("wegwijzer", {}) if isinstance(offering.get("ext"), dict) else {}
    modes = offering.get("modeOfDelivery") or spec.get("modeOfDelivery") or []
    total, national = _price(offering)
    address = next((a for a in offering.get("addresses") or [] if isinstance(a, dict)), {})
    crebo = _code([spec.get("primaryCode"), *(spec.get("otherCodes") or [])], "crohoCreboCode")
    payers = ext.get("payers", [])
    if national and "landelijk" not in payers:
        payers = [*payers, "landelijk"]
    if total not in (None, "0", "0.00") and "eigen_geld" not in payers:
        payers = ["eigen_geld", *payers]
    data = {
        "external_id": offering.get("offeringId"),
        "kind": ext.get("kind", KINDS.get(kind_key, kind_key)),
        "theme": ext.get("theme", _theme(spec)),
        "title": _text(offering.get("name"), "name") or _text(spec.get("name"), "name"),
        "description": _text(offering.get("description"), "description") or _text(spec.get("description"), ""),
        "signup_url": offering.get("link") or spec.get("link") or "",
        "signup_info": _text(spec.get("enrollment"), ""),
        "delivery": ext.get("delivery", DELIVERY.get(modes[0], modes[0]) if modes else None),
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
        "language": LANGUAGES.get(offering.get("teachingLanguage") or spec.get("teachingLanguage"), "onbekend"),
        "language_support": ext.get("language_support", False),
        "exam": bool(offering.get("resultExpected")),
        "certificate": ext.get("certificate", "diploma" if crebo else "certificaat"),
        "esco": ext.get("esco", []),
    }
    return {key: value for key, value in data.items() if value is not None}


def import_ooapi(document, provider_code: str, provider_name: str = "") -> ImportReport:
    report = ImportReport()
    try:
        offerings, specs = _offerings(document)
    except OoapiError as error:
        report.errors.append(str(error))
        return report
    if not provider_code or not (provider_name or Provider.objects.filter(code=provider_code).exists()):
        report.errors.append(f"Aanbieder {provider_code!r} is onbekend. Geef --aanbieder en --naam. Niets ingelezen.")
        return report
    valid, seen = [], set()
    for number, offering in enumerate(offerings, start=1):
        where = f"offering {number}"
        if not isinstance(offering, dict):
            report.errors.append(f"{where}: is geen object.")
            continue
        where = f"offering {offering.get('offeringId') or number}"
        try:
            data = OfferIn.model_validate(offer_data(offering, specs))
        except ValidationError as error:
            problems = (f"{OOAPI_NAMES.get(f, f) or 'object'} {m}" for f, m in dutch_errors(error))
            report.errors.append(f"{where}: " + " ".join(problems))
            continue
        if data.external_id in seen:
            report.errors.append(f"{where}: dit offeringId staat al eerder in het bestand.")
            continue
        seen.add(data.external_id)
        valid.append(data)
    provider = provider_for(provider_code, provider_name) if valid else None
    for data in valid:
        report.add(upsert_offer(provider, data, "ooapi")[1])
    return report
