"""The labour-market regions and their municipalities (data/regions.yaml: its source and whether it was checked
are in the file). No Django."""

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

    def region_of(self, municipality: str) -> str:
        """The region of a municipality (any case), or ""."""
        return self.by_municipality.get(municipality.strip().lower(), "")


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
    return Regions(
        source=data["source"],
        checked=str(checked) if checked else "",
        names=tuple(region["name"] for region in data["regions"]),
        by_municipality=by_municipality,
        examples=frozenset(region["name"] for region in data.get("example_regions", [])),
    )


@cache
def regions() -> Regions:
    return load()
