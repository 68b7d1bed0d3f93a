"""A funding scheme as the engine sees it: plain frozen data, filled from the database (models.FundingScheme) or
from a test. No Django here. Amounts are whole euro cents, never floats."""

from dataclasses import dataclass, field
from datetime import date

# Who funds a scheme, and which payer an offer names for it (catalogue vocab.Payer codes).
KIND_PAYER = {
    "landelijk": "landelijk",
    "sector": "oo_fonds",
    "cao": "werkgever",
    "gemeente": "gemeente",
    "regio": "gemeente",
    "werkgever": "werkgever",
}
KINDS = tuple(KIND_PAYER)


def euros(cents: int) -> str:
    """Dutch notation: 150000 → "€ 1.500", 12345 → "€ 123,45"."""
    whole, rest = divmod(cents, 100)
    said = f"{whole:,}".replace(",", ".")
    return f"€ {said}" if rest == 0 else f"€ {said},{rest:02d}"


@dataclass(frozen=True)
class Who:
    """Who qualifies. An empty tuple or None means: anyone, this scheme does not ask about it."""

    work_statuses: tuple[str, ...] = ()  # Profiel work_status values; "zzp" for the self-employed
    educations: tuple[str, ...] = ()  # Profiel education values (the highest level completed or followed)
    age_min: int | None = None
    age_max: int | None = None
    benefits: tuple[str, ...] = ()  # Profiel benefit values
    low_income: bool = False  # only for people with little money (bijstand, money worries, debts)
    sectors: tuple[str, ...] = ()  # plain names ("techniek"); the Profiel does not know a person's sector
    regions: tuple[str, ...] = ()  # municipalities or provinces, as a person would name them


@dataclass(frozen=True)
class Payment:
    """What it pays: a fixed amount or a percentage of the price, each up to ``max_cents`` when given."""

    amount_cents: int | None = None
    percentage: int | None = None
    max_cents: int | None = None

    @property
    def text(self) -> str:
        """In words: "€ 1.500", "de hele prijs, hoogstens € 750", "50% van de prijs"."""
        if self.amount_cents is not None:
            said = euros(self.amount_cents)
        else:
            said = "de hele prijs" if self.percentage == 100 else f"{self.percentage}% van de prijs"
        return said if self.max_cents is None else f"{said}, hoogstens {euros(self.max_cents)}"

    def for_price(self, price_cents: int) -> int:
        """How many cents of this price the scheme pays (never more than the price)."""
        paid = self.amount_cents if self.amount_cents is not None else price_cents * (self.percentage or 0) // 100
        if self.max_cents is not None:
            paid = min(paid, self.max_cents)
        return min(paid, price_cents)


@dataclass(frozen=True)
class PaysFor:
    """Which offers it pays for, as catalogue codes; empty means any kind or any certificate."""

    offer_kinds: tuple[str, ...] = ()
    certificates: tuple[str, ...] = ()


@dataclass(frozen=True)
class HowToApply:
    steps: tuple[str, ...] = ()
    link: str = ""
    documents: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scheme:
    code: str
    name: str
    funder: str
    kind: str  # one of KINDS
    description: str = ""
    who: Who = field(default_factory=Who)
    payment: Payment = field(default_factory=Payment)
    pays_for: PaysFor = field(default_factory=PaysFor)
    valid_from: date | None = None
    valid_until: date | None = None  # the last day it can be used
    apply: HowToApply = field(default_factory=HowToApply)
    source: str = ""
    checked_on: date | None = None
    is_example: bool = False

    @property
    def payer(self) -> str:
        return KIND_PAYER[self.kind]

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )


@dataclass(frozen=True)
class OfferFacts:
    """What the engine needs to know of an offer; labels are the page's words for its kind and certificate."""

    price_cents: int
    kind: str
    kind_label: str
    certificate: str
    certificate_label: str


@dataclass(frozen=True)
class Place:
    """Where the person lives, as far as they told: a municipality and/or a province (names)."""

    municipality: str = ""
    province: str = ""

    def names(self) -> set[str]:
        return {name.casefold() for name in (self.municipality, self.province) if name}
