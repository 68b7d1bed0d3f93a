"""Every URL pattern and API operation × every kind of visitor, checked against the permission matrix.

The endpoints are found by walking Django's URL resolver (ninja's path views split per operation), so a new view
without a rule fails here. Object-level URLs need an entry in matrix_examples.py (test material, beside this file)."""

import re
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.shortcuts import resolve_url

from wegwijzer.accounts.management.commands.permission_matrix import END, START
from wegwijzer.accounts.matrix import ACTORS, endpoints, markdown_table

from .matrix_examples import EXAMPLES

ENDPOINTS = endpoints()
DOCS = Path(__file__).resolve().parents[4] / "docs" / "permissions.md"
PLACEHOLDERS = {"int": "1", "uuid": str(uuid.UUID(int=1)), "slug": "voorbeeld", "path": "voorbeeld", "str": "voorbeeld"}
PARAMETER = re.compile(r"<(?:(\w+):)?(\w+)>|\(\?P<(\w+)>[^()]*\)")


def fill_route(route: str, kwargs: dict) -> str:
    """The route with every parameter filled in: from the example, or a placeholder of the right type."""

    def value(match):
        converter, name = match.group(1) or "str", match.group(2) or match.group(3)
        return str(kwargs.get(name, PLACEHOLDERS.get(converter, "voorbeeld")))

    return PARAMETER.sub(value, route)


def url_for(endpoint, world) -> str:
    example = EXAMPLES.get(endpoint.key) or EXAMPLES.get(endpoint.url_name or "")
    if example is None and endpoint.rule.scope and PARAMETER.search(endpoint.route):
        pytest.fail(f"{endpoint.key} gaat over iemands object: geef een voorbeeld in tests/matrix_examples.py.")
    return fill_route(endpoint.route, example(world) if example else {})


def send(client, endpoint, url):
    for method in endpoint.methods:
        if endpoint.is_api:
            response = client.generic(method, url, data="{}", content_type="application/json")
        else:
            response = client.generic(method, url)
        if response.status_code != 405:
            return response
    return client.post(url)  # a function view that refused GET


def is_denied(response, rule) -> bool:
    to_login = response.status_code == 302 and response["Location"].startswith(resolve_url(settings.LOGIN_URL))
    if rule.staff:  # inside the admin, Django's per-model permissions may refuse staff too (e.g. read-only logs)
        return to_login or "accounts/forbidden.html" in [template.name for template in response.templates]
    if response.status_code in (401, 403):
        return True
    if to_login and rule.login:  # a public page may send you to log in for its own reasons (e.g. an expired step)
        return True
    return rule.scope is not None and response.status_code == 404


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=[f"{e.key} {'/'.join(e.methods)}" for e in ENDPOINTS])
@pytest.mark.parametrize("actor", ACTORS, ids=[actor.name for actor in ACTORS])
def test_every_endpoint_answers_every_role_as_the_matrix_says(endpoint, actor, client, world):
    assert endpoint.rule is not None, (
        f"Geen toegangsregel voor {endpoint.key} ({endpoint.route}): voeg er een toe (docs/permissions.md)."
    )
    url = url_for(endpoint, world)
    user = world.user_for(actor)
    if user is not None:
        client.force_login(user)
    response = send(client, endpoint, url)
    expected = endpoint.rule.expected_for(actor)
    assert is_denied(response, endpoint.rule) != expected, (
        f"{actor.name} op {url} ({endpoint.rule.label}): status {response.status_code}, "
        f"verwacht {'toegang' if expected else 'geweigerd'}"
    )


def test_the_walk_finds_views_api_operations_and_the_admin():
    keys = {endpoint.key for endpoint in ENDPOINTS}
    assert {"accounts:privacy", "coaching:person", "core:home", "api:openapi-view"} <= keys
    assert any(endpoint.is_api and endpoint.methods == ("POST",) for endpoint in ENDPOINTS)
    assert sum(endpoint.route.startswith("/beheer/") for endpoint in ENDPOINTS) > 10


def test_docs_show_the_matrix_as_it_is_in_code():
    document = DOCS.read_text(encoding="utf-8")
    table = document.split(START, 1)[1].split(END, 1)[0].strip()
    assert table == markdown_table().strip(), (
        "docs/permissions.md loopt achter op de code: draai `wegwijzer permission_matrix --write docs/permissions.md`."
    )


def test_a_view_without_a_rule_is_refused_in_production(client, world, settings):
    from django.urls import path

    from wegwijzer import urls as project_urls
    from wegwijzer.accounts.matrix import endpoints_without_rule

    settings.DEBUG = False

    def unruled(request):
        raise AssertionError("a view without a rule must not run")

    patterns = [*project_urls.urlpatterns, path("zonder-regel/", unruled, name="zonder_regel")]
    module = type("urls", (), {"urlpatterns": patterns})
    settings.ROOT_URLCONF = module
    client.force_login(world.beheerder)
    assert client.get("/zonder-regel/").status_code == 403
    assert [endpoint.key for endpoint in endpoints_without_rule()] == ["zonder_regel"]
