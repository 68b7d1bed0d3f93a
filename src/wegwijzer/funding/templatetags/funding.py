from django import template

from ..eligibility.schemes import euros as euros_text

register = template.Library()


@register.filter
def euros(cents: int | None) -> str:
    """Whole cents in Dutch notation: 150000 → "€ 1.500"."""
    return "" if cents is None else euros_text(cents)
