"""The five-point scale of how easy it is to find work, as UWV publishes its spanningsindicator: from "zeer ruim"
(many job seekers per vacancy) to "zeer krap" (few). No Django."""

CATEGORIES = ("zeer ruim", "ruim", "gemiddeld", "krap", "zeer krap")


def category_position(category: str) -> int | None:
    """1 (zeer ruim) .. 5 (zeer krap), or None for a word that is not on the scale; case and spaces do not matter."""
    normalised = " ".join(category.lower().split())
    return CATEGORIES.index(normalised) + 1 if normalised in CATEGORIES else None
