"""Euro amounts for people to read, from whole cents (never through a float)."""

from decimal import Decimal

from django.utils.formats import number_format


def euros(cents: int) -> str:
    """1234550 -> "€ 12.345,50" in Dutch (the active language's separators)."""
    return f"€ {number_format(Decimal(cents) / 100, decimal_pos=2, use_l10n=True, force_grouping=True)}"
