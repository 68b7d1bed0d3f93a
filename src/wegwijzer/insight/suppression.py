"""Small cells hidden so that no published figure, and no figure computed from published ones, counts 1 to k-1
people. Pure: no Django.

suppress_distribution(counts, k) -> Distribution
    counts: how many people gave each answer of one question (the answers partition the group, so they add up to the
    total). A cell under k is hidden (primary suppression). The hidden cells together are published as one merged
    "other" figure, because the total minus the shown cells gives it away anyway; when that merged figure would be
    under k, the smallest shown cells are hidden as well until it reaches k (complementary suppression). A group under
    k shows nothing at all, not even its total. Zero is shown: "nobody" singles no one out.
"""

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TypeVar

Key = TypeVar("Key", bound=Hashable)


@dataclass(frozen=True)
class Distribution:
    total: int | None  # None: the group is under k, nothing of it is shown
    shown: dict[Hashable, int]  # each >= k, or 0
    hidden: tuple[Hashable, ...]  # answers merged into `other`
    other: int  # the hidden cells together: 0, or >= k

    def value(self, key: Hashable) -> int | None:
        return self.shown.get(key)


def is_safe(count: int, k: int) -> bool:
    return count == 0 or count >= k


def suppress_distribution(counts: Mapping[Key, int], k: int) -> Distribution:
    total = sum(counts.values())
    if total < k:
        return Distribution(None, {}, tuple(counts), 0)
    hidden = [key for key, count in counts.items() if not is_safe(count, k)]
    # Complementary: hide the smallest shown non-zero cell until the hidden cells together are 0 or at least k.
    while not is_safe(sum(counts[key] for key in hidden), k):
        candidates = [key for key in counts if key not in hidden and counts[key] > 0]
        hidden.append(min(candidates, key=lambda key: counts[key]))
    shown = {key: count for key, count in counts.items() if key not in hidden}
    return Distribution(total, shown, tuple(hidden), sum(counts[key] for key in hidden))


def suppress_overlapping(counts: Mapping[Key, int], total: int, k: int) -> dict[Key, int]:
    """Counts of a yes/no question each (a person may be in several: barriers, or who set a plan step), out of a
    group of ``total``: a cell splits the group in two, so it is shown only when both it and the rest of the group
    are 0 or at least k. A group under k shows nothing."""
    if total < k:
        return {}
    return {key: count for key, count in counts.items() if is_safe(count, k) and is_safe(total - count, k)}
