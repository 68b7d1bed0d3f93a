"""The learning-climate survey as data (data/climate_survey.yaml) and its summary of a group's answers. Pure: no
Django, so the summary can be tested and reasoned about on its own.

SURVEY: Survey                                      the factors, barriers and drivers, read once
tally(answers) -> Tally                             what a group's summary needs: counts and sums, no answer
summarise(tally, k) -> Summary | None               None when fewer than k answered
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from .suppression import Distribution, suppress_distribution

DATA = Path(__file__).parent / "data" / "climate_survey.yaml"
SCALE = range(1, 6)  # 1 helemaal oneens ... 5 helemaal eens


@dataclass(frozen=True)
class Factor:
    key: str
    title: str
    statement: str
    advice: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Choice:
    question: str
    options: dict[str, str]  # key -> label
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Survey:
    factors: tuple[Factor, ...]
    barriers: Choice
    drivers: Choice


@dataclass(frozen=True)
class Answer:
    """One person's answers, without the person: a score per factor key, one barrier and one driver key."""

    scores: Mapping[str, int]
    barrier: str
    driver: str


@dataclass(frozen=True)
class Tally:
    """A group's answers added up: how many, the sum of each factor's scores, how often each barrier and driver was
    chosen. Tallies add up, so an employer's quarter is kept as one and a region adds its employers' together."""

    answers: int = 0
    score_sums: Mapping[str, int] = field(default_factory=dict)
    barriers: Mapping[str, int] = field(default_factory=dict)
    drivers: Mapping[str, int] = field(default_factory=dict)

    def __add__(self, other: "Tally") -> "Tally":
        return Tally(
            self.answers + other.answers,
            dict(Counter(self.score_sums) + Counter(other.score_sums)),
            dict(Counter(self.barriers) + Counter(other.barriers)),
            dict(Counter(self.drivers) + Counter(other.drivers)),
        )


def tally(answers: Iterable[Answer]) -> Tally:
    total = Tally()
    for answer in answers:
        total += Tally(1, dict(answer.scores), {answer.barrier: 1}, {answer.driver: 1})
    return total


@dataclass(frozen=True)
class FactorScore:
    factor: Factor
    mean: float  # 1.0 .. 5.0


@dataclass(frozen=True)
class Summary:
    answers: int
    scores: tuple[FactorScore, ...]  # in the survey's order
    first: FactorScore  # the lowest score: what to work on first
    barriers: Distribution
    drivers: Distribution


def _choice(raw: dict) -> Choice:
    options = {option["key"]: option["label"] for option in raw["options"]}
    return Choice(raw["question"], options, tuple(raw["sources"]))


@cache
def load_survey(path: Path = DATA) -> Survey:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    factors = tuple(Factor(**{**item, "sources": tuple(item["sources"])}) for item in raw["factors"])
    keys = [factor.key for factor in factors]
    if len(set(keys)) != len(keys) or not all(factor.sources for factor in factors):
        raise ValueError(f"{path.name}: every factor needs its own key and a source")
    return Survey(factors, _choice(raw["barriers"]), _choice(raw["drivers"]))


def summarise(group: Tally, k: int, survey: Survey | None = None) -> Summary | None:
    """The group's score per factor and its most common barriers and drivers, or None under k answers."""
    survey = survey or load_survey()
    if group.answers < k:
        return None
    scores = tuple(FactorScore(f, group.score_sums.get(f.key, 0) / group.answers) for f in survey.factors)
    first = min(scores, key=lambda score: score.mean)  # min keeps the first of equals: the survey's order
    return Summary(
        answers=group.answers,
        scores=scores,
        first=first,
        barriers=_distribution(survey.barriers, group.barriers, k),
        drivers=_distribution(survey.drivers, group.drivers, k),
    )


def _distribution(choice: Choice, counted: Mapping[str, int], k: int) -> Distribution:
    return suppress_distribution({key: counted.get(key, 0) for key in choice.options}, k)
