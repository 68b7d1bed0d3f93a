"""/api/v1/offers: search the catalogue (public), and keep your own offers current (role aanbieder, logged in).

A provider's account belongs to an organisation (accounts.Organisation); it may change the offers of the providers
linked to that organisation, and no others: another provider's offer answers 404, as if it did not exist.
"""

from decimal import Decimal
from typing import Annotated, Literal

from django.db import transaction
from django.db.models import prefetch_related_objects
from django.urls import reverse
from ninja import Query, Router, Schema, Status
from ninja.errors import HttpError
from ninja.security import django_auth
from pydantic import Field, create_model

from .filters import FACETS_BY_KEY, MAX_PAGE, MAX_QUERY_LENGTH, parse_params
from .models import Offer, Payer, Provider
from .schemas import OfferIn, ProviderCode
from .search.service import search
from .services import upsert_offer
from .steps import STEP_FILTERS

router = Router()


class Error(Schema):
    detail: str
    field: str | None = None


class EscoOut(Schema):
    uri: str
    label: str
    concept_type: str


class ProviderOut(Schema):
    code: str
    name: str


class OfferOut(Schema):
    id: int
    url: str
    provider: ProviderOut
    external_id: str
    kind: str
    theme: str
    title: str
    description: str
    signup_url: str
    signup_info: str
    delivery: str
    schedule: str
    hours: int
    weeks: int
    postcode: str
    city: str
    region: str
    price_euros: Decimal
    payers: list[str]
    entry_level: str
    entry_requirements: str
    nlqf: str
    qualification_code: str
    language: str
    language_support: bool
    exam: bool
    certificate: str
    esco: list[EscoOut]
    active: bool


class FacetOptionOut(Schema):
    value: str
    label: str
    count: int
    chosen: bool


class FacetOut(Schema):
    key: str
    label: str
    options: list[FacetOptionOut]


class SearchOut(Schema):
    total: int
    page: int
    pages: int
    filters: dict[str, str]
    items: list[OfferOut]
    facets: list[FacetOut]


def _one_of(values) -> object:
    """A query parameter that is empty (no filter) or one of the given values, documented as an enum."""
    return (Literal[("", *values)], "")


def _data_code() -> object:
    """A filter whose values are data (the payers' codes, models.Payer): not an enum, as a beheerder adds values;
    parse_params says in Dutch when it is not one."""
    described = Field(max_length=Payer._meta.get_field("code").max_length, description="De code van een betaler.")
    return (Annotated[str, described], "")


# The same filters as the search page, built from their one definition, so the schema lists every valid value.
SearchQuery = create_model(
    "SearchQuery",
    __base__=Schema,
    q=(Annotated[str, Field(max_length=MAX_QUERY_LENGTH)], ""),
    stap=_one_of(STEP_FILTERS),
    pagina=(Annotated[int, Field(ge=1, le=MAX_PAGE)], 1),
    **{
        key: _one_of(option.value for option in facet.listed) if not facet.read_options else _data_code()
        for key, facet in FACETS_BY_KEY.items()
    },
)


def _offer_or_404(queryset, offer_id: int) -> Offer:
    offer = queryset.select_related("provider").filter(pk=offer_id).first()
    if offer is None:
        raise HttpError(404, "Dit aanbod bestaat niet.")
    return offer


def _out(offer: Offer) -> dict:
    return {
        **{name: getattr(offer, name) for name in OfferOut.model_fields if hasattr(offer, name)},
        "url": reverse("catalogue:offer", args=[offer.pk]),
        "provider": {"code": offer.provider.code, "name": offer.provider.name},
        "price_euros": Decimal(offer.price_cents) / 100,
        "payers": offer.payer_codes,
        "esco": list(offer.esco_concepts.all()),
        "active": offer.is_active,
    }


@router.get(
    "",
    response={200: SearchOut, 422: Error},
    summary="Aanbod zoeken",
    description=(
        "Zoek in het aanbod met woorden (Nederlands, met stammen: 'cursussen' vindt 'cursus') en filters. Elk filter "
        "komt terug met aantallen (facetten). `stap` is de code van een leerstap uit het Advies."
    ),
    auth=None,
)
def list_offers(request, query: Query[SearchQuery]):
    params, errors = parse_params(query.model_dump(), STEP_FILTERS)
    if errors:
        field = next((key for key in [*FACETS_BY_KEY, "stap", "pagina"] if key in str(errors[0])), None)
        return Status(422, {"detail": str(errors[0]), "field": field})
    result = search(params)
    prefetch_related_objects(result.offers, "esco_concepts")  # one query for the page, not one per offer
    facets = [{"key": f.key, "label": f.label, "options": [o.__dict__ for o in f.options]} for f in result.facets]
    return Status(
        200,
        {
            "total": result.total,
            "page": result.page,
            "pages": result.pages,
            "filters": result.filters,
            "items": [_out(offer) for offer in result.offers],
            "facets": facets,
        },
    )


@router.get("/{offer_id}", response={200: OfferOut, 404: Error, 422: Error}, summary="Eén aanbod", auth=None)
def get_offer(request, offer_id: int):
    return Status(200, _out(_offer_or_404(Offer.objects.filter(is_active=True), offer_id)))


def _own_providers(user):
    if user.organisation_id is None:
        return Provider.objects.none()
    return Provider.objects.filter(organisation_id=user.organisation_id)


def _own_offer(user, offer_id: int) -> Offer:
    return _offer_or_404(Offer.objects.filter(provider__in=_own_providers(user)), offer_id)


@router.post(
    "",
    response={200: OfferOut, 201: OfferOut, 401: Error, 403: Error, 422: Error},
    summary="Eigen aanbod toevoegen of bijwerken",
    description=(
        "Voor aanbieders. Stuur een aanbod met je eigen `external_id`: bestaat het al, dan wordt het bijgewerkt "
        "(200), anders toegevoegd (201). Twee keer hetzelfde sturen verandert niets. Heeft je organisatie meer "
        "aanbieders, kies er een met `provider`."
    ),
    auth=django_auth,
)
def create_offer(request, payload: OfferIn, provider: ProviderCode = ""):
    providers = _own_providers(request.user)
    chosen = providers.filter(code=provider) if provider else providers
    if chosen.count() != 1:
        detail = (
            "Je account hoort niet bij een aanbieder. Vraag de beheerder je te koppelen."
            if not providers.exists()
            else "Kies een van je aanbieders met ?provider=<code>."
        )
        return Status(403, {"detail": detail, "field": "provider"})
    offer, outcome = upsert_offer(chosen.get(), payload, Offer.Source.API)
    return Status((201 if outcome == "created" else 200), _out(offer))


@router.put(
    "/{offer_id}",
    response={200: OfferOut, 401: Error, 403: Error, 404: Error, 422: Error},
    summary="Eigen aanbod bijwerken",
    auth=django_auth,
)
def update_offer(request, offer_id: int, payload: OfferIn):
    offer = _own_offer(request.user, offer_id)
    if payload.external_id != offer.external_id:
        return Status(
            422, {"detail": "external_id kan niet veranderen. Maak een nieuw aanbod.", "field": "external_id"}
        )
    offer, _outcome = upsert_offer(offer.provider, payload, Offer.Source.API)
    return Status(200, _out(offer))


@router.delete(
    "/{offer_id}",
    response={204: None, 401: Error, 403: Error, 404: Error, 422: Error},
    summary="Eigen aanbod uit de lijst halen",
    description="Het aanbod is daarna niet meer te vinden. Ervaringen blijven bewaard.",
    auth=django_auth,
)
def delete_offer(request, offer_id: int):
    offer = _own_offer(request.user, offer_id)
    with transaction.atomic():
        offer.is_active = False
        offer.save(update_fields=["is_active", "updated_at"])
    return Status(204, None)
