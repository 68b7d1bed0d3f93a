"""Small cells: no published figure, and no figure computed from published ones, counts 1 to k-1 people."""

from hypothesis import given
from hypothesis import strategies as st

from wegwijzer.insight.suppression import suppress_distribution

counts = st.dictionaries(st.sampled_from("abcdefg"), st.integers(0, 40), min_size=1)
thresholds = st.integers(10, 15)


def small(count: int, k: int) -> bool:
    return 0 < count < k


@given(counts, thresholds)
def test_every_published_and_every_derivable_figure_is_zero_or_at_least_k(cells, k):
    result = suppress_distribution(cells, k)
    total = sum(cells.values())
    if total < k:  # the whole group is too small: nothing, not even the total
        assert result.total is None and result.shown == {} and result.other == 0
        return
    assert result.total == total
    assert not any(small(count, k) for count in result.shown.values())
    assert result.shown == {key: cells[key] for key in result.shown}  # shown figures are true
    # The total minus the shown cells is what is hidden; that sum must not be small either.
    derivable = total - sum(result.shown.values())
    assert derivable == result.other and not small(derivable, k)
    # And no single hidden cell can be derived: it is either 0 ... or hidden with another non-zero cell.
    hidden = [cells[key] for key in result.hidden if cells[key]]
    assert len(hidden) != 1 or not small(hidden[0], k)


def test_one_small_cell_takes_a_second_with_it_so_it_cannot_be_computed_from_the_total():
    result = suppress_distribution({"werkdruk": 20, "geld": 12, "thuis": 3}, 10)
    assert result.total == 35
    assert "thuis" in result.hidden and "geld" in result.hidden  # 35 - 20 would give 15 = 12 + 3 only together
    assert result.shown == {"werkdruk": 20} and result.other == 15


def test_a_small_group_shows_nothing():
    assert suppress_distribution({"a": 5, "b": 4}, 10).total is None
