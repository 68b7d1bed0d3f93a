"""ESCO for the labour tests: the real Dutch files from ../shared/esco-nl, cut to the occupations of the ISCO groups
that the installer's story needs (all ISCO groups, occupations in groups 31xx and 71xx), imported with the skills
app's own importer. Where the files are missing, the tests that need them skip and say so."""

import csv
from pathlib import Path

import pytest

from wegwijzer.skills.importers import import_esco

ESCO_NL = Path(__file__).resolve().parents[5] / "shared" / "esco-nl"
ESCO_EN_SKILLS = ESCO_NL.parent / "esco-en" / "skills_en.csv"
RESEARCH = ESCO_NL.parent / "research"
HEATING_FITTER = "http://data.europa.eu/esco/occupation/7259dc48-004a-4ceb-aa4e-5bbd548c2397"  # verwarmingsmonteur
HEAT_PUMP_TECHNICIAN = "http://data.europa.eu/esco/occupation/8234eee9-1647-460d-8d62-7fe02cb884b0"


def _needs_esco():
    if not (ESCO_NL / "occupations_nl.csv").exists():
        pytest.skip(f"ESCO's Dutch files are not at {ESCO_NL} (see docs/labour.md)")


def _cut(source: Path, target: Path, keep) -> None:
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = [row for row in reader if keep(row)]
        fields = reader.fieldnames
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def esco(db, tmp_path):
    _needs_esco()
    folder = tmp_path / "esco"
    folder.mkdir()
    _cut(ESCO_NL / "ISCOGroups_nl.csv", folder / "ISCOGroups_nl.csv", lambda row: True)
    _cut(
        ESCO_NL / "occupations_nl.csv", folder / "occupations_nl.csv", lambda row: row["iscoGroup"][:2] in {"31", "71"}
    )
    import_esco(folder)
