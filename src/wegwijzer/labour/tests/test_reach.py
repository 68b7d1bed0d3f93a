"""Occupations within reach: the index gives exactly what scoring every occupation gives, only faster."""

from hypothesis import given
from hypothesis import strategies as st

from wegwijzer.labour.gps.reach import Occupation, ReachIndex, naive_within_reach

isco = st.sampled_from(["7126", "7127", "7131", "7411", "3115", "3123", "2120", "5321"])
skills = st.frozensets(st.sampled_from([f"s{number}" for number in range(12)]), max_size=5)


@st.composite
def occupations(draw):
    count = draw(st.integers(min_value=1, max_value=25))
    return [
        Occupation(f"o{number}", f"beroep {draw(st.integers(0, 5))}", draw(isco), draw(skills), draw(skills))
        for number in range(count)
    ]


@given(occupations(), st.integers(min_value=0, max_value=24))
def test_the_index_finds_what_a_naive_scan_finds(found, position):
    source = found[position % len(found)]
    assert ReachIndex.build(found).within_reach(source.uri) == naive_within_reach(source, found)


def test_the_same_isco_group_comes_before_a_wider_one_and_skills_count_where_known():
    fitter = Occupation("fitter", "verwarmingsmonteur", "7126", frozenset({"a", "b"}))
    found = [
        fitter,
        Occupation("bath", "badkamermonteur", "7126"),
        Occupation("roof", "dakdekker", "7121"),
        Occupation("cool", "koeltechnicus", "3115", frozenset({"a", "b", "c"})),
        Occupation("math", "wiskundige", "2120"),
    ]
    near = ReachIndex.build(found).within_reach("fitter")
    # the same four digits (30), then two thirds of the skills (26.7), then three digits (20); nothing in common: out
    assert [item.occupation.uri for item in near] == ["bath", "cool", "roof"]
    assert near[1].new_skills == {"c"} and near[1].shared_skills == {"a", "b"}


def test_an_unknown_occupation_has_nothing_within_reach():
    assert ReachIndex.build([]).within_reach("nothing") == []
