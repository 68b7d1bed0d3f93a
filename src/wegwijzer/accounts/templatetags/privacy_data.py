"""Filters to show a person's exported data (nested dicts and lists) as readable HTML."""

import datetime

from django import template
from django.utils import formats, timezone

from wegwijzer.core.registry import registry

register = template.Library()


@register.filter
def readable(value):
    """ISO dates and times from an export as "23 november 2026, 20:10"; anything else as it is."""
    if not isinstance(value, str) or len(value) < 10 or value[4:5] != "-":
        return value
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        return value
    if len(value) == 10:
        return formats.date_format(moment.date(), "j F Y")
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return formats.date_format(moment, "j F Y, H:i")


@register.filter
def value_kind(value) -> str:
    if isinstance(value, dict):
        return "dict"
    if isinstance(value, list | tuple):
        return "list"
    if value is None or value == "":
        return "empty"
    return "scalar"


@register.filter
def as_label(key) -> str:
    """An export key as the app labels it in the page's language ("gegeven_op" → "Gegeven op", "Given on");
    a key no app labels, such as a question's text, as it is, with a capital."""
    label = registry.label(str(key))
    if label is not None:
        return str(label)
    text = str(key)
    return text[:1].upper() + text[1:]


@register.filter
def dutch_only(key) -> bool:
    """Whether the value under this export key exists only in Dutch (an offer's title): the page marks it."""
    return registry.dutch_only(str(key))
