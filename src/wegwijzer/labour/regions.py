"""The labour-market regions and their municipalities (data/regions.yaml: its sources, and per region which
municipalities a public page confirms, are in the file). No Django."""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

REGIONS_FILE = Path(__file__).parent / "data" / "regions.yaml"


@dataclass(frozen=True)
class Regions:
    source: str
    checked: str  # the date the list was checked against the source, or "" while it was not
    names: tuple[str, ...]  # the real regions
    by_municipality: dict[str, str]  # lower-case municipality name -> region
    examples: frozenset[str]  # the demo's example regions
    checked_municipalities: frozenset[str] = frozenset()  # lower case: a cited page names them in their region

    def region_of(self, municipality: str) -> str:
        """The region of a municipality (any case), or ""."""
        return self.by_municipality.get(municipality.strip().lower(), "")

    def is_checked(self, municipality: str) -> bool:
        """Whether a public page, cited in the file with the date it was read, puts this municipality in its region."""
        return municipality.strip().lower() in self.checked_municipalities


def _checked(region: dict, path: Path) -> set[str]:
    """The municipalities of a region that its cited pages name; a citation without url or date, or naming a
    municipality the region does not list, is refused."""
    listed = {name.lower() for name in region["municipalities"]}
    found: set[str] = set()
    for citation in region.get("checked") or []:
        if not citation.get("url") or not citation.get("read"):
            raise ValueError(f"{path.name}: {region['name']}: een bron zonder url of datum")
        for name in citation["municipalities"]:
            if name.lower() not in listed:
                raise ValueError(f"{path.name}: {region['name']}: de bron noemt {name}, de regio niet")
            found.add(name.lower())
    return found


def load(path: Path = REGIONS_FILE) -> Regions:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    by_municipality: dict[str, str] = {}
    for region in [*data["regions"], *data.get("example_regions", [])]:
        for municipality in region["municipalities"]:
            if municipality.lower() in by_municipality:
                raise ValueError(f"{path.name}: {municipality} staat in twee regio's")
            by_municipality[municipality.lower()] = region["name"]
    checked = data.get("checked")
    checked_municipalities = set()
    for region in data["regions"]:
        checked_municipalities |= _checked(region, path)
    return Regions(
        source=data["source"],
        checked=str(checked) if checked else "",
        names=tuple(region["name"] for region in data["regions"]),
        by_municipality=by_municipality,
        examples=frozenset(region["name"] for region in data.get("example_regions", [])),
        checked_municipalities=frozenset(checked_municipalities),
    )


@cache
def regions() -> Regions:
    return load()
