"""One validated shape of an offer, shared by the CSV import, the OOAPI import and the API.

Field names are the CSV column names (docs/import-offers.md) and the API's; values use the catalogue's codes.
Errors are turned into one Dutch sentence per field (``dutch_errors``), so every input path says the same thing.
"""

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

from wegwijzer.core.invalid_input import dutch_message, field_path

from .vocab import Certificate, Delivery, EntryLevel, Kind, Language, Nlqf, Payer, Region, Schedule, Theme


def _literal(choices):
    return Literal[tuple(choices.values)]


def no_nul(value):
    """PostgreSQL cannot store the NUL character in text: refuse it on every input path, with a clear message."""
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("nul_character")
    return value


class NoNulModel(BaseModel):
    """Refuses NUL in every text field, also in nested models (an ESCO label inside an offer)."""

    _no_nul_characters = field_validator("*", mode="after")(no_nul)


PROVIDER_CODE_LENGTH = 80  # Provider.code
ProviderCode = Annotated[str, StringConstraints(max_length=PROVIDER_CODE_LENGTH), AfterValidator(no_nul)]


class EscoIn(NoNulModel):
    model_config = ConfigDict(extra="forbid")

    uri: Annotated[str, StringConstraints(pattern=r"^http://data\.europa\.eu/esco/\S+$", max_length=300)]
    label: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]

    @property
    def concept_type(self) -> str:
        return "occupation" if "/occupation/" in self.uri else "skill"


class OfferIn(NoNulModel):
    """An offer as a provider sends it. ``external_id`` is the provider's own id: the key for updates."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    external_id: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    kind: _literal(Kind)
    theme: _literal(Theme)
    title: Annotated[str, StringConstraints(min_length=3, max_length=200)]
    description: Annotated[str, StringConstraints(min_length=10, max_length=5000)]
    signup_url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=500)] | Literal[""] = ""
    signup_info: Annotated[str, StringConstraints(max_length=2000)] = ""
    delivery: _literal(Delivery)
    schedule: _literal(Schedule)
    hours: Annotated[int, Field(ge=1, le=5000)]
    weeks: Annotated[int, Field(ge=1, le=260)] = 1
    postcode: Annotated[str, StringConstraints(pattern=r"^([1-9][0-9]{3}( ?[A-Z]{2})?)?$")] = ""
    city: Annotated[str, StringConstraints(max_length=100)] = ""
    region: _literal(Region) | Literal[""] = ""
    price_euros: Annotated[Decimal, Field(ge=0, le=100_000, max_digits=8, decimal_places=2)]
    payers: list[_literal(Payer)] = []
    entry_level: _literal(EntryLevel) = EntryLevel.GEEN.value
    entry_requirements: Annotated[str, StringConstraints(max_length=2000)] = ""
    nlqf: _literal(Nlqf) | Literal[""] = ""
    qualification_code: Annotated[str, StringConstraints(pattern=r"^([0-9]{5})?$")] = ""
    language: _literal(Language) = Language.NL.value
    language_support: bool = False
    exam: bool = False
    certificate: _literal(Certificate)
    esco: list[EscoIn] = []
    active: bool = True

    @field_validator("payers")
    @classmethod
    def _unique_payers(cls, payers: list[str]) -> list[str]:
        if len(set(payers)) != len(payers):
            raise ValueError("unique_items")
        return payers

    def model_fields_for_offer(self) -> dict:
        """The Offer model's field values (price in cents; the payers are links, ``self.payers``): the one mapping
        from input to model, for the API (services.upsert_offer) and the imports (importers/writer.py)."""
        data = self.model_dump(exclude={"external_id", "esco", "payers", "price_euros", "active"})
        data["price_cents"] = int(self.price_euros * 100)
        data["is_active"] = self.active
        return data


def dutch_errors(error: ValidationError, wording: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(field, Dutch sentence) for each problem, e.g. ("hours", "moet een heel getal zijn.").

    ``wording`` replaces the sentence for some error types where the input format says it otherwise (CSV: ja/nee).
    """
    problems = []
    for item in error.errors(include_url=False):
        field = field_path(item["loc"])
        message = (wording or {}).get(item["type"]) or dutch_message(item)
        if not any(known == field for known, _message in problems):  # a union's branches: its first error is enough
            problems.append((field, message))
    return problems
