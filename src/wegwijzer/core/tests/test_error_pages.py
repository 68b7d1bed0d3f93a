"""Error pages as a person meets them in production (DEBUG off): Dutch, in Wegwijzer's own frame, with a way back,
never a traceback or Django's English text. The API keeps its own JSON errors."""

import json

import pytest
from django.core.exceptions import PermissionDenied
from django.template import loader
from django.test import Client, RequestFactory
from django.urls import path
from django.views import defaults

from wegwijzer import urls as project_urls
from wegwijzer.accounts import matrix
from wegwijzer.core import views

pytestmark = pytest.mark.django_db

HOME_LINK = 'href="/"'
BACK = "Terug naar de vorige pagina"


def refuses(request):
    raise PermissionDenied


def breaks(request):
    raise RuntimeError("geheime details uit de code")


@pytest.fixture
def production(settings):
    settings.DEBUG = False
    return settings


@pytest.fixture
def with_failing_views(production, monkeypatch):
    """The project's URLs plus a view that refuses and one that breaks, each with a public rule in the matrix (so
    the matrix lets them run, as it does a real view)."""
    failing = [path("weigert/", refuses, name="weigert"), path("breekt/", breaks, name="breekt")]
    patterns = [*project_urls.urlpatterns, *failing]
    handlers = {f"handler{code}": getattr(project_urls, f"handler{code}") for code in (403, 404, 500)}
    production.ROOT_URLCONF = type("urls", (), {"urlpatterns": patterns, **handlers})
    rules = matrix.declared_rules()
    monkeypatch.setattr(matrix, "declared_rules", lambda: {**rules, "weigert": matrix.PUBLIC, "breekt": matrix.PUBLIC})


def assert_plain_dutch_page(response, status: int, heading: str) -> str:
    page = response.content.decode()
    assert response.status_code == status
    assert 'lang="nl"' in page and heading in page
    assert HOME_LINK in page and "Naar de startpagina" in page
    assert "Traceback" not in page and "Not Found" not in page and "Forbidden" not in page
    assert 'href="/privacyverklaring/"' in page  # the frame: footer with the trust pages
    return page


def test_an_unknown_page_says_so_in_dutch_with_a_way_back(client, production):
    response = client.get("/bestaat-niet/", HTTP_REFERER="http://testserver/aanbod/")
    page = assert_plain_dutch_page(response, 404, "Deze pagina bestaat niet")
    assert f'<a class="utrecht-link" href="http://testserver/aanbod/">{BACK}</a>' in page
    assert 'href="/aanbod/"' in page  # a likely next place to look


def test_the_previous_page_link_only_leads_to_this_site(client, production):
    page = client.get("/bestaat-niet/", HTTP_REFERER="https://elders.example/pagina/").content.decode()
    assert "Deze pagina bestaat niet" in page and BACK not in page and "elders.example" not in page
    assert BACK not in client.get("/bestaat-niet/").content.decode()  # nothing known: only the home page


def test_a_refused_page_explains_and_offers_login(client, with_failing_views):
    response = client.get("/weigert/", HTTP_REFERER="http://testserver/scan/")
    page = assert_plain_dutch_page(response, 403, "Geen toegang")
    assert BACK in page and 'href="/account/inloggen/"' in page


def test_a_form_with_an_expired_token_explains_why_and_how_to_try_again(production):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post("/account/inloggen/", {"username": "x"}, HTTP_REFERER="http://testserver/account/inloggen/")
    page = assert_plain_dutch_page(response, 403, "Het lukte niet om dit te versturen")
    assert "De pagina stond lang open" in page and "Cookies staan uit" in page
    assert 'href="http://testserver/account/inloggen/">Probeer het opnieuw</a>' in page  # the form, with a new token
    assert "CSRF" not in page and "Referer" not in page


def test_a_server_error_is_dutch_and_shows_nothing_of_the_code(with_failing_views):
    response = Client(raise_request_exception=False).get("/breekt/", HTTP_REFERER="http://testserver/aanbod/")
    page = response.content.decode()
    assert response.status_code == 500
    assert "Er ging iets mis" in page and HOME_LINK in page and BACK in page
    assert "geheime details" not in page and "RuntimeError" not in page and "Traceback" not in page


def test_the_server_error_page_needs_no_database_context_processors_or_token(production, django_assert_num_queries):
    request = RequestFactory().get("/ergens/")
    with django_assert_num_queries(0):
        ours = views.server_error(request).content.decode()
        djangos = defaults.server_error(request).content.decode()  # Django's own: the template with an empty context
    for page in (ours, djangos):
        assert "Er ging iets mis" in page and HOME_LINK in page
        assert "csrfmiddlewaretoken" not in page  # no language form that could only fail
    assert loader.get_template("500.html").render({}).count("Naar de startpagina") == 1


def test_the_api_keeps_its_json_errors(client, production):
    response = client.get("/api/v1/bestaat-niet")
    assert response.status_code == 404
    assert response.json() == {"detail": "Dit adres bestaat niet in de API.", "field": None}
    assert client.get("/api/v1/offers/999999").json()["field"] is None  # ninja's own answer is untouched


def test_errors_under_the_api_keep_the_api_shape(production):
    request = RequestFactory().get("/api/v1/offers")
    for handler, status in ((views.permission_denied, 403), (views.server_error, 500)):
        response = handler(request)
        assert response.status_code == status and response["Content-Type"] == "application/json"
        assert set(json.loads(response.content)) == {"detail", "field"}
