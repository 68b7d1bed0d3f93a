"""Reading funding schemes from YAML or JSON: all of them or none.

The file is a list of schemes, or ``{"schemes": [...]}``; each scheme has the fields of models.FundingScheme
(see the example file data/example_schemes.yaml). A scheme is found by its ``code``, so reading a file again
updates instead of doubling. When any entry is wrong, every problem is reported in Dutch (file, entry, field) and
nothing is written.
"""

import json
from dataclasses import dataclass, field

import yaml
from django.db import transaction
from django.utils import translation

from wegwijzer.core.registry import Importer

from .forms import FundingSchemeForm
from .models import FundingScheme

FIELDS = tuple(FundingSchemeForm.base_fields)


@dataclass
class SchemeImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.errors:
            return f"Niets ingelezen: {len(self.errors)} fout(en). Verbeter het bestand en probeer opnieuw."
        return f"{self.created} nieuw, {self.updated} bijgewerkt, {self.unchanged} ongewijzigd."


def _entries(data) -> list:
    if isinstance(data, dict) and set(data) == {"schemes"}:
        data = data["schemes"]
    if not isinstance(data, list):
        raise ValueError('het bestand moet een lijst met regelingen zijn, of {"schemes": [...]}')
    return data


def _where(file: str, number: int, entry) -> str:
    code = entry.get("code") if isinstance(entry, dict) else None
    return f"{file}, regeling {number}" + (f" ({code})" if code else "")


def _problems(form: FundingSchemeForm) -> list[str]:
    """One Dutch line per field: "veld naam: probleem"."""
    lines = []
    for name, errors in form.errors.items():
        label = f"veld {name}" if name in form.fields else "regeling"
        lines.append(f"{label}: {' '.join(errors)}")
    return lines


def _form(entry) -> tuple[FundingSchemeForm | None, list[str]]:
    if not isinstance(entry, dict):
        return None, ["dit is geen regeling met velden (code: ..., name: ...)"]
    unknown = sorted(set(entry) - set(FIELDS))
    if unknown:
        return None, [f"onbekende velden {', '.join(map(str, unknown))}"]
    instance = (
        FundingScheme.objects.filter(code=entry.get("code")).first() if isinstance(entry.get("code"), str) else None
    )
    data = {name: ("" if value is None else value) for name, value in entry.items()}
    data.setdefault("is_example", False)  # a file says so itself: a scheme is real only with its source
    form = FundingSchemeForm(data, instance=instance)
    return form, [] if form.is_valid() else _problems(form)


def import_entries(entries: list, file: str) -> SchemeImportReport:
    # Commands run without a language; the form's own messages ("Voer een geheel getal in.") must be Dutch too.
    with translation.override("nl"):
        return _import(entries, file)


def _import(entries: list, file: str) -> SchemeImportReport:
    report = SchemeImportReport()
    forms, codes = [], set()
    for number, entry in enumerate(entries, start=1):
        form, problems = _form(entry)
        code = entry.get("code") if isinstance(entry, dict) else None
        if code in codes:
            problems.append(f"veld code: {code} staat al eerder in het bestand")
        codes.add(code)
        report.errors += [f"{_where(file, number, entry)}: {problem}" for problem in problems]
        forms.append(form)
    if report.errors:
        return report
    with transaction.atomic():
        for form in forms:
            if form.instance.pk is None:
                report.created += 1
            elif form.has_changed():
                report.updated += 1
            else:
                report.unchanged += 1
                continue
            form.save()
    return report


def _parse_yaml(text: str):
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ValueError("dit is geen geldige YAML" + (f" (regel {mark.line + 1})" if mark else "")) from None


def _parse_json(text: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"dit is geen geldige JSON (regel {error.lineno})") from None


def _run(parse, text: str, file: str) -> SchemeImportReport:
    try:
        entries = _entries(parse(text))
    except ValueError as error:
        return SchemeImportReport(errors=[f"{file}: {error}"])
    return import_entries(entries, file)


def import_yaml(text: str, file: str = "het bestand") -> SchemeImportReport:
    return _run(_parse_yaml, text, file)


def import_json(text: str, file: str = "het bestand") -> SchemeImportReport:
    return _run(_parse_json, text, file)


SCHEME_IMPORTERS = (
    Importer("schemes", "yaml", (".yaml", ".yml"), "regelingen in YAML", import_yaml),
    Importer("schemes", "json", (".json",), "regelingen in JSON", import_json),
)
