"""Importing help: every bad municipality or entry is reported in Dutch (line or key) and skipped; idempotent."""

import json

import pytest
from django.core.management import call_command

from wegwijzer.core.registry import registry
from wegwijzer.directory.importers import import_csv, import_json, import_yaml
from wegwijzer.directory.models import HelpEntry, Municipality

YAML = """
municipalities:
  - {name: Ergens, cbs_code: GM9991, postcodes: ["1000-1099", 1105], is_demo: true}
  - {name: Kapot, postcodes: ["10a0"]}
  - {name: Dubbel, postcodes: ["1050-1060"]}
  - {name: Zonder code, cbs_code: "363"}
entries:
  - key: ergens-schuldhulp
    service: schuldhulp
    municipality: Ergens
    organisation: Geldloket Ergens
    what_they_do: Ze helpen je met je geld.
    phone: 000-000 00 01
    website: https://example.org/ergens/
    is_demo: true
  - key: landelijk-echt
    service: juridisch_loket
    organisation: Een echt loket
    what_they_do: Gratis advies.
    source_url: https://example.org/bron
    checked_on: 2026-11-30
  - key: zonder-bron
    service: uwv
    organisation: UWV
    what_they_do: Werk en uitkering.
  - key: vreemd-veld
    service: uwv
    organisation: UWV
    what_they_do: Werk.
    kleur: blauw
"""

CSV = """key,service,municipality,organisation,what_they_do,phone,website,is_demo
ok-1,taalhuis,Ergens,Taalhuis,Je oefent Nederlands.,000-000 00 02,https://example.org/taal/,ja
fout-1,onbekend,Ergens,Org,Iets.,,,ja
fout-2,taalhuis,Nergensdorp,Org,Iets.,,,ja
fout-3,taalhuis,,Org,Iets.,abc,geen-url,ja
,taalhuis,,Org,Geen sleutel.,,,ja
ok-1,taalhuis,,Org,Dubbel.,,,ja
fout-4,taalhuis,,Org,Rare vlag.,,,misschien
met spatie,taalhuis,,Org,Foute sleutel.,,,ja
"""


def test_the_formats_are_in_the_registry():
    assert set(registry.importers("help")) == {"yaml", "json", "csv"}


@pytest.mark.django_db
def test_yaml_reports_each_bad_item_in_dutch_and_keeps_the_rest():
    report = import_yaml(YAML)

    assert report.errors == [
        "Gemeente 2 (Kapot): postcode '10a0' is geen getal van vier cijfers of een reeks zoals 1000-1099",
        "Gemeente 3 (Dubbel): deze postcodes horen al bij Ergens (1000-1099)",
        "Gemeente 4 (Zonder code): CBS-gemeentecode: Een CBS-gemeentecode is GM met vier cijfers, bijvoorbeeld GM0363.",
        "Hulpadres 3 (zonder-bron): Een echt hulpadres heeft een bron en een datum van controle; anders is het een"
        " voorbeeld.",
        "Hulpadres 4 (vreemd-veld): onbekende velden kleur (gebruik key, service, municipality, organisation,"
        " what_they_do, address, phone, website, opening_hours, what_to_bring, source_url, checked_on, source_note,"
        " is_demo)",
    ]
    assert (report.created, report.skipped) == (3, 5)
    assert list(Municipality.objects.values_list("name", flat=True)) == ["Ergens"]
    assert set(HelpEntry.objects.values_list("key", flat=True)) == {"ergens-schuldhulp", "landelijk-echt"}


@pytest.mark.django_db
def test_importing_twice_changes_nothing_and_a_change_updates():
    import_yaml(YAML)
    again = import_yaml(YAML)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert HelpEntry.objects.count() == 2

    changed = import_yaml(YAML.replace("Ze helpen je met je geld.", "Ze helpen je met geld en schulden."))
    assert (changed.created, changed.updated) == (0, 1)
    assert HelpEntry.objects.get(key="ergens-schuldhulp").what_they_do == "Ze helpen je met geld en schulden."


@pytest.mark.django_db
def test_csv_reports_bad_rows_by_line_in_dutch_and_is_idempotent():
    import_yaml(YAML)
    report = import_csv(CSV)

    assert report.errors == [
        "Regel 3 (fout-1): Soort hulp: Selecteer een geldige keuze. onbekend is geen beschikbare keuze.",
        "Regel 4 (fout-2): Gemeente Nergensdorp staat nog niet in de lijst. Lees haar eerst in.",
        "Regel 5 (fout-3): Website: Voer een geldige URL in. Telefoon: Een telefoonnummer bestaat uit cijfers,"
        " spaties en streepjes.",
        "Regel 6: de sleutel (key) ontbreekt",
        "Regel 7 (ok-1): de sleutel 'ok-1' komt twee keer voor in dit bestand",
        "Regel 8 (fout-4): is_demo is 'misschien'; gebruik ja of nee",
        "Regel 9 (met spatie): Sleutel: Voer een geldige ‘slug’ in, bestaande uit letters, cijfers, liggende streepjes"
        " en verbindingsstreepjes.",
    ]
    assert report.created == 1
    assert HelpEntry.objects.get(key="ok-1").municipality.name == "Ergens"

    again = import_csv(CSV)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert HelpEntry.objects.filter(key="ok-1").count() == 1


@pytest.mark.django_db
def test_json_takes_the_same_shape_as_yaml():
    document = {
        "entries": [{"key": "j", "service": "uwv", "organisation": "UWV", "what_they_do": "Werk.", "is_demo": True}]
    }
    assert import_json(json.dumps(document)).created == 1
    assert HelpEntry.objects.get(key="j").is_national


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("importer", "text", "message"),
    [
        (import_yaml, "entries: [\n  {key: a\n", "Het bestand is geen geldige YAML op regel 3. Er is niets ingelezen."),
        (import_json, '{"entries": [', "Het bestand is geen geldige JSON (regel 1). Er is niets ingelezen."),
        (
            import_yaml,
            "- a\n- b\n",
            "Het bestand heeft bovenaan alleen 'municipalities' en 'entries'. Er is niets ingelezen.",
        ),
        (import_csv, "", "De eerste regel noemt de kolommen, met ten minste 'key'. Er is niets ingelezen."),
    ],
)
def test_an_unreadable_file_says_so_and_writes_nothing(importer, text, message):
    assert importer(text).errors == [message]
    assert not HelpEntry.objects.exists()


@pytest.mark.django_db
def test_the_command_reports_bad_entries_and_a_summary(tmp_path, capsys):
    path = tmp_path / "hulp.yaml"
    path.write_text(YAML, encoding="utf-8")

    call_command("import_help", str(path))

    out, err = capsys.readouterr()
    assert out.strip() == "3 nieuw, 0 bijgewerkt, 0 ongewijzigd, 5 overgeslagen."
    assert "Hulpadres 3 (zonder-bron): Een echt hulpadres heeft een bron" in err
