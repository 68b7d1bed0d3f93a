"""The Advies of contract v1 (shared/contract/advice-v1.schema.json) as API schemas, for the OpenAPI document."""

from typing import Literal

from ninja import Schema
from pydantic import Field

Group = Literal[
    "laagopgeleid_vast",
    "flex_bewust_gemotiveerd",
    "flex_bewust_niet_gemotiveerd",
    "flex_tegen_wil_en_dank",
    "flex_twijfelaar",
    "alleenstaande_ouder",
    "nugger",
    "zzp",
    "oudere_werknemer",
    "overig",
]
Category = Literal[
    "stabiliteit", "begeleiding", "orientatie", "motivatie", "erkenning", "leren", "financiering", "werkgever"
]


Horizon = Literal["nu", "daarna", "later"]


class Answer(Schema):
    field: str = Field(min_length=1, description="Het veld van het Profiel, zoals 'scales.motivation'.")
    value: object = Field(description="Het antwoord dat de persoon gaf (bij een lijst: één gekozen waarde).")


_BECAUSE = "De antwoorden van de persoon waar dit op rust ('Omdat je zei ...')."


class Barrier(Schema):
    code: str
    dimension: Literal["weten", "willen", "kunnen", "durven", "mogen"]
    eigen_regie: Literal["richting", "ruimte", "ruggensteun"] | None = None
    type: Literal["situationeel", "dispositioneel", "institutioneel"]
    why: str = Field(min_length=1, description="Waarom dit een drempel is, in gewone taal (B1).")
    sources: list[str] = Field(min_length=1, description="Bronnen in het onderzoek, zoals 'panteia-2019 §8.3 L1645'.")
    because: list[Answer] = Field(default_factory=list, description=_BECAUSE)


class Strength(Schema):
    code: str
    why: str = Field(min_length=1)
    because: list[Answer] = Field(default_factory=list, description=_BECAUSE)


class Step(Schema):
    rank: int = Field(ge=1)
    category: Category
    code: str
    title: str = Field(min_length=1)
    why: str = Field(min_length=1)
    sources: list[str] = Field(min_length=1)
    because: list[Answer] = Field(default_factory=list, description=_BECAUSE)
    horizon: Horizon = Field("nu", description="Wanneer: 'nu' (hoogstens vijf stappen), 'daarna' of 'later'.")
    service: str | None = Field(
        None, description="Het soort hulp waar de stap heen stuurt (woordenlijst in het contract), zoals 'schuldhulp'."
    )


class Advies(Schema):
    schema_version: Literal["1"]
    target_groups: list[Group] = Field(min_length=1)
    primary_group: Group
    barriers: list[Barrier]
    strengths: list[Strength]
    route: Literal["ontwikkelroute", "taakontwerproute", "mobiliteitsroute"] | None = None
    steps: list[Step] = Field(min_length=1)


class Error(Schema):
    detail: str = Field(description="Wat er mis is, in het Nederlands.")
    field: str | None = Field(None, description="Het veld waar het om gaat, zoals 'scales.motivation'.")
