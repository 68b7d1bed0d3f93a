"""The project's own Dutch skill list: every entry aligns to a skill that exists in ESCO, in a group of its
hierarchy, and covers the kinds of work and life the issue names."""

import csv

from wegwijzer.skills import skill_list

AREAS = {"zorg", "schoonmaak", "logistiek", "winkel", "horeca", "bouw", "productie", "gezin", "mantelzorg",
         "vrijwilligerswerk"}  # fmt: skip


def esco_skills(path) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as file:
        return {row["id"]: row["description"] for row in csv.DictReader(file)}


def test_every_uri_is_an_esco_skill_with_the_english_label_written_beside_it(skills_en):
    known = esco_skills(skills_en)
    for skill in skill_list.skills():
        assert skill.esco_uri in known, skill.key
        assert known[skill.esco_uri].lower().startswith(skill.esco_label_en.lower()), skill.key


def test_every_group_is_in_the_skills_hierarchy(esco_nl):
    text = (esco_nl / "skillsHierarchy_nl.csv").read_text(encoding="utf-8")
    for skill in skill_list.skills():
        assert skill.group.uri in text and skill.group.label in text, skill.key


def test_each_entry_has_a_label_examples_in_everyday_words_and_cues():
    skills = skill_list.skills()
    assert 60 <= len(skills) <= 100
    assert len({s.key for s in skills}) == len(skills) and len({s.esco_uri for s in skills}) == len(skills)
    for skill in skills:
        assert skill.label and skill.examples and skill.cues, skill.key
        assert all(example.startswith(("Ik ", "Mensen ", "Vrienden ", "We ", "Op ")) for example in skill.examples)
    covered = {area for skill in skills for area in skill.areas}
    assert covered >= AREAS
