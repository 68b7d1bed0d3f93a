"""One search service: words + filters (+ the advice step) → a page of offers, the total, and a count per filter.

Facet counts are "what you would get if you chose this": for a filter that is not chosen, counted within the
current results; for a chosen filter, counted without that filter, so the other values stay visible.
Ordering: offers whose title holds every word first, then the person's relevance score (relevance.py), then
shorter offers first, then id, so that the order is stable across pages.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet

from ..filters import FACETS, PERSONAL_FACET, Facet, SearchParams, personal_facet
from ..models import Offer
from ..person import Person
from ..steps import STEP_FILTERS
from .backends import backend_for
from .text import query_terms

PAGE_SIZE = 20


@dataclass(frozen=True)
class OptionCount:
    value: str
    label: str
    count: int
    chosen: bool


@dataclass(frozen=True)
class FacetCounts:
    key: str
    label: str
    options: list[OptionCount]


@dataclass
class SearchResult:
    offers: list[Offer]
    total: int
    page: int
    pages: int
    facets: list[FacetCounts]
    filters: dict[str, str] = field(default_factory=dict)  # what was applied, step filters included
    step_filters: dict[str, str] = field(default_factory=dict)


def effective_filters(params: SearchParams) -> tuple[dict[str, str], dict[str, str]]:
    """The person's own choices win over the filters of the advice step they came from."""
    step = STEP_FILTERS.get(params.step)
    from_step = {key: value for key, value in (step.filters if step else {}).items() if key not in params.filters}
    return {**from_step, **params.filters}, from_step


def facets_for(person: Person) -> tuple[Facet, ...]:
    if person.known:
        return (personal_facet(person.prefs.full_payers), *FACETS)
    return FACETS


def _condition(facets: dict[str, Facet], filters: dict[str, str]) -> Q:
    condition = Q()
    for key, value in filters.items():
        option = facets[key].option(value) if key in facets else None
        if option is not None:
            condition &= option.q
    return condition


def search(params: SearchParams, person: Person | None = None, backend=None, page_size: int = PAGE_SIZE):
    person = person or Person()
    backend = backend or backend_for()
    facets = {facet.key: facet for facet in facets_for(person)}
    filters, from_step = effective_filters(params)
    filters = {key: value for key, value in filters.items() if key in facets}  # "voor_mij" needs a known person
    terms = query_terms(params.q)

    base = Offer.objects.filter(is_active=True)
    if terms:
        base = base.filter(backend.match(terms))
    matching = base.filter(_condition(facets, filters))

    counts = _count(matching, [facet for key, facet in facets.items() if key not in filters], total=True)
    for key in filters:
        without = {other: value for other, value in filters.items() if other != key}
        counts.update(_count(base.filter(_condition(facets, without)), [facets[key]]))

    total = counts.pop("total")
    pages = max(1, -(-total // page_size))
    page = min(params.page, pages)
    ordered = _ordered(matching, backend, terms, person)
    offers = list(ordered.select_related("provider")[(page - 1) * page_size : page * page_size])
    facet_counts = [
        FacetCounts(
            facet.key,
            str(facet.label),
            [
                OptionCount(
                    option.value,
                    str(option.label),
                    counts[_alias(facet, option)],
                    filters.get(facet.key) == option.value,
                )
                for option in facet.options
            ],
        )
        for facet in facets.values()
    ]
    return SearchResult(offers, total, page, pages, facet_counts, filters, from_step)


def _alias(facet: Facet, option) -> str:
    return f"n__{facet.key}__{option.value}".replace("+", "plus")


def _count(queryset: QuerySet, facets: list[Facet], total: bool = False) -> dict[str, int]:
    aggregates = {_alias(facet, option): Count("id", filter=option.q) for facet in facets for option in facet.options}
    if total:
        aggregates["total"] = Count("id")
    return queryset.aggregate(**aggregates) if aggregates else {}


def _ordered(queryset: QuerySet, backend, terms: list[str], person: Person) -> QuerySet:
    order = []
    if terms:
        queryset = queryset.annotate(title_hit=backend.title_hit(terms))
        order.append("-title_hit")
    if person.prefs.weights:
        queryset = queryset.annotate(relevance=person.prefs.score_expression())
        order.append("-relevance")
    return queryset.order_by(*order, "hours", "id")


__all__ = ["PERSONAL_FACET", "SearchResult", "search"]
