"""What every page needs from core: the look of the organisation that offers this Wegwijzer (core/theme.py)."""

from django.conf import settings

from .theme import Theme, build_theme


def theme_from_settings() -> Theme:
    """The theme of the current settings; ThemeError (a Dutch message) for a value Wegwijzer refuses."""
    return build_theme(
        name=settings.WEGWIJZER_ORGANISATION_NAME,
        logo=settings.WEGWIJZER_THEME_LOGO,
        colour=settings.WEGWIJZER_THEME_COLOUR,
        header_colour=settings.WEGWIJZER_THEME_HEADER_COLOUR,
        example=settings.WEGWIJZER_THEME_EXAMPLE,
        demo=settings.WEGWIJZER_DEMO,
    )


def theme(request) -> dict:
    return {"theme": theme_from_settings()}
