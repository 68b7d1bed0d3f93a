"""Pages: /aanbod/ (search, filters with counts, results) and /aanbod/<id>/ (one offer, what it costs you, why it
fits). Plain GET forms and links; htmx only swaps the results in place when JavaScript is there."""

from dataclasses import dataclass

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from wegwijzer.funding.services import running_scheme, schemes_paying_for
from wegwijzer.insight.services import record_empty_search

from .filters import ANY, FACETS_BY_KEY, SearchParams, parse_params
from .forms import ReviewForm
from .models import Offer
from .person import Person, costs_for, offer_facts, person_for
from .search.service import SearchResult, search
from .services import offers_paid_by, reviews_for, submit_review
from .steps import STEP_FILTERS


@dataclass
class OfferCard:
    offer: Offer
    cost: object
    reasons: list[str]
    url: str


@dataclass(frozen=True)
class FilterLink:
    label: str
    url: str
    count: int | None  # None for another value of a chosen filter: switching may find more than the total shown
    chosen: bool


@dataclass(frozen=True)
class FilterGroup:
    key: str
    label: str
    hint: str
    links: list[FilterLink]


def _query(params: SearchParams, **changes) -> str:
    values = {
        "q": params.q,
        **params.filters,
        **dict.fromkeys(params.cleared, ANY),
        "stap": params.step,
        "pagina": params.page if params.page > 1 else "",
    }
    values.update(changes)
    return "?" + urlencode({key: value for key, value in values.items() if value not in ("", None)})


def _filter_url(params: SearchParams, key: str, value: str) -> str:
    """The results with this filter set to ``value``; "" takes it away, also where the advice step sets one."""
    if not value and params.step and key in STEP_FILTERS[params.step].filters:
        value = ANY
    return _query(params, **{key: value, "pagina": ""})


def _filter_groups(params: SearchParams, result: SearchResult) -> list[FilterGroup]:
    """Every filter with the values that find something. A count is what choosing it gives, never more than the
    total: the other values of a chosen filter are offered to switch to, without a count (see FilterLink)."""
    groups = []
    for facet in result.facets:
        chosen = facet.key in result.filters
        links = [
            FilterLink(
                option.label,
                _filter_url(params, facet.key, "" if option.chosen else option.value),
                option.count if option.chosen or not chosen else None,
                option.chosen,
            )
            for option in facet.options
            if option.count or option.chosen
        ]
        if links:
            definition = FACETS_BY_KEY.get(facet.key)
            groups.append(FilterGroup(facet.key, facet.label, definition.hint if definition else "", links))
    return groups


def _chosen_links(groups: list[FilterGroup]) -> list[FilterLink]:
    return [link for group in groups for link in group.links if link.chosen]


def _fits(step: str, prefs, offer: Offer) -> list[str]:
    reasons = [str(STEP_FILTERS[step].fits)] if step in STEP_FILTERS else []
    return reasons + prefs.reasons(offer)


def _step_title(person: Person, step: str) -> str:
    for item in person.learning_steps:
        if item["code"] == step:
            return item["title"]
    return step.replace("_", " ").capitalize()


@require_GET
def offer_list(request):
    params, errors = parse_params(request.GET, STEP_FILTERS)
    person = person_for(request)
    result = search(params, person)
    if params.q and not result.total:  # where offers are missing: counted for regions, without the person
        record_empty_search(request.session, params.q, person.place.municipality, timezone.localdate())
    detail_query = _query(SearchParams(step=params.step)) if params.step else ""
    cards = [
        OfferCard(
            offer, cost, _fits("", person.prefs, offer), reverse("catalogue:offer", args=[offer.pk]) + detail_query
        )
        for offer, cost in zip(result.offers, costs_for(person, result.offers), strict=True)
    ]
    filter_groups = _filter_groups(params, result)
    context = {
        "params": params,
        "errors": errors,
        "person": person,
        "result": result,
        "cards": cards,
        "filter_groups": filter_groups,
        "chosen_filters": _chosen_links(filter_groups),
        "suggestion_url": _query(SearchParams(result.suggestion, params.filters, params.step, 1, params.cleared)),
        "step_fits": STEP_FILTERS[params.step].fits if params.step else "",
        "step_title": _step_title(person, params.step) if params.step else "",
        "previous_url": _query(params, pagina=result.page - 1) if result.page > 1 else "",
        "next_url": _query(params, pagina=result.page + 1) if result.page < result.pages else "",
        "without_step_url": _query(SearchParams(params.q, params.filters)),
    }
    template = "catalogue/_results.html" if request.htmx else "catalogue/offer_list.html"
    return render(request, template, context)


def _detail_context(request, offer: Offer, step: str, form: ReviewForm) -> dict:
    person = person_for(request)
    step = step if step in STEP_FILTERS else ""
    return {
        "offer": offer,
        "person": person,
        "cost": costs_for(person, [offer])[0],
        "schemes": schemes_paying_for(offer_facts(offer), offer.payer_codes) if offer.price_cents else [],
        "fits": _fits(step, person.prefs, offer),
        "reviews": reviews_for(offer, person.primary_group),
        "concepts": offer.esco_concepts.all(),
        "form": form,
        "back_url": reverse("catalogue:list") + (_query(SearchParams(step=step)) if step else ""),
    }


def _with_details():
    """Offers with what their page shows: the provider and the payers (their names and the cost for you)."""
    return Offer.objects.select_related("provider").prefetch_related("payers")


@require_GET
def offer_detail(request, pk: int):
    offer = get_object_or_404(_with_details(), pk=pk, is_active=True)
    return render(
        request,
        "catalogue/offer_detail.html",
        _detail_context(request, offer, request.GET.get("stap", ""), ReviewForm()),
    )


@require_POST
def review_create(request, pk: int):
    """Rating an offer you followed; the matrix lets only logged-in people here."""
    offer = get_object_or_404(_with_details(), pk=pk, is_active=True)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return render(request, "catalogue/offer_detail.html", _detail_context(request, offer, "", form), status=400)
    person = person_for(request)
    submit_review(offer, request.user, form.cleaned_data["rating"], form.cleaned_data["sentence"], person.primary_group)
    messages.info(request, _("Dank je wel. Een beheerder kijkt je ervaring na. Daarna zien anderen hem."))
    return HttpResponseRedirect(reverse("catalogue:offer", args=[offer.pk]))


SCHEME_PAGE_SIZE = 20


@require_GET
def scheme_offers(request, code: str):
    """/aanbod/regeling/<code>/: one funding scheme and the offers it can pay for. An ended scheme is not shown."""
    scheme = running_scheme(code)
    if scheme is None:
        raise Http404(_("Deze regeling bestaat niet of is gestopt."))
    page = Paginator(offers_paid_by(scheme), SCHEME_PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(request, "catalogue/scheme.html", {"scheme": scheme, "page": page})
