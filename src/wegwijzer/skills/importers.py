"""`wegwijzer import_esco PATH`: ESCO from the ESCO portal's CSV download (one folder, one language).

Reads what the folder has, by the portal's file names: ``ISCOGroups_<lang>.csv``, ``occupations_<lang>.csv``,
``skillGroups_<lang>.csv``, ``skillsHierarchy_<lang>.csv`` and, in the full download, ``skills_<lang>.csv`` and
``occupationSkillRelations_<lang>.csv``. The project's own Dutch skill list (data/skills_nl.yaml) goes in first; a
full skills file adds ESCO's labels to those skills as other names, so the B1 label stays the one people see.

Every bad row is reported with its file and line and skipped; the rest is written in one transaction with bulk
writes. A second run of the same files changes nothing (concepts are found by URI).
"""

import csv
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection, transaction

from wegwijzer.core.registry import Importer

from . import skill_list
from .models import EscoConcept, EscoWord, OccupationSkill
from .text import search_text, words

ESCO = "http://data.europa.eu/esco/"
TYPES = {
    "ISCOGroup": EscoConcept.ConceptType.ISCO_GROUP,
    "Occupation": EscoConcept.ConceptType.OCCUPATION,
    "SkillGroup": EscoConcept.ConceptType.SKILL_GROUP,
    "KnowledgeSkillCompetence": EscoConcept.ConceptType.SKILL,
}
FIELDS = ("label", "concept_type", "code", "alt_labels", "search_text")
LEVELS = range(4)
BATCH = 1000

Progress = Callable[[Iterable, str], Iterable]


def no_progress(rows: Iterable, description: str) -> Iterable:
    return rows


@dataclass
class Concept:
    uri: str
    label: str
    concept_type: str
    code: str = ""
    alt_labels: str = ""
    broader_uri: str = ""

    def values(self) -> tuple:
        return (self.label, self.concept_type, self.code, self.alt_labels, search_text(self.label, self.alt_labels))


@dataclass
class EscoImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    relations: int = 0
    files: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def skip(self, where: str, problem: str) -> None:
        self.errors.append(f"{where}: {problem}")
        self.skipped += 1

    def summary(self) -> str:
        return (
            f"{self.created} nieuw, {self.updated} bijgewerkt, {self.unchanged} ongewijzigd, {self.skipped} "
            f"overgeslagen; {self.relations} nieuwe koppelingen beroep-vaardigheid; {self.seconds:.1f} s."
        )


def rows(path: Path) -> Iterator[tuple[int, dict]]:
    """Each row with the line it starts on (a quoted field may span lines)."""
    with path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file)
        line = 2 if reader.fieldnames else 1  # reading the header moves line_num past it
        for row in reader:
            yield line, row
            line = reader.line_num + 1


def one_file(folder: Path, prefix: str) -> Path | None:
    """The portal's file for one kind, e.g. occupations_nl.csv (not skillsHierarchy_nl.csv for "skills_")."""
    matches = sorted(folder.glob(f"{prefix}*.csv"))
    return matches[0] if matches else None


def alt_labels(value: str | None) -> str:
    return "\n".join(label.strip() for label in (value or "").splitlines() if label.strip())


def read_concepts(path: Path, report: EscoImportReport, progress: Progress) -> Iterator[Concept]:
    """The concepts of one portal file (ISCO groups, occupations, skill groups or skills)."""
    for line, row in progress(rows(path), path.name):
        where = f"{path.name} regel {line}"
        uri, label = (row.get("conceptUri") or "").strip(), (row.get("preferredLabel") or "").strip()
        concept_type = TYPES.get((row.get("conceptType") or "").strip())
        if not uri.startswith(ESCO):
            report.skip(where, f"conceptUri {uri!r} is geen ESCO-adres (het begint niet met {ESCO}).")
        elif concept_type is None:
            report.skip(where, f"onbekende conceptType {row.get('conceptType')!r}.")
        elif not label or len(label) > 300:
            report.skip(where, "preferredLabel is leeg of langer dan 300 tekens.")
        else:
            code = (row.get("code") or "").strip()[:40]
            broader = row.get("iscoGroup", "").strip() if concept_type == EscoConcept.ConceptType.OCCUPATION else ""
            yield Concept(uri, label, concept_type, code, alt_labels(row.get("altLabels")), broader)


def read_hierarchy(path: Path, concepts: dict[str, Concept], report: EscoImportReport, progress: Progress) -> None:
    """The skills pillar's levels: each level's concept falls under the level above; a group that no other file
    had is added with the hierarchy's label."""
    for line, row in progress(rows(path), path.name):
        above = ""
        for level in LEVELS:
            uri = (row.get(f"Level {level} URI") or "").strip()
            if not uri:
                break
            if not uri.startswith(ESCO):
                report.skip(f"{path.name} regel {line}", f"Level {level} URI {uri!r} is geen ESCO-adres.")
                break
            label = (row.get(f"Level {level} preferred term") or "").strip() or uri
            concept = concepts.setdefault(uri, Concept(uri, label, EscoConcept.ConceptType.SKILL_GROUP))
            concept.code = concept.code or (row.get(f"Level {level} code") or "").strip()[:40]
            concept.broader_uri = concept.broader_uri or above
            above = uri


def isco_parents(concepts: dict[str, Concept]) -> None:
    """An ISCO group falls under the group with its code less one digit; an occupation under its ISCO group."""
    by_code = {c.code: c.uri for c in concepts.values() if c.concept_type == EscoConcept.ConceptType.ISCO_GROUP}
    for concept in concepts.values():
        if concept.concept_type == EscoConcept.ConceptType.ISCO_GROUP:
            concept.broader_uri = by_code.get(concept.code[:-1], "")
        elif concept.concept_type == EscoConcept.ConceptType.OCCUPATION:
            concept.broader_uri = by_code.get(concept.broader_uri, "")


def project_skills() -> dict[str, Concept]:
    """The project's Dutch skill list, with its skill groups."""
    concepts: dict[str, Concept] = {}
    for skill in skill_list.skills():
        group = skill.group
        concepts.setdefault(group.uri, Concept(group.uri, group.label, EscoConcept.ConceptType.SKILL_GROUP, group.code))
        concepts[skill.esco_uri] = Concept(
            skill.esco_uri, skill.label, EscoConcept.ConceptType.SKILL, skill.key, "", group.uri
        )
    return concepts


def add_full_skills(concepts: dict[str, Concept], found: Iterable[Concept]) -> None:
    """Skills of the full set; for a skill of the project's list, ESCO's labels become other names."""
    for concept in found:
        own = concepts.get(concept.uri)
        if own is not None and own.concept_type == EscoConcept.ConceptType.SKILL:
            own.alt_labels = alt_labels("\n".join([concept.label, concept.alt_labels]))
        else:
            concepts[concept.uri] = concept


def write_concepts(concepts: dict[str, Concept], report: EscoImportReport) -> dict[str, int]:
    """Create what is new, update what changed, leave the rest; then point each at its broader concept."""
    existing = {row[0]: row[1:] for row in EscoConcept.objects.values_list("uri", "pk", *FIELDS, "broader_id")}
    new, changed = [], []
    for uri, concept in concepts.items():
        values = concept.values()
        if uri not in existing:
            new.append(EscoConcept(uri=uri, **dict(zip(FIELDS, values, strict=True))))
        elif tuple(existing[uri][1:-1]) != values:
            changed.append(EscoConcept(pk=existing[uri][0], uri=uri, **dict(zip(FIELDS, values, strict=True))))
    EscoConcept.objects.bulk_create(new, batch_size=BATCH)
    EscoConcept.objects.bulk_update(changed, FIELDS, batch_size=BATCH)
    ids = dict(EscoConcept.objects.values_list("uri", "pk"))
    moved = []
    for uri, concept in concepts.items():
        broader_id = ids.get(concept.broader_uri)
        if uri not in existing or existing[uri][-1] != broader_id:
            moved.append(EscoConcept(pk=ids[uri], broader_id=broader_id))
    EscoConcept.objects.bulk_update(moved, ["broader"], batch_size=BATCH)
    changed_uris = {concept.uri for concept in changed} | {
        uri for uri in concepts if uri in existing and existing[uri][-1] != ids.get(concepts[uri].broader_uri)
    }
    report.created += len(new)
    report.updated += len(changed_uris)
    report.unchanged += len(concepts) - len(new) - len(changed_uris)
    return ids


def write_words(concepts: dict[str, Concept]) -> None:
    """The vocabulary for typos: the words of every label and other name (not their stems), new ones only."""
    vocabulary = {word for c in concepts.values() for word in words(f"{c.label} {c.alt_labels}") if len(word) <= 100}
    known = set(EscoWord.objects.values_list("word", flat=True))
    EscoWord.objects.bulk_create([EscoWord(word=word) for word in sorted(vocabulary - known)], batch_size=BATCH)


def write_relations(path: Path, ids: dict[str, int], report: EscoImportReport, progress: Progress) -> None:
    wanted: dict[tuple[int, int], bool] = {}
    for line, row in progress(rows(path), path.name):
        occupation, skill = (
            ids.get((row.get("occupationUri") or "").strip()),
            ids.get((row.get("skillUri") or "").strip()),
        )
        if occupation is None or skill is None:
            report.skip(f"{path.name} regel {line}", "het beroep of de vaardigheid staat niet in ESCO.")
            continue
        wanted[(occupation, skill)] = (row.get("relationType") or "").strip() == "essential"
    existing = set(OccupationSkill.objects.values_list("occupation_id", "skill_id", "essential"))
    new = [
        OccupationSkill(occupation_id=occupation, skill_id=skill, essential=essential)
        for (occupation, skill), essential in wanted.items()
        if (occupation, skill, essential) not in existing
    ]
    OccupationSkill.objects.bulk_create(
        new, batch_size=BATCH, update_conflicts=True, unique_fields=["occupation", "skill"], update_fields=["essential"]
    )
    report.relations += len(new)


def import_esco(folder: Path, progress: Progress = no_progress) -> EscoImportReport:
    """Read every portal file the folder has; write it all, or (on a database error) nothing."""
    started = time.perf_counter()
    report = EscoImportReport()
    concepts = project_skills()
    for prefix in ("ISCOGroups_", "skillGroups_", "occupations_"):
        path = one_file(folder, prefix)
        if path:
            report.files.append(path.name)
            concepts.update((c.uri, c) for c in read_concepts(path, report, progress))
    full_skills = one_file(folder, "skills_")
    if full_skills:
        report.files.append(full_skills.name)
        add_full_skills(concepts, read_concepts(full_skills, report, progress))
    hierarchy = one_file(folder, "skillsHierarchy_")
    if hierarchy:
        report.files.append(hierarchy.name)
        read_hierarchy(hierarchy, concepts, report, progress)
    isco_parents(concepts)
    with transaction.atomic():
        ids = write_concepts(concepts, report)
        write_words(concepts)
        relations = one_file(folder, "occupationSkillRelations_")
        if relations:
            report.files.append(relations.name)
            write_relations(relations, ids, report, progress)
    fresh_statistics()
    report.seconds = time.perf_counter() - started
    return report


def fresh_statistics() -> None:
    """PostgreSQL plans with the trigram indexes only once it knows how many rows there are (autovacuum would
    tell it later; searches right after an import should not wait for that)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {EscoConcept._meta.db_table}, {EscoWord._meta.db_table}")


ESCO_IMPORTERS = (
    Importer(
        kind="esco",
        format="esco-csv",
        suffixes=("",),
        description="ESCO als CSV uit het ESCO-portaal: een map met de bestanden van één taal",
        run=import_esco,
    ),
)
