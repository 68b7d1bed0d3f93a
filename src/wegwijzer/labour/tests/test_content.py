"""The change texts and growth paths: the shipped data loads, cites real places in the research and real ESCO
concepts, and data that breaks a rule is refused when it loads."""

import csv
import re
import shutil

import pytest

from wegwijzer.labour.gps.content import DATA, ContentError, content, load

from .conftest import ESCO_EN_SKILLS, ESCO_NL, HEATING_FITTER, RESEARCH

REPORT_FILES = {
    "panteia-2019": "000_53c91a5c0ba742b7.txt",
    "kuijpers-draaisma-2020": "002_6ea12cab6d766073.txt",
    "energietransitie-fase2": "003_4c98c4de19dd5921.txt",
}


def _copy(tmp_path):
    for name in ("sources.yaml", "changes.yaml", "paths.yaml"):
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


def test_the_installers_work_changes_with_heat_pumps_and_names_its_source():
    text = content().change_for("7126")
    assert "warmtepomp" in text.changes
    assert ("energietransitie-fase2", "L109") in {(source.key, source.where) for source in text.sources}


def test_the_longest_isco_code_wins_and_unknown_work_has_no_text():
    assert content().change_for("7212").key == "productie"  # "72" covers welders
    assert content().change_for("2120") is None  # a mathematician: no text, the page says so


def test_a_source_key_that_is_not_known_is_refused(tmp_path):
    folder = _copy(tmp_path)
    text = (folder / "changes.yaml").read_text(encoding="utf-8")
    (folder / "changes.yaml").write_text(text.replace("energietransitie-fase2 L109", "bedacht-2030 L1"), "utf-8")
    with pytest.raises(ContentError, match="onbekende bron 'bedacht-2030'"):
        load(folder)


def test_a_path_without_sources_or_to_itself_is_refused(tmp_path):
    folder = _copy(tmp_path)
    (folder / "paths.yaml").write_text(
        f"- {{from: {HEATING_FITTER}, to: {HEATING_FITTER}, title: X, why: Y, "
        f"new_skills: [{{label: Z}}], sources: [esco]}}\n",
        "utf-8",
    )
    with pytest.raises(ContentError, match="ander werk"):
        load(folder)
    (folder / "paths.yaml").write_text(
        f"- {{from: {HEATING_FITTER}, to: x, title: X, why: Y, new_skills: [{{label: Z}}]}}\n", "utf-8"
    )
    with pytest.raises(ContentError, match="geen bronnen"):
        load(folder)


def test_every_cited_line_exists_in_its_report():
    if not RESEARCH.exists():
        pytest.skip(f"the research is not at {RESEARCH}")
    cited = [source for text in content().changes for source in text.sources]
    cited += [source for path in content().paths for source in path.sources]
    for source in cited:
        if source.key == "esco":
            continue
        lines = (RESEARCH / REPORT_FILES[source.key]).read_text(encoding="utf-8").count("\n")
        for number in re.findall(r"\d+", source.where):
            assert int(number) <= lines, f"{source.key} {source.where}"


def test_every_path_names_real_esco_occupations_and_skills():
    if not ESCO_EN_SKILLS.exists():
        pytest.skip("ESCO's files are not in ../shared")
    with (ESCO_NL / "occupations_nl.csv").open(encoding="utf-8") as handle:
        occupations = {row["conceptUri"] for row in csv.DictReader(handle)}
    with ESCO_EN_SKILLS.open(encoding="utf-8") as handle:
        skills = {row["id"] for row in csv.DictReader(handle)}
    for path in content().paths:
        assert {path.source_uri, path.target_uri} <= occupations, path.title
        assert {skill.esco_uri for skill in path.new_skills if skill.esco_uri} <= skills, path.title
