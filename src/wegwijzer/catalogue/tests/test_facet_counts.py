"""Counts that add up (issue 12): next to every filter value the page shows how many results choosing it gives,
given the other chosen filters, and no count above the total found. Checked as a property over generated offers
and generated searches (words, filters, an advice step, and "Leidt naar dit werk" for an occupation: issue 17)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wegwijzer.catalogue.filters import FACETS, OCCUPATION_FACET, SearchParams
from wegwijzer.catalogue.generator import ESCO, generate
from wegwijzer.catalogue.models import Offer
from wegwijzer.catalogue.search.service import search
from wegwijzer.catalogue.steps import STEP_FILTERS
from wegwijzer.catalogue.views import _filter_groups
from wegwijzer.skills.models import EscoConcept, OccupationSkill

pytestmark = pytest.mark.django_db

LISTED = {facet.key: [option.value for option in facet.listed] for facet in FACETS if facet.listed}
# Occupations the generated offers name (the generator's), and one they do not name but whose essential skill some
# offers teach (the fixture links it, as ESCO's relations would): both ways an offer leads to an occupation.
WELDER = ESCO + "occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b"
CARER = ESCO + "occupation/85482504-c83d-4038-80d9-265198d18b48"
OFFICE_WORKER = ESCO + "occupation/test-kantoormedewerker"
COMPUTER_USE = ESCO + "isced-f/0611"
searches = st.builds(
    SearchParams,
    q=st.sampled_from(["", "cursus", "computer", "zorg", "heftruck", "nederlands"]),
    filters=st.tuples(
        st.dictionaries(st.sampled_from(sorted(LISTED)), st.just(""), max_size=4).flatmap(
            lambda chosen: st.fixed_dictionaries({key: st.sampled_from(LISTED[key]) for key in chosen})
        ),
        st.sampled_from(["", WELDER, CARER, OFFICE_WORKER]),
    ).map(lambda chosen: {**chosen[0], **({OCCUPATION_FACET: chosen[1]} if chosen[1] else {})}),
    step=st.sampled_from(["", *STEP_FILTERS]),
)


@pytest.fixture
def catalogue(db):
    """One generated catalogue for all examples of the test (Hypothesis runs them within one test call)."""
    generate(150, seed=12)
    office_worker = EscoConcept.objects.create(
        uri=OFFICE_WORKER, label="kantoormedewerker", concept_type=EscoConcept.ConceptType.OCCUPATION
    )
    skill = EscoConcept.objects.get(uri=COMPUTER_USE)
    OccupationSkill.objects.create(occupation=office_worker, skill=skill, essential=True)


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


@pytest.mark.parametrize("occupation, concept", [(WELDER, WELDER), (OFFICE_WORKER, COMPUTER_USE)])
def test_leads_to_this_occupation_finds_the_offers_that_name_it_or_its_essential_skill(catalogue, occupation, concept):
    naming = set(Offer.objects.filter(is_active=True, esco_concepts__uri=concept).values_list("pk", flat=True))
    result = search(SearchParams(filters={OCCUPATION_FACET: occupation}), page_size=1000)
    assert naming and {offer.pk for offer in result.offers} == naming
    assert result.filters == {OCCUPATION_FACET: occupation}
