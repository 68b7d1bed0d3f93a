"""`wegwijzer import_esco` on the Dutch ESCO files in ../shared/esco-nl, and on small broken copies of them."""

import csv
import shutil
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from wegwijzer.skills import skill_list
from wegwijzer.skills.models import EscoConcept

pytestmark = pytest.mark.django_db
Type = EscoConcept.ConceptType


def run(path) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_esco", str(path), "--stil", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def count_rows(path) -> int:
    with path.open(encoding="utf-8", newline="") as file:
        return sum(1 for _ in csv.DictReader(file))


def test_the_dutch_files_import_with_their_hierarchy(esco_nl):
    _, err = run(esco_nl)

    assert err == ""
    assert EscoConcept.objects.filter(concept_type=Type.OCCUPATION).count() == count_rows(
        esco_nl / "occupations_nl.csv"
    )
    assert EscoConcept.objects.filter(concept_type=Type.ISCO_GROUP).count() == count_rows(esco_nl / "ISCOGroups_nl.csv")
    cleaner = EscoConcept.objects.get(label="schoonmaker gebouwen")
    assert cleaner.broader.concept_type == Type.ISCO_GROUP
    assert cleaner.broader.code == "9112" and cleaner.broader.broader.code == "911"
    assert "schoonmaakster" in cleaner.alt_labels.splitlines()
    group = EscoConcept.objects.get(uri="http://data.europa.eu/esco/skill/e7a48651-3f68-4762-bf93-57cc1af47016")
    assert (group.label, group.broader.code) == ("verstrekken van algemene individuele zorg", "S3")


def test_a_second_run_changes_nothing(esco_nl):
    run(esco_nl)
    before = list(EscoConcept.objects.order_by("pk").values())

    out, _ = run(esco_nl)

    assert out.splitlines()[-1].startswith("0 nieuw, 0 bijgewerkt, ")
    assert list(EscoConcept.objects.order_by("pk").values()) == before


def test_the_project_skill_list_is_imported_with_its_b1_labels(esco_nl):
    run(esco_nl)

    for skill in skill_list.skills():
        concept = EscoConcept.objects.get(uri=skill.esco_uri)
        assert (concept.label, concept.concept_type, concept.broader.uri) == (skill.label, Type.SKILL, skill.group.uri)


def test_bad_rows_are_reported_by_file_and_line_and_the_rest_is_written(esco_nl, tmp_path):
    shutil.copy(esco_nl / "ISCOGroups_nl.csv", tmp_path)
    lines = (esco_nl / "occupations_nl.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    header, body = lines[0], "".join(lines[1:])
    broken = header + "Occupation,ftp://elders/beroep,9112,fout adres,,,,,,,,,,\n"
    broken += "Occupation,http://data.europa.eu/esco/occupation/zonder-naam,9112,,,,,,,,,,,\n" + body
    (tmp_path / "occupations_nl.csv").write_text(broken, encoding="utf-8")

    _, err = run(tmp_path)

    assert err.splitlines() == [
        "occupations_nl.csv regel 2: conceptUri 'ftp://elders/beroep' is geen ESCO-adres "
        "(het begint niet met http://data.europa.eu/esco/).",
        "occupations_nl.csv regel 3: preferredLabel is leeg of langer dan 300 tekens.",
    ]
    assert EscoConcept.objects.filter(concept_type=Type.OCCUPATION).count() == count_rows(
        esco_nl / "occupations_nl.csv"
    )


def test_a_full_download_adds_skills_and_their_relations_to_occupations(tmp_path):
    project_skill = skill_list.skills()[0]
    (tmp_path / "skills_nl.csv").write_text(
        "conceptType,conceptUri,preferredLabel,altLabels\n"
        f'KnowledgeSkillCompetence,{project_skill.esco_uri},ouderen verzorgen,"zorgen voor ouderen\nbejaarden helpen"\n'
        "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/nieuw,vloeren boenen,\n",
        encoding="utf-8",
    )
    (tmp_path / "occupations_nl.csv").write_text(
        "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels\n"
        "Occupation,http://data.europa.eu/esco/occupation/zorghulp,5322,zorghulp,\n",
        encoding="utf-8",
    )
    (tmp_path / "occupationSkillRelations_nl.csv").write_text(
        "occupationUri,relationType,skillType,skillUri\n"
        f"http://data.europa.eu/esco/occupation/zorghulp,essential,skill/competence,{project_skill.esco_uri}\n"
        "http://data.europa.eu/esco/occupation/zorghulp,optional,skill/competence,http://data.europa.eu/esco/skill/weg\n",
        encoding="utf-8",
    )

    _, err = run(tmp_path)

    own = EscoConcept.objects.get(uri=project_skill.esco_uri)
    assert own.label == project_skill.label  # the B1 label stays; ESCO's labels become other names
    assert own.alt_labels.splitlines() == ["ouderen verzorgen", "zorgen voor ouderen", "bejaarden helpen"]
    assert EscoConcept.objects.get(label="vloeren boenen").concept_type == Type.SKILL
    assert list(own.occupation_links.values_list("occupation__label", "essential")) == [("zorghulp", True)]
    assert err == "occupationSkillRelations_nl.csv regel 3: het beroep of de vaardigheid staat niet in ESCO.\n"
    assert run(tmp_path)[0].splitlines()[-1].startswith("0 nieuw, 0 bijgewerkt")


def test_a_folder_without_esco_files_or_no_folder_is_one_dutch_line(tmp_path):
    with pytest.raises(CommandError, match=r"In .* staat geen ESCO-bestand"):
        run(tmp_path)
    with pytest.raises(CommandError, match="bestaat niet"):
        run(tmp_path / "weg")
