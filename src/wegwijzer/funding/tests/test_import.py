"""`wegwijzer import_schemes`: all or nothing, one Dutch line per problem with file, entry and field."""

import json

import pytest
from django.core.management import CommandError, call_command

from wegwijzer.catalogue.vocab import Certificate, Kind
from wegwijzer.funding import demo
from wegwijzer.funding.models import FundingScheme

pytestmark = pytest.mark.django_db

REAL = {
    "code": "echte-regeling",
    "name": "Echte regeling",
    "funder": "Een fonds",
    "kind": "sector",
    "work_statuses": ["uitzend"],
    "percentage": 100,
    "max_cents": 75000,
    "source": "https://example.org/regeling",
    "checked_on": "2026-11-30",
}


def write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(path: str) -> tuple[str, str]:
    out, err = [], []

    class Sink:
        def __init__(self, lines):
            self.lines = lines

        def write(self, text):
            self.lines.append(text)

        def flush(self):
            pass

    try:
        call_command("import_schemes", path, stdout=Sink(out), stderr=Sink(err))
    except CommandError as error:
        err.append(str(error))
    return "".join(out), "".join(err)


def test_a_good_file_is_read_once_and_a_second_time_changes_nothing(tmp_path):
    path = write(tmp_path, "regelingen.json", json.dumps({"schemes": [REAL]}))
    assert run(path)[0].strip() == "1 nieuw, 0 bijgewerkt, 0 ongewijzigd."
    assert run(path)[0].strip() == "0 nieuw, 0 bijgewerkt, 1 ongewijzigd."
    scheme = FundingScheme.objects.get()
    assert (scheme.work_statuses, scheme.percentage, scheme.is_example) == (["uitzend"], 100, False)


def test_one_bad_entry_stops_the_whole_file_and_each_problem_names_file_entry_and_field(tmp_path):
    entries = [
        REAL,
        {**REAL, "code": "zonder-bron", "source": "", "checked_on": None},
        {**REAL, "code": "raar", "work_statuses": ["astronaut"], "percentage": 150},
        {**REAL, "code": "onbekend-veld", "schoenmaat": 42},
        {**REAL, "code": "geen-getal", "max_cents": "veel", "checked_on": "gisteren"},
    ]
    path = write(tmp_path, "regelingen.yaml", json.dumps(entries))  # JSON is YAML too
    _out, err = run(path)
    assert FundingScheme.objects.count() == 0
    lines = err.splitlines()
    assert f"{path}, regeling 2 (zonder-bron): veld source: Een echte regeling heeft een openbare bron" in lines[0]
    assert f"{path}, regeling 3 (raar): veld work_statuses: " in err and "astronaut" in err
    assert "veld percentage: Een percentage ligt tussen 1 en 100." in err
    assert f"{path}, regeling 4 (onbekend-veld): onbekende velden schoenmaat" in err
    assert f"{path}, regeling 5 (geen-getal): veld max_cents: Voer een geheel getal in." in lines
    assert f"{path}, regeling 5 (geen-getal): veld checked_on: Voer een geldige datum in." in lines
    assert lines[-1] == f"Niets ingelezen: {len(lines) - 1} fout(en). Verbeter het bestand en probeer opnieuw."


def test_a_file_that_is_not_yaml_or_has_a_twin_is_refused_in_dutch(tmp_path):
    assert "dit is geen geldige JSON (regel 1)" in run(write(tmp_path, "kapot.json", "{"))[1]
    assert "dit is geen geldige YAML" in run(write(tmp_path, "kapot.yaml", "- [a"))[1]
    assert "moet een lijst met regelingen zijn" in run(write(tmp_path, "los.yaml", "code: x"))[1]
    twice = write(tmp_path, "dubbel.json", json.dumps([REAL, REAL]))
    assert "regeling 2 (echte-regeling): veld code: echte-regeling staat al eerder in het bestand" in run(twice)[1]
    assert "Bestand" in run(str(tmp_path / "weg.yaml"))[1]
    assert FundingScheme.objects.count() == 0


def test_the_shipped_schemes_are_examples_with_catalogue_codes_and_one_has_ended():
    demo.load()
    schemes = list(FundingScheme.objects.all())
    assert len(schemes) >= 6 and all(scheme.is_example for scheme in schemes)
    assert {kind for scheme in schemes for kind in scheme.offer_kinds} <= set(Kind.values)
    assert {code for scheme in schemes for code in scheme.certificates} <= set(Certificate.values)
    assert any(scheme.valid_until and scheme.valid_until.year < 2025 for scheme in schemes)
    assert all("stap" not in scheme.name.casefold().split() for scheme in schemes)  # STAP ended in 2024


def test_the_admin_lists_and_edits_schemes(admin_client):
    demo.load()
    assert "Leervoucher voor zzp" in admin_client.get("/beheer/funding/fundingscheme/").content.decode()
    scheme = FundingScheme.objects.get(code="voorbeeld-zzp-leervoucher")
    page = admin_client.get(f"/beheer/funding/fundingscheme/{scheme.pk}/change/").content.decode()
    assert "zzp&#x27;ers" in page or "zzp'ers" in page


def test_a_beheerder_adds_a_scheme_with_ticks_and_one_line_per_step(admin_client):
    form = {
        "code": "nieuw",
        "name": "Nieuwe regeling",
        "funder": "Gemeente Demodam",
        "kind": "gemeente",
        "is_example": "on",
        "work_statuses": ["werkzoekend", "niet_werkend"],
        "benefits": ["bijstand"],
        "regions": "Demodam\n",
        "percentage": "100",
        "max_cents": "50000",
        "apply_steps": "Bel de gemeente.\nVul het formulier in.",
    }
    answer = admin_client.post("/beheer/funding/fundingscheme/add/", form)
    assert answer.status_code == 302, answer.content.decode()[:2000]
    scheme = FundingScheme.objects.get(code="nieuw")
    assert scheme.work_statuses == ["werkzoekend", "niet_werkend"] and scheme.regions == ["Demodam"]
    assert scheme.apply_steps == ["Bel de gemeente.", "Vul het formulier in."]
    refused = admin_client.post("/beheer/funding/fundingscheme/add/", {**form, "code": "fout", "amount_cents": "100"})
    assert "Vul een bedrag of een percentage in, niet allebei." in refused.content.decode()
    assert not FundingScheme.objects.filter(code="fout").exists()
