"""The funding app's part of the coach's shared plan (registry ``plan_choices``, kind "regeling"): a step can
say which scheme pays for it, chosen from the schemes running today and shown as a link to the scheme's page."""

from collections.abc import Iterable

from django.db.models import Q
from django.urls import reverse

from wegwijzer.core.registry import PlanChoice, PlanChoices

from .models import FundingScheme
from .services import today


def _choice(scheme: FundingScheme) -> PlanChoice:
    # str(): "(voorbeeld)" stays with an example scheme's name wherever it is shown.
    return PlanChoice(ref=scheme.code, title=str(scheme), url=reverse("catalogue:scheme", args=[scheme.code]))


def find(words: str) -> list[PlanChoice]:
    """The schemes running today (an ended one is never advised), those whose name holds the words when given."""
    day = today()
    running = FundingScheme.objects.filter(
        Q(valid_from__isnull=True) | Q(valid_from__lte=day), Q(valid_until__isnull=True) | Q(valid_until__gte=day)
    )
    if words.strip():
        running = running.filter(name__icontains=words.strip())
    return [_choice(scheme) for scheme in running.order_by("name")]


def lookup(refs: Iterable[str]) -> dict[str, PlanChoice]:
    """The schemes behind these codes, ended ones too: a step agreed earlier still says how it was paid."""
    codes = {ref for ref in refs if ref}
    if not codes:
        return {}
    return {scheme.code: _choice(scheme) for scheme in FundingScheme.objects.filter(code__in=codes)}


SCHEMES = PlanChoices(kind="regeling", find=find, lookup=lookup)
