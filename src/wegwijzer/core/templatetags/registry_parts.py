"""Parts of a page that other apps add through the registry, so the page's own app need not know them."""

from django import template
from django.utils.safestring import mark_safe

from wegwijzer.core.registry import registry

register = template.Library()


@register.simple_tag(takes_context=True)
def offer_panels(context, offer) -> str:
    """{% offer_panels offer %}: each app's rendered part of the offer's page (AppPlugin.offer_panel)."""
    return mark_safe("".join(registry.offer_panels(context["request"], offer)))  # noqa: S308  (rendered templates)


@register.simple_tag(takes_context=True)
def advice_panels(context) -> str:
    """{% advice_panels %}: each app's part of the advice page's "Dit gaat al goed" (AppPlugin.advice_panel)."""
    return mark_safe("".join(registry.advice_panels(context["request"])))  # noqa: S308  (rendered templates)
