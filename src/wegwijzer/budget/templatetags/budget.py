from django import template

from ..money import euros as format_euros

register = template.Library()


@register.filter
def euros(cents: int) -> str:
    """{{ amount_cents|euros }}: "€ 12,50"."""
    return format_euros(cents)
