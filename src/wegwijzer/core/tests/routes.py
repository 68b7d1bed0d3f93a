"""The project's URL patterns as tests see them: walked from Django's resolver, with their namespaced names."""

import re
from dataclasses import dataclass

from django.urls import URLResolver, get_resolver

PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>|\{(\w+)\}|\(\?P<(\w+)>")


@dataclass(frozen=True)
class Pattern:
    key: str  # "namespace:name", or "namespace:<route>" for a pattern without a name
    route: str  # as written in urls.py, from the root: "/aanbod/<int:pk>/"
    is_api: bool  # one of django-ninja's path views (its operations are in the OpenAPI schema)

    @property
    def has_parameters(self) -> bool:
        return PARAMETER.search(self.route) is not None


def _walk(patterns, prefix: str, namespace: str):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            child = ":".join(filter(None, [namespace, entry.namespace]))
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), child)
        else:
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            is_api = "PathView" in getattr(entry.callback, "__qualname__", "")
            yield Pattern(name or f"{namespace}:{entry.pattern}", "/" + prefix + str(entry.pattern), is_api)


def url_patterns() -> list[Pattern]:
    return list(_walk(get_resolver().url_patterns, "", ""))
