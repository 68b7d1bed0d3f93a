"""What the dashboard's server-side SVG bar charts draw, as plain rows: the template draws the same rows as bars and
as the table beside them, so the chart never says more or other than the table. Pure: no Django."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .suppression import Distribution
from .survey import FactorScore

BAR_HEIGHT = 28
GAP = 12


@dataclass(frozen=True)
class Row:
    label: str
    value: str  # as read: "3,4" or "12"
    share: float  # 0..1 of the chart's width
    y: int  # the bar's top in the SVG

    @property
    def percent(self) -> str:
        return f"{self.share * 100:.1f}"

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT - 9


@dataclass(frozen=True)
class Chart:
    rows: tuple[Row, ...]

    @property
    def height(self) -> int:
        return len(self.rows) * (BAR_HEIGHT + GAP)


def _rows(labelled: Sequence[tuple[str, str, float]]) -> Chart:
    return Chart(
        tuple(Row(label, value, share, i * (BAR_HEIGHT + GAP)) for i, (label, value, share) in enumerate(labelled))
    )


def score_bars(scores: Sequence[FactorScore]) -> Chart:
    """One bar per factor, as long as its score on the scale of 5, lowest first (what to work on first on top)."""
    ordered = sorted(scores, key=lambda score: score.mean)  # sorted is stable: equal scores keep the survey's order
    return _rows([(s.factor.title, f"{s.mean:.1f}".replace(".", ","), s.mean / 5) for s in ordered])


def bars(distribution: Distribution, labels: Mapping[str, str], other_label: str) -> Chart:
    """The shown answers, most often chosen first, then the hidden ones together as one bar (never one by one)."""
    shown = sorted(((count, key) for key, count in distribution.shown.items() if count), key=lambda item: -item[0])
    labelled = [(labels[key], str(count), count) for count, key in shown]
    if distribution.other:
        labelled.append((other_label, str(distribution.other), distribution.other))
    total = distribution.total or 1
    return _rows([(label, value, count / total) for label, value, count in labelled])
