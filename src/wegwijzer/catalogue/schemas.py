"""One validated shape of an offer, shared by the CSV import, the OOAPI import and the API.

Field names are the CSV column names (docs/import-offers.md) and the API's; values use the catalogue's codes.
Errors are turned into one Dutch sentence per field (``dutch_errors``), so every input path says the same thing.
"""

import re
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

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
            raise ValueError("dubbel")
        return payers

    def model_fields_for_offer(self) -> dict:
        """The Offer model's field values (payers as booleans, price in cents)."""
        from .vocab import PAYER_FIELDS

        data = self.model_dump(exclude={"external_id", "esco", "payers", "price_euros", "active"})
        data.update({field: payer in self.payers for payer, field in PAYER_FIELDS.items()})
        data["price_cents"] = int(self.price_euros * 100)
        data["is_active"] = self.active
        return data


_MESSAGES = {
    "missing": "ontbreekt.",
    "int_parsing": "moet een heel getal zijn.",
    "int_type": "moet een heel getal zijn.",
    "int_from_float": "moet een heel getal zijn.",
    "decimal_parsing": "moet een bedrag zijn, zoals 125.50.",
    "decimal_type": "moet een bedrag zijn, zoals 125.50.",
    "decimal_max_places": "mag hoogstens twee cijfers achter de punt hebben.",
    "decimal_max_digits": "is te groot.",
    "bool_parsing": "moet ja of nee zijn.",
    "bool_type": "moet ja of nee zijn.",
    "string_type": "moet tekst zijn.",
    "string_too_short": "is te kort.",
    "string_too_long": "is te lang.",
    "string_pattern_mismatch": "heeft niet de goede vorm.",
    "extra_forbidden": "is geen bekend veld.",
    "list_type": "moet een lijst zijn.",
    "model_type": "moet een object zijn.",
}


_FIELD_PART = re.compile(r"^([a-z_]+|[0-9]+)$")  # leaves out pydantic's union branch names


def dutch_errors(error: ValidationError) -> list[tuple[str, str]]:
    """(field, Dutch sentence) for each problem, e.g. ("hours", "moet een heel getal zijn.")."""
    problems = []
    for item in error.errors(include_url=False):
        field = ".".join(str(part) for part in item["loc"] if _FIELD_PART.match(str(part)))
        kind = item["type"]
        if kind == "literal_error":
            message = f"kent deze waarde niet. Kies uit: {item.get('ctx', {}).get('expected', '')}."
        elif kind in ("greater_than_equal", "less_than_equal"):
            message = f"ligt buiten het bereik ({_range(item)})."
        elif kind == "value_error" and "nul_character" in str(item.get("ctx", {}).get("error", "")):
            message = "bevat een onzichtbaar teken (NUL) dat niet mag."
        elif kind == "value_error":
            message = "noemt een waarde twee keer."
        else:
            message = _MESSAGES.get(kind, "heeft een ongeldige waarde.")
        if (field, message) not in problems:
            problems.append((field, message))
    return problems


def _range(item: dict) -> str:
    ctx = item.get("ctx", {})
    if "ge" in ctx:
        return f"minstens {ctx['ge']}"
    return f"hoogstens {ctx.get('le')}"
