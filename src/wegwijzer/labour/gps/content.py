"""Change texts ("how this work changes") and growth paths ("small steps from here") as YAML data with sources.

A change text covers occupations by their ISCO group (the longest matching code wins: "7126" beats "71"); a growth
path goes from one ESCO occupation to another, with what stays the same and which skills are new. Every text cites
its sources by the keys of data/sources.yaml and a place in the report ("energietransitie-fase2 L109"); a source
key that is not listed, a missing field or a path to itself is refused when the data loads."""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"


class ContentError(ValueError):
    """The data breaks a rule (the message names the file and the entry)."""


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    where: str  # "L109", "§8.3 L1659-1665" or "" for the whole source


@dataclass(frozen=True)
class Citation:
    title: str
    places: str  # "regel 103-107, regel 109" or ""


def _readable(where: str) -> str:
    """ "§8.3 L1659-1665" -> "hoofdstuk 8.3, regel 1659-1665": the words a reader knows (the page is in Dutch)."""
    parts = []
    for part in where.replace(",", " ").split():
        if part.startswith("§"):
            parts.append(f"hoofdstuk {part[1:]}")
        elif re.fullmatch(r"L\d+(-\d+)?", part):
            parts.append(f"regel {part[1:]}")
        else:
            parts.append(part)
    return ", ".join(parts)


def citations(sources: tuple[Source, ...]) -> tuple[Citation, ...]:
    """Each source once, with every place cited in it, in the order first cited."""
    places: dict[str, list[str]] = {}
    titles = {}
    for source in sources:
        titles[source.key] = source.title
        places.setdefault(source.key, [])
        if source.where:
            places[source.key].append(_readable(source.where))
    return tuple(Citation(titles[key], ", ".join(where)) for key, where in places.items())


@dataclass(frozen=True)
class ChangeText:
    key: str
    title: str
    isco: tuple[str, ...]
    changes: str
    growing: str  # "" where the sources say nothing about it
    shrinking: str
    new_skills: tuple[str, ...]
    sources: tuple[Source, ...]

    @property
    def citations(self) -> tuple[Citation, ...]:
        return citations(self.sources)


@dataclass(frozen=True)
class NewSkill:
    label: str  # the project's own plain Dutch words
    esco_uri: str  # "" when ESCO has no skill for it


@dataclass(frozen=True)
class GrowthPath:
    source_uri: str
    target_uri: str
    title: str  # the name people use ("Warmtepompmonteur"); ESCO's label is shown beside it
    why: str
    same: tuple[str, ...]
    new_skills: tuple[NewSkill, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Content:
    changes: tuple[ChangeText, ...]
    paths: tuple[GrowthPath, ...]

    def change_for(self, isco_code: str) -> ChangeText | None:
        """The change text for an occupation in this ISCO group: the one with the longest matching code."""
        best, length = None, 0
        for text in self.changes:
            for code in text.isco:
                if isco_code.startswith(code) and len(code) > length:
                    best, length = text, len(code)
        return best

    def paths_from(self, occupation_uri: str) -> tuple[GrowthPath, ...]:
        return tuple(path for path in self.paths if path.source_uri == occupation_uri)

    def paths_to(self, occupation_uri: str) -> tuple[GrowthPath, ...]:
        return tuple(path for path in self.paths if path.target_uri == occupation_uri)


def _require(condition: bool, origin: str, problem: str) -> None:
    if not condition:
        raise ContentError(f"{origin}: {problem}")


def _sources(entry: dict, known: dict[str, str], origin: str) -> tuple[Source, ...]:
    cited = entry.get("sources") or []
    _require(bool(cited), origin, "geen bronnen")
    sources = []
    for citation in cited:
        key, _, where = str(citation).partition(" ")
        _require(key in known, origin, f"onbekende bron {key!r}")
        sources.append(Source(key, known[key], where.strip()))
    return tuple(sources)


def _text(entry: dict, field: str, origin: str, required: bool = True) -> str:
    value = entry.get(field, "")
    _require(isinstance(value, str), origin, f"{field} is geen tekst")
    _require(bool(value.strip()) or not required, origin, f"{field} ontbreekt")
    return value.strip()


def _load_yaml(path: Path):
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def load_sources(path: Path) -> dict[str, str]:
    return {key: value["title"] for key, value in _load_yaml(path).items()}


def load_changes(path: Path, known: dict[str, str]) -> tuple[ChangeText, ...]:
    texts = []
    for number, entry in enumerate(_load_yaml(path) or [], start=1):
        origin = f"{path.name} #{number} ({entry.get('key', '?')})"
        isco = tuple(str(code) for code in entry.get("isco") or [])
        _require(bool(isco) and all(code.isdigit() for code in isco), origin, "isco moet codes van cijfers hebben")
        texts.append(
            ChangeText(
                key=_text(entry, "key", origin),
                title=_text(entry, "title", origin),
                isco=isco,
                changes=_text(entry, "changes", origin),
                growing=_text(entry, "growing", origin, required=False),
                shrinking=_text(entry, "shrinking", origin, required=False),
                new_skills=tuple(str(skill) for skill in entry.get("new_skills") or []),
                sources=_sources(entry, known, origin),
            )
        )
    return tuple(texts)


def _new_skill(item: dict, origin: str) -> NewSkill:
    uri = str(item.get("esco") or "")
    _require(not uri or uri.startswith("http://data.europa.eu/esco/skill/"), origin, f"geen ESCO-vaardigheid: {uri}")
    return NewSkill(_text(item, "label", origin), uri)


def load_paths(path: Path, known: dict[str, str]) -> tuple[GrowthPath, ...]:
    paths = []
    for number, entry in enumerate(_load_yaml(path) or [], start=1):
        origin = f"{path.name} #{number} ({entry.get('title', '?')})"
        source_uri, target_uri = _text(entry, "from", origin), _text(entry, "to", origin)
        _require(source_uri != target_uri, origin, "een pad gaat naar ander werk")
        new_skills = tuple(_new_skill(item, origin) for item in entry.get("new_skills") or [])
        _require(bool(new_skills), origin, "new_skills ontbreekt")
        paths.append(
            GrowthPath(
                source_uri=source_uri,
                target_uri=target_uri,
                title=_text(entry, "title", origin),
                why=_text(entry, "why", origin),
                same=tuple(str(item) for item in entry.get("same") or []),
                new_skills=new_skills,
                sources=_sources(entry, known, origin),
            )
        )
    return tuple(paths)


def load(data_dir: Path = DATA) -> Content:
    known = load_sources(data_dir / "sources.yaml")
    return Content(load_changes(data_dir / "changes.yaml", known), load_paths(data_dir / "paths.yaml", known))


@cache
def content() -> Content:
    """The shipped content, read once per process."""
    return load()
