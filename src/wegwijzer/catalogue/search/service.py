"""One search service: words + filters (+ the advice step) → a page of offers, the total, and a count per filter.

Facet counts are "what you would get if you chose this": for a filter that is not chosen, counted within the
current results; for a chosen filter, counted without that filter, so the other values stay visible.
Ordering: offers whose title holds every word first, then the person's relevance score (relevance.py), then
shorter offers first, then id, so that the order is stable across pages.

A search whose words find nothing gets a second chance: on PostgreSQL the offers with a similar title word
(pg_trgm, ``similar``); where that finds nothing too, and on SQLite, a "Bedoel je …?" suggestion from the titles'
words (suggest.py).

Two ways to do the same work: InMemory (the site: the full-text index finds the ids, the facet snapshot counts and
ranks them, the database fetches the page) and InDatabase (all in SQL: the naive baseline of the benchmark, and
the reference that tests hold InMemory to).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import reduce

import numpy as np
from django.db import connection
from django.db.models import Count, Q, QuerySet

from ..filters import (
    FACETS,
    OCCUPATION_FACET,
    PAYER_FACET,
    PERSONAL_FACET,
    Facet,
    SearchParams,
    occupation_facet,
    payer_options,
    personal_facet,
)
from ..models import Offer
from ..person import Person
from ..steps import STEP_FILTERS
from . import snapshot
from .backends import backend_for
from .suggest import suggestion, title_vocabulary
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
    similar: bool = False  # the words found nothing as typed; these offers have a title word like them
    suggestion: str = ""  # the words found nothing; these words of the catalogue's titles are close ("Bedoel je …?")


def effective_filters(params: SearchParams) -> tuple[dict[str, str], dict[str, str]]:
    """The person's own choices, also taking one away, win over the filters of the advice step they came from."""
    step = STEP_FILTERS.get(params.step)
    own = params.filters.keys() | params.cleared
    from_step = {key: value for key, value in (step.filters if step else {}).items() if key not in own}
    return {**from_step, **params.filters}, from_step


def facets_for(
    person: Person, payers: Iterable[tuple[str, str]] | None = None, occupation: str = ""
) -> tuple[Facet, ...]:
    """The facets of one search; the payers (code, name) are data: the snapshot's, or read once here. "Leidt naar
    dit werk" is there only for the occupation asked for (``occupation``, an ESCO URI)."""
    options = payer_options(payers)
    facets = tuple(Facet(facet.key, facet.label, options) if facet.key == PAYER_FACET else facet for facet in FACETS)
    leads_to = occupation_facet(occupation) if occupation else None
    if leads_to is not None:
        facets = (leads_to, *facets)
    if person.known:
        return (personal_facet(person.prefs.full_payers), *facets)
    return facets


def _condition(facets: dict[str, Facet], filters: dict[str, str]) -> Q:
    condition = Q()
    for key, value in filters.items():
        option = facets[key].option(value) if key in facets else None
        if option is not None:
            condition &= option.q
    return condition


def search(
    params: SearchParams,
    person: Person | None = None,
    backend=None,
    page_size: int = PAGE_SIZE,
    use_snapshot: bool | None = None,
) -> SearchResult:
    """``use_snapshot``: count and rank in memory (snapshot.py); by default when the backend has a full-text index."""
    person = person or Person()
    backend = backend or backend_for()
    use_snapshot = hasattr(backend, "matches") if use_snapshot is None else use_snapshot
    catalogue = snapshot.current() if use_snapshot else None
    payers = catalogue.payers if catalogue else None
    facets = {facet.key: facet for facet in facets_for(person, payers, params.filters.get(OCCUPATION_FACET, ""))}
    filters, from_step = effective_filters(params)
    filters = {key: value for key, value in filters.items() if key in facets}  # "voor_mij" needs a known person
    terms = query_terms(params.q)
    if catalogue is not None:
        work = InMemory(catalogue, backend, terms, person, facets, filters)
    else:
        work = InDatabase(backend, terms, person, facets, filters)

    total, counts = work.counts()
    pages = max(1, -(-total // page_size))
    page = min(params.page, pages)
    offers = work.page((page - 1) * page_size, page * page_size)
    facet_counts = [
        FacetCounts(
            facet.key,
            str(facet.label),
            [
                OptionCount(option.value, str(option.label), count, filters.get(facet.key) == option.value)
                for option, count in zip(facet.options, counts[facet.key], strict=True)
            ],
        )
        for facet in facets.values()
    ]
    result = SearchResult(offers, total, page, pages, facet_counts, filters, from_step, similar=work.similar)
    if work.words_found_nothing and not work.similar:
        result.suggestion = suggestion(terms, title_vocabulary(catalogue.version if catalogue else None))
    return result


class InDatabase:
    """All the page's work in SQL: the naive baseline of the benchmark, and the reference the snapshot is tested to."""

    similar = False
    words_found_nothing = False  # not asked: this baseline has no second chance for a typo

    def __init__(self, backend, terms: list[str], person: Person, facets: dict[str, Facet], filters: dict[str, str]):
        self.backend, self.terms, self.person, self.facets, self.filters = backend, terms, person, facets, filters
        self.base = Offer.objects.filter(is_active=True)
        if terms:
            self.base = self.base.filter(backend.match(terms))
        self.matching = self.base.filter(_condition(facets, filters))

    def counts(self) -> tuple[int, dict[str, list[int]]]:
        unchosen = [facet for key, facet in self.facets.items() if key not in self.filters]
        counts = _count(self.matching, unchosen, total=True)
        for key in self.filters:
            without = {other: value for other, value in self.filters.items() if other != key}
            counts.update(_count(self.base.filter(_condition(self.facets, without)), [self.facets[key]]))
        by_facet = {
            facet.key: [counts[_alias(facet, option)] for option in facet.options] for facet in self.facets.values()
        }
        return counts["total"], by_facet

    def page(self, start: int, stop: int) -> list[Offer]:
        return list(
            _ordered(self.matching, self.backend, self.terms, self.person)
            .select_related("provider")
            .prefetch_related("payers")[start:stop]
        )


class InMemory:
    """The database finds the ids (full-text index) and fetches the page; counting and ranking use the snapshot."""

    def __init__(self, catalogue: snapshot.Snapshot, backend, terms, person, facets: dict[str, Facet], filters):
        self.person, self.facets, self.filters = person, facets, filters
        self.title_hit = None
        self.similar = self.words_found_nothing = False
        if terms:
            with connection.cursor() as cursor:
                found, in_title = backend.matches(cursor, terms)
                self.words_found_nothing = not len(found)
                if self.words_found_nothing and hasattr(backend, "similar"):
                    found = in_title = backend.similar(cursor, terms)
                    self.similar = bool(len(found))
            in_title_rows = np.zeros(len(catalogue), dtype=bool)
            in_title_rows[catalogue.rows_of(in_title)] = True
            rows = catalogue.rows_of(found)
            catalogue, self.title_hit = catalogue.take(rows), in_title_rows[rows]
        self.catalogue = catalogue
        self.condition = _condition(facets, filters)
        self.chosen = {key: self._mask(facets[key], value) for key, value in filters.items()}
        self.matching = self._within()

    def _mask(self, facet: Facet, value: str) -> np.ndarray:
        option = facet.option(value)
        return self.catalogue.mask(option.q if option else Q())

    def _within(self, without: str = "") -> np.ndarray:
        masks = [mask for key, mask in self.chosen.items() if key != without]
        return reduce(np.logical_and, masks, np.ones(len(self.catalogue), dtype=bool))

    def counts(self) -> tuple[int, dict[str, list[int]]]:
        by_facet = {}
        for key, facet in self.facets.items():
            scope = self._within(key) if key in self.filters else self.matching
            by_facet[key] = [int(np.count_nonzero(scope & self.catalogue.mask(option.q))) for option in facet.options]
        return int(np.count_nonzero(self.matching)), by_facet

    def page(self, start: int, stop: int) -> list[Offer]:
        rows = np.flatnonzero(self.matching)
        if start >= len(rows):
            return []
        key = self._order_key(rows)
        stop = min(stop, len(rows))
        best = np.argpartition(key, stop - 1)[:stop] if stop < len(rows) else np.arange(len(rows))
        ids = self.catalogue.ids[rows[best[np.argsort(key[best])]][start:stop]].tolist()
        # The filters again, in SQL: a stale snapshot (snapshot.py) may hold an offer that changed since.
        offers = Offer.objects.filter(self.condition, is_active=True).select_related("provider").order_by()
        offers = offers.prefetch_related("payers").in_bulk(ids)
        return [offers[offer_id] for offer_id in ids if offer_id in offers]

    def _order_key(self, rows: np.ndarray) -> np.ndarray:
        """One int64 per row that sorts as _ordered does: title hit, relevance (high first), hours, id.

        Bits: 62 = no title hit, 52-61 = relevance below the best, 32-51 = hours, 0-31 = row (rows ascend with id).
        """
        matched = self.catalogue.take(rows)
        relevance = np.zeros(len(rows), dtype=np.int64)
        for code, feature in self.person.prefs.features.items():
            relevance += self.person.prefs.weights[code] * matched.mask(feature.q)
        key = np.minimum(relevance.max() - relevance, 2**10 - 1) << 52
        key |= np.minimum(matched.columns["hours"], 2**20 - 1) << 32
        key |= np.arange(len(rows), dtype=np.int64)
        if self.title_hit is not None:
            key |= (~self.title_hit[rows]).astype(np.int64) << 62
        return key


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
