"""Which occupations lie within reach of another, computed from ESCO (no Django).

An occupation is near another when they share an ISCO group (the same four digits count most, then three, then
two) and, where ESCO's occupation-skill relations are imported, when they share skills and skill groups. The index
is built once per set of occupations, so one question looks only at the occupations of the same ISCO groups and
at those that share a skill or skill group, not at all 3,039."""

from collections import defaultdict
from dataclasses import dataclass, field

ISCO_WEIGHTS = {4: 30, 3: 20, 2: 10}  # points for a shared ISCO group of 4, 3 or 2 digits
SKILL_WEIGHT = 40  # points for the share of the target's skills the person already has (0..1)
SKILL_GROUP_WEIGHT = 10  # points for the share of the target's skill groups the person already knows (0..1)


@dataclass(frozen=True)
class Occupation:
    uri: str
    label: str
    isco: str  # the ISCO group, four digits ("7126")
    skills: frozenset[str] = frozenset()  # ESCO skill URIs, where the relations are imported
    skill_groups: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Near:
    occupation: Occupation
    score: float
    shared_isco: str  # the longest shared ISCO code ("712"), "" if none
    shared_skills: frozenset[str] = frozenset()
    new_skills: frozenset[str] = frozenset()


def _shared_prefix(one: str, other: str) -> str:
    for digits in (4, 3, 2):
        if one[:digits] == other[:digits] and len(one) >= digits:
            return one[:digits]
    return ""


def score(source: Occupation, target: Occupation) -> Near:
    """How near `target` is for someone in `source`: the formula both the index and the naive scan use."""
    shared = _shared_prefix(source.isco, target.isco)
    points = float(ISCO_WEIGHTS.get(len(shared), 0))
    shared_skills = source.skills & target.skills
    if target.skills:
        points += SKILL_WEIGHT * len(shared_skills) / len(target.skills)
    if target.skill_groups:
        points += SKILL_GROUP_WEIGHT * len(source.skill_groups & target.skill_groups) / len(target.skill_groups)
    return Near(target, points, shared, frozenset(shared_skills), frozenset(target.skills - source.skills))


def _best(source: Occupation, candidates, limit: int) -> list[Near]:
    scored = (score(source, other) for other in candidates if other.uri != source.uri)
    ranked = sorted(
        (near for near in scored if near.score > 0),
        key=lambda near: (-near.score, near.occupation.label, near.occupation.uri),
    )
    return ranked[:limit]


def naive_within_reach(source: Occupation, occupations, limit: int = 5) -> list[Near]:
    """The baseline: score every occupation."""
    return _best(source, occupations, limit)


@dataclass
class ReachIndex:
    """Occupations by ISCO prefix and by skill, so a question scores only the candidates."""

    by_uri: dict[str, Occupation] = field(default_factory=dict)
    by_isco: dict[str, list[Occupation]] = field(default_factory=lambda: defaultdict(list))
    by_skill: dict[str, list[Occupation]] = field(default_factory=lambda: defaultdict(list))
    by_skill_group: dict[str, list[Occupation]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def build(cls, occupations) -> "ReachIndex":
        index = cls()
        for occupation in occupations:
            index.by_uri[occupation.uri] = occupation
            for digits in (2, 3, 4):
                index.by_isco[occupation.isco[:digits]].append(occupation)
            for skill in occupation.skills:
                index.by_skill[skill].append(occupation)
            for group in occupation.skill_groups:
                index.by_skill_group[group].append(occupation)
        return index

    def within_reach(self, uri: str, limit: int = 5) -> list[Near]:
        """The `limit` nearest occupations, best first (ties by label); [] for an unknown occupation."""
        source = self.by_uri.get(uri)
        if source is None:
            return []
        candidates = {other.uri: other for other in self.by_isco.get(source.isco[:2], [])}
        for skill in source.skills:
            candidates.update((other.uri, other) for other in self.by_skill[skill])
        for group in source.skill_groups:
            candidates.update((other.uri, other) for other in self.by_skill_group[group])
        return _best(source, candidates.values(), limit)
