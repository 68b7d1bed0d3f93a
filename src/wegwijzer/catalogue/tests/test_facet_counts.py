"""Counts that add up (issue 12): next to every filter value the page shows how many results choosing it gives,
given the other chosen filters, and no count above the total found. Checked as a property over generated offers
and generated searches (words, filters, an advice step)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wegwijzer.catalogue.filters import FACETS, SearchParams
from wegwijzer.catalogue.generator import generate
from wegwijzer.catalogue.search.service import search
from wegwijzer.catalogue.steps import STEP_FILTERS
from wegwijzer.catalogue.views import _filter_groups

pytestmark = pytest.mark.django_db

LISTED = {facet.key: [option.value for option in facet.listed] for facet in FACETS if facet.listed}
searches = st.builds(
    SearchParams,
    q=st.sampled_from(["", "cursus", "computer", "zorg", "heftruck", "nederlands"]),
    filters=st.dictionaries(st.sampled_from(sorted(LISTED)), st.just(""), max_size=4).flatmap(
        lambda chosen: st.fixed_dictionaries({key: st.sampled_from(LISTED[key]) for key in chosen})
    ),
    step=st.sampled_from(["", *STEP_FILTERS]),
)


@pytest.fixture
def catalogue(db):
    """One generated catalogue for all examples of the test (Hypothesis runs them within one test call)."""
    generate(150, seed=12)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=searches)
def test_every_count_shown_is_what_choosing_that_value_finds_and_never_more_than_the_total(catalogue, params):
    result = search(params)
    for group in _filter_groups(params, result):
        facet = next(facet for facet in result.facets if facet.key == group.key)
        for option in facet.options:
            chosen = SearchParams(params.q, {**params.filters, group.key: option.value}, params.step)
            assert option.count == search(chosen).total, (group.key, option.value)
        for link in group.links:
            if link.count is not None:
                assert link.count <= result.total, (group.key, link.label)
