"""The learning-climate survey as data (data/climate_survey.yaml) and its summary of a group's answers. Pure: no
Django, so the summary can be tested and reasoned about on its own.

SURVEY: Survey                                      the factors, barriers and drivers, read once
summarise(answers, k) -> Summary | None             None when fewer than k answered
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
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


def summarise(answers: Iterable[Answer], k: int, survey: Survey | None = None) -> Summary | None:
    """The group's score per factor and its most common barriers and drivers, or None under k answers."""
    survey = survey or load_survey()
    answers = list(answers)
    if len(answers) < k:
        return None
    scores = tuple(
        FactorScore(factor, sum(answer.scores[factor.key] for answer in answers) / len(answers))
        for factor in survey.factors
    )
    first = min(scores, key=lambda score: score.mean)  # min keeps the first of equals: the survey's order
    return Summary(
        answers=len(answers),
        scores=scores,
        first=first,
        barriers=_distribution(survey.barriers, (answer.barrier for answer in answers), k),
        drivers=_distribution(survey.drivers, (answer.driver for answer in answers), k),
    )


def _distribution(choice: Choice, picked: Iterable[str], k: int) -> Distribution:
    counted = Counter(picked)
    return suppress_distribution({key: counted[key] for key in choice.options}, k)
