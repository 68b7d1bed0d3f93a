"""`wegwijzer import_labour_market`: the documented CSV layout, a second run that changes nothing, and each bad
row reported by file and line and skipped."""

import io

import pytest
from django.core.management import call_command

from wegwijzer.core.registry import registry
from wegwijzer.labour.models import OccupationClass, Tension
from wegwijzer.labour.regions import regions

pytestmark = pytest.mark.django_db

MAPPING = "beroepsklasse,naam,isco\ninstallatie,Installatie,7126 7127\n"
HEADER = "beroepsklasse,arbeidsmarktregio,periode,spanning,vacatures,werkzoekenden,bron\n"


def _run(tmp_path, rows: str, mapping: str = MAPPING):
    (tmp_path / "spanning.csv").write_text(HEADER + rows, encoding="utf-8")
    (tmp_path / "klassen.csv").write_text(mapping, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "import_labour_market", str(tmp_path / "spanning.csv"), beroepsklassen=str(tmp_path / "klassen.csv"),
        stdout=out, stderr=err,
    )  # fmt: skip
    return out.getvalue(), err.getvalue()


def test_a_figure_is_read_and_a_second_run_changes_nothing(tmp_path):
    row = "installatie,Twente,2026 kwartaal 3,Zeer krap,120,30,UWV spanningsindicator\n"
    out, _err = _run(tmp_path, row)
    assert "1 nieuw" in out
    figure = Tension.objects.get()
    assert (figure.region, figure.category, figure.vacancies, figure.is_example) == ("Twente", 5, 120, False)
    assert OccupationClass.objects.get().isco_codes == " 7126 7127 "
    out, _err = _run(tmp_path, row)
    assert "0 nieuw, 0 bijgewerkt, 1 ongewijzigd" in out and Tension.objects.count() == 1


def test_a_changed_figure_is_updated_not_doubled(tmp_path):
    _run(tmp_path, "installatie,Twente,2026 kwartaal 3,krap,,,UWV\n")
    out, _err = _run(tmp_path, "installatie,Twente,2026 kwartaal 3,gemiddeld,,,UWV\n")
    assert "1 bijgewerkt" in out and Tension.objects.get().category == 3


def test_each_bad_row_is_reported_by_file_and_line_and_the_good_ones_are_read(tmp_path):
    rows = (
        "installatie,Twente,2026 kwartaal 3,krap,10,5,UWV\n"
        "installatie,Atlantis,2026 kwartaal 3,krap,10,5,UWV\n"
        "installatie,Twente,2026 kwartaal 2,heel krap,10,5,UWV\n"
        "bakkers,Twente,2026 kwartaal 3,krap,10,5,UWV\n"
        "installatie,Twente,2026 kwartaal 1,krap,tien,5,UWV\n"
        "installatie,Twente,2025 kwartaal 4,krap,10,5,\n"
    )
    out, err = _run(tmp_path, rows)
    assert err.splitlines() == [
        "spanning.csv regel 3: arbeidsmarktregio 'Atlantis' bestaat niet",
        "spanning.csv regel 4: spanning 'heel krap': kies uit zeer ruim, ruim, gemiddeld, krap, zeer krap",
        "spanning.csv regel 5: beroepsklasse 'bakkers' staat niet in het bestand met beroepsklassen",
        "spanning.csv regel 6: 'tien' is geen aantal",
        "spanning.csv regel 7: periode en bron zijn nodig",
    ]
    assert "5 regel(s) overgeslagen" in out and Tension.objects.count() == 1


def test_a_bad_mapping_row_and_a_missing_column_are_reported(tmp_path):
    _out, err = _run(tmp_path, "", mapping="beroepsklasse,naam,isco\nzorg,Zorg,53\n")
    assert err.strip() == "klassen.csv regel 2: isco moet ISCO-groepen van vier cijfers hebben, met spaties"
    (tmp_path / "spanning.csv").write_text("beroepsklasse,periode\n", encoding="utf-8")
    err = io.StringIO()
    call_command(
        "import_labour_market", str(tmp_path / "spanning.csv"), beroepsklassen=str(tmp_path / "klassen.csv"),
        stdout=io.StringIO(), stderr=err,
    )  # fmt: skip
    assert "spanning.csv regel 1: kolom(men) arbeidsmarktregio, spanning, vacatures, werkzoekenden, bron ontbreken" in (
        err.getvalue()
    )


def test_the_importer_is_in_the_registry(tmp_path):
    assert registry.importer_for("labour_market", tmp_path / "x.csv").format == "spanning-csv"


def test_there_are_35_regions_and_a_municipality_finds_its_region():
    assert len(regions().names) == len(set(regions().names)) == 35
    assert regions().region_of(" amsterdam ") == "Groot Amsterdam"
    assert regions().region_of("Demodam") == "Voorbeeldregio" and "Voorbeeldregio" in regions().examples
    assert regions().region_of("Nergenshuizen") == ""


def test_only_municipalities_a_cited_page_names_count_as_checked():
    assert regions().region_of("Emmen") == "Drenthe" and regions().is_checked("emmen")
    assert regions().region_of("Meppel") == "Regio Zwolle" and regions().is_checked("Meppel")
    assert regions().region_of("Zwolle") == "Regio Zwolle" and not regions().is_checked("Zwolle")
    assert regions().region_of("Utrecht") == "Midden-Utrecht" and not regions().is_checked("Utrecht")
    assert regions().region_of("Assen") == ""  # the source lists region Drenthe without Assen


def test_a_citation_for_a_municipality_the_region_does_not_list_is_refused(tmp_path):
    from wegwijzer.labour.regions import load

    wrong = tmp_path / "regions.yaml"
    wrong.write_text(
        "source: x\nregions:\n  - name: Drenthe\n    municipalities: [Emmen]\n    checked:\n"
        "      - {url: 'https://example.org', read: 2026-11-30, municipalities: [Assen]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="de bron noemt Assen, de regio niet"):
        load(wrong)
