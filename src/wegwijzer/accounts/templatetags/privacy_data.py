"""Filters to show a person's exported data (nested dicts and lists) as readable HTML."""

from django import template

register = template.Library()


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
    """export keys like "gegeven_op" as "Gegeven op"."""
    text = str(key).replace("_", " ")
    return text[:1].upper() + text[1:]
