"""Wegwijzer's own Dutch skill list (data/skills_nl.yaml): plain B1 labels with everyday examples, each aligned to
an ESCO skill and skill group. It ships with the project, so skills profiles work without the full ESCO import.
No Django here."""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

SKILL_LIST = Path(__file__).resolve().parent / "data" / "skills_nl.yaml"


@dataclass(frozen=True)
class SkillGroup:
    code: str
    uri: str
    label: str


@dataclass(frozen=True)
class Skill:
    key: str
    label: str
    examples: tuple[str, ...]
    esco_uri: str
    esco_label_en: str
    group: SkillGroup
    areas: tuple[str, ...]
    cues: tuple[str, ...]


@cache
def skills() -> tuple[Skill, ...]:
    data = yaml.safe_load(SKILL_LIST.read_text(encoding="utf-8"))
    groups = {code: SkillGroup(code, group["uri"], group["label"]) for code, group in data["groups"].items()}
    return tuple(
        Skill(
            key=entry["key"],
            label=entry["label"],
            examples=tuple(entry["examples"]),
            esco_uri=entry["esco_uri"],
            esco_label_en=entry["esco_label_en"],
            group=groups[entry["group"]],
            areas=tuple(entry["areas"]),
            cues=tuple(entry["cues"]),
        )
        for entry in data["skills"]
    )


@cache
def by_key() -> dict[str, Skill]:
    return {skill.key: skill for skill in skills()}
