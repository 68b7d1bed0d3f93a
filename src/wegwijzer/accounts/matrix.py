"""The permission matrix: one rule for every view and API operation, in one place, enforced and tested.

Each app declares its rules in its plugin (core/registry.py; docs/permissions.md), usually kept in the app's
``permissions.py``::

    RULES = {"scan:start": PUBLIC, "wegwijzer_scan_api_create": PUBLIC}

Keys are namespaced URL names, or OpenAPI operation ids for API operations; ``"admin:*"`` covers a namespace.

PermissionMatrixMiddleware enforces the role part of each rule before the view runs. Object-level rules
(own_object, person_data) also need the view to check the object: ownership, or ``services.has_access``.
A view without a rule is refused in production, reported by ``wegwijzer check --deploy``, and fails the suite.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from django.urls import URLPattern, URLResolver, get_resolver

from wegwijzer.core.registry import registry

from .models import Role

OWN = "eigen"
CONSENTED = "toestemming"


@dataclass(frozen=True)
class Rule:
    """Who may open a view: anyone, anyone logged in, some roles, staff; optionally only for their own object
    (OWN) or for a person who gave them access (CONSENTED, checked by the view with services.has_access)."""

    label: str
    login: bool = True
    roles: frozenset[str] | None = None
    staff: bool = False
    scope: str | None = None
    what: str = ""

    def admits(self, user) -> bool:
        """The part the middleware checks: login, role and staff. Object checks happen in the view."""
        if not self.login:
            return True
        if not user.is_authenticated:
            return False
        if self.staff:
            return user.is_active and user.is_staff
        return self.roles is None or user.role in self.roles


PUBLIC = Rule("iedereen", login=False)
LOGGED_IN = Rule("ingelogd, eigen gegevens")
STAFF = Rule("beheerder (staff)", staff=True)


def roles(*allowed: str) -> Rule:
    return Rule("rol: " + ", ".join(allowed), roles=frozenset(allowed))


def own_object(*allowed: str) -> Rule:
    """An object in the URL that must belong to the logged-in person (the view returns 404 otherwise)."""
    who = ", ".join(allowed) if allowed else "ingelogd"
    return Rule(f"{who}, alleen eigen object", roles=frozenset(allowed) if allowed else None, scope=OWN)


def person_data(what: str, *allowed: str) -> Rule:
    """A person's data, for a viewer the person gave access (services.has_access(viewer, person, what))."""
    allowed = allowed or (Role.COACH,)
    return Rule(f"{', '.join(allowed)} met toestemming ({what})", roles=frozenset(allowed), scope=CONSENTED, what=what)


@cache
def declared_rules() -> dict[str, Rule]:
    """Every app's rules from the registry, merged once (a key with two different rules is a configuration error)."""
    return registry.rules()


def ninja_path_view(view):
    """The ninja PathView behind a URL pattern's view (its wrapper closes over it), or None for other views."""
    from ninja.operation import PathView

    cells = getattr(view, "__closure__", None) or ()
    return next((c.cell_contents for c in cells if isinstance(c.cell_contents, PathView)), None)


def operation_id(operation) -> str:
    return operation.operation_id or operation.api.get_openapi_operation_id(operation)


def rule_for_view(view_name: str | None, namespace: str = "") -> Rule | None:
    """The declared rule by URL name, else the namespace's (e.g. "admin:*")."""
    rules = declared_rules()
    return rules.get(view_name or "") or (rules.get(f"{namespace}:*") if namespace else None)


def rule_for_operation(operation) -> Rule | None:
    return declared_rules().get(operation_id(operation))


def operation_for(path_view, method: str):
    return next((op for op in path_view.operations if method.upper() in op.methods), None)


@dataclass
class Endpoint:
    """One view or one API operation, as the matrix test and the docs see it."""

    key: str
    route: str
    url_name: str | None
    methods: tuple[str, ...]
    rule: Rule | None
    namespace: str = ""
    is_api: bool = False


def _view_methods(view) -> tuple[str, ...]:
    view_class = getattr(view, "view_class", None)
    if view_class is None:
        return ("GET",)
    handlers = [m.upper() for m in ("get", "post") if hasattr(view_class, m)]
    return tuple(handlers) or ("GET",)


def _walk(patterns, prefix: list, namespace: str) -> Iterator[tuple[URLPattern, list, str]]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            child_namespace = ":".join(filter(None, [namespace, entry.namespace]))
            yield from _walk(entry.url_patterns, [*prefix, entry.pattern], child_namespace)
        else:
            yield entry, [*prefix, entry.pattern], namespace


def route_of(parts: list) -> str:
    text = "".join(str(part) for part in parts)
    return "/" + re.sub(r"[\^$]|\\Z", "", text).replace("\\", "")


def endpoints() -> list[Endpoint]:
    """Every URL pattern of the project, with ninja's path views split into one endpoint per API operation."""
    found = []
    for pattern, parts, namespace in _walk(get_resolver().url_patterns, [], ""):
        url_name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
        route = route_of(parts)
        path_view = ninja_path_view(pattern.callback)
        if path_view is not None:
            for operation in path_view.operations:
                methods = tuple(m for m in operation.methods if m not in ("HEAD", "OPTIONS"))
                rule = rule_for_operation(operation)
                found.append(Endpoint(operation_id(operation), route, url_name, methods, rule, namespace, is_api=True))
            continue
        key = url_name or f"{namespace}:{route}"
        rule = rule_for_view(url_name, namespace)
        found.append(Endpoint(key, route, url_name, _view_methods(pattern.callback), rule, namespace))
    return found


def endpoints_without_rule() -> list[Endpoint]:
    return [endpoint for endpoint in endpoints() if endpoint.rule is None]
