"""The Profiel of contract v1 (shared/contract/profile-v1.schema.json) as a strict pydantic model.

Strict mode mirrors JSON Schema: "30" is not an integer and true is not a number. The tests check this model
against the contract's own schema with generated documents, so the two cannot drift apart unnoticed.
"""

from functools import cache
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, ValidationError

from wegwijzer.core.invalid_input import dutch_message, field_path

MAX_PROFILE_BYTES = 64 * 1024
# No one has worked longer than their age minus this many years. A loose bound (a design choice, not a legal age):
# it refuses only answers that cannot both be true, such as 30 years of work at age 20.
YEARS_BEFORE_WORK = 12

Education = Literal["geen", "basisonderwijs", "vmbo", "mbo1", "mbo2", "mbo3", "mbo4", "havo", "vwo", "hbo", "wo"]
WorkStatus = Literal["vast", "tijdelijk", "uitzend", "oproep", "zzp", "werkzoekend", "niet_werkend", "student"]
Benefit = Literal["geen", "ww", "bijstand", "arbeidsongeschiktheid", "anders"]
FlexChoice = Literal["bewust", "tegen_wil", "twijfel"]
Problem = Literal[
    "schulden",
    "geldzorgen",
    "huisvesting",
    "gezondheid",
    "psychisch",
    "kinderopvang",
    "vervoer",
    "juridisch",
    "scheiding",
]
DutchLanguage = Literal["moedertaal", "goed", "matig", "beperkt"]
Goal = Literal["zelfde_werk_beter", "ander_werk", "werk_vinden", "zekerheid", "persoonlijke_groei", "weet_niet"]
LearningPreference = Literal[
    "kort",
    "online",
    "praktijk",
    "avond",
    "onder_werktijd",
    "samen",
    "eigen_tempo",
    "zonder_examen",
    "certificaat",
    "dichtbij",
]
InformalExperience = Literal[
    "vrijwilligerswerk", "mantelzorg", "opvoeding", "hobby", "bijbaan", "werk_buitenland", "eerder_werk"
]


def _unique(items: list) -> list:
    if len(set(items)) != len(items):
        raise ValueError("unique_items")
    return items


def UniqueList(item_type):
    return Annotated[list[item_type], AfterValidator(_unique), Field(json_schema_extra={"uniqueItems": True})]


def _integral(value: object) -> object:
    """JSON Schema counts 40.0 as the integer 40; strict pydantic would not, so whole floats become ints here."""
    if type(value) is float and value.is_integer():
        return int(value)
    return value


def Whole(low: int, high: int):
    """An optional whole number from low to high, as the contract's {"type": ["integer", "null"]} fields."""
    return Annotated[Annotated[int, Field(ge=low, le=high)], BeforeValidator(_integral)] | None


Likert = Whole(1, 5)


class Scales(BaseModel):
    """Self-rated statements, 1 = helemaal niet mee eens, 5 = helemaal mee eens."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    knows_options: Likert = None
    knows_labour_market: Likert = None
    sees_urgency: Likert = None
    motivation: Likert = None
    learning_attitude: Likert = None
    self_efficacy: Likert = None
    social_norm: Likert = None
    employer_support: Likert = None
    time: Likert = None
    money: Likert = None
    career_control: Likert = None
    work_pressure: Likert = None
    autonomy: Likert = None


class Profile(BaseModel):
    """What the scan knows about one person. Every field is optional: unknown is null or absent."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    schema_version: Literal["1"] = "1"
    age: Whole(15, 100) = None
    education: Education | None = None
    education_completed: bool | None = None
    work_status: WorkStatus | None = None
    benefit: Benefit | None = None
    years_experience: Whole(0, 70) = None
    years_current_job: Whole(0, 70) = None
    hours_per_week: Whole(0, 80) = None
    occupation: Annotated[str | None, StringConstraints(max_length=200)] = None
    flex_choice: FlexChoice | None = None
    single_parent: bool | None = None
    children_under_12: Whole(0, 20) = None
    informal_care: bool | None = None
    problems: UniqueList(Problem) = []
    dutch_language: DutchLanguage | None = None
    digital_skills: Likert = None
    scales: Scales = Scales()
    goal: Goal | None = None
    learning_preferences: UniqueList(LearningPreference) = []
    informal_experience: UniqueList(InformalExperience) = []
    trained_last_year: bool | None = None
    job_at_risk: bool | None = None


class ProfileError(ValueError):
    """An invalid Profiel, with the field it is about and one Dutch sentence that says what is wrong."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}" if field else message)


def parse_profile(raw: str | bytes) -> Profile:
    """Parse and validate a Profiel from JSON text; raise ProfileError with a Dutch message naming the field.

    This is the contract's entry (command line and API), so it also refuses answers that cannot both be true."""
    if len(raw) > MAX_PROFILE_BYTES:
        raise ProfileError("", f"het profiel is te groot (meer dan {MAX_PROFILE_BYTES // 1024} kB).")
    try:
        profile = Profile.model_validate_json(raw)
    except ValidationError as exc:
        raise _profile_error(exc) from None
    for problem in contradictions(profile):
        raise problem
    return profile


def contradictions(profile: Profile) -> list[ProfileError]:
    """Answers that cannot both be true, each naming both fields in Dutch (the scan can ask again with these)."""
    problems = []
    age, years, in_job = profile.age, profile.years_experience, profile.years_current_job
    if age is not None and years is not None and years > age - YEARS_BEFORE_WORK:
        problems.append(
            ProfileError(
                "years_experience",
                f"{years} jaar werkervaring (years_experience) kan niet bij een leeftijd van {age} jaar (age). "
                f"Controleer beide antwoorden.",
            )
        )
    if years is not None and in_job is not None and in_job > years:
        problems.append(
            ProfileError(
                "years_current_job",
                f"{in_job} jaar in dit werk (years_current_job) is meer dan {years} jaar werkervaring in totaal "
                f"(years_experience). Controleer beide antwoorden.",
            )
        )
    return problems


def validate_profile(data: object) -> Profile:
    """Validate an already parsed Profiel (a dict from JSON)."""
    if not isinstance(data, dict):
        raise ProfileError("", 'het profiel moet een JSON-object zijn, zoals {"age": 40}.')
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        raise _profile_error(exc) from None


def _profile_error(exc: ValidationError) -> ProfileError:
    error = exc.errors(include_url=False)[0]
    field = field_path(error["loc"])
    if error["type"] in {"greater_than_equal", "less_than_equal"} and field in _ranges():
        low, high = _ranges()[field]
        return ProfileError(field, f"ligt buiten het toegestane bereik (van {low} tot en met {high}).")
    return ProfileError(field, dutch_message(error, nullable=True))


@cache
def _ranges() -> dict[str, tuple[int, int]]:
    """The allowed range of every whole-number field, read from the model itself: "age" → (15, 100)."""
    schema = Profile.model_json_schema()
    fields = {**schema["properties"]}
    fields.update({f"scales.{name}": part for name, part in schema["$defs"]["Scales"]["properties"].items()})
    ranges = {}
    for name, part in fields.items():
        for option in part.get("anyOf", []):
            if "minimum" in option:
                ranges[name] = (option["minimum"], option["maximum"])
    return ranges
