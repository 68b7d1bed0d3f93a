"""ESCO for the labour tests: the real Dutch files from ../shared/esco-nl, cut to the occupations of the ISCO groups
that the installer's story needs (all ISCO groups, occupations in groups 31xx and 71xx), imported with the skills
app's own importer. Where the files are missing, the tests that need them skip and say so."""

import csv
from pathlib import Path

import pytest

from wegwijzer.labour.services import forget_index
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
    forget_index()  # an index of a previous test's database would stay for VERSION_CHECK_SECONDS


INSTALLER_CODE = "MONTEUR4"
# The installer's Profiel: 47, a permanent job as cv-monteur (the scan's own answers are the scan app's business).
INSTALLER_PROFILE = {"work_status": "vast", "age": 47, "education": "mbo2", "occupation": "cv-monteur",
                     "scales": {"motivation": 3, "knows_labour_market": 2}}  # fmt: skip


@pytest.fixture
def installer(esco, monkeypatch):
    """The 47-year-old installer of issue 17 in Demodam (the example region's figures and the example offers of the
    demo), with his scan; returns the scan. A test client opens it with `open_scan`."""
    from wegwijzer.advice.engine import validate_profile
    from wegwijzer.directory.models import Municipality
    from wegwijzer.labour import demo
    from wegwijzer.scan import services as scan_services
    from wegwijzer.scan.codes import code_hash
    from wegwijzer.scan.models import Scan

    profile = validate_profile(INSTALLER_PROFILE)
    monkeypatch.setattr(scan_services, "profile_for", lambda request, scan: profile)
    Municipality.objects.get_or_create(name="Demodam", defaults={"is_demo": True})
    demo.load()
    return Scan.objects.create(code=code_hash(INSTALLER_CODE), answers={"gemeente": "Demodam"})


def open_scan(client, scan) -> None:
    from wegwijzer.scan.services import SESSION_CODE

    session = client.session
    session[SESSION_CODE] = scan.code
    session.save()
