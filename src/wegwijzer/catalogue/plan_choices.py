"""The catalogue's part of the coach's shared plan (registry ``plan_choices``, kind "aanbod"): a step can point at
an offer, found with the catalogue's own search and shown as a link to the offer's page."""

from collections.abc import Iterable

from django.urls import reverse

from wegwijzer.core.registry import PlanChoice, PlanChoices

from .filters import SearchParams
from .models import Offer
from .search.service import search

SHOWN = 8  # enough to choose from on a phone; more words find fewer


def _choice(offer: Offer) -> PlanChoice:
    return PlanChoice(ref=str(offer.pk), title=offer.title, url=reverse("catalogue:offer", args=[offer.pk]))


def find(words: str) -> list[PlanChoice]:
    """The first offers the catalogue's search finds for these words; none without words (search first)."""
    if not words.strip():
        return []
    return [_choice(offer) for offer in search(SearchParams(q=words), page_size=SHOWN, use_snapshot=False).offers]


def lookup(refs: Iterable[str]) -> dict[str, PlanChoice]:
    """The visible offers behind these refs, in one query; an offer taken out of the catalogue is left out."""
    ids = {int(ref) for ref in refs if ref.isdigit()}
    if not ids:
        return {}
    offers = Offer.objects.filter(pk__in=ids, is_active=True).only("pk", "title")
    return {str(offer.pk): _choice(offer) for offer in offers}


OFFERS = PlanChoices(kind="aanbod", find=find, lookup=lookup)
