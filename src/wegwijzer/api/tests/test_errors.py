"""Every API error is one Dutch sentence with the field as the client wrote it (or null for the body as a whole)."""

import json

import pytest

from wegwijzer.accounts.models import Organisation, Role, User
from wegwijzer.catalogue.models import Offer, Provider

pytestmark = pytest.mark.django_db

OFFER = {
    "external_id": "api-1",
    "kind": "training",
    "theme": "logistiek",
    "title": "Reachtruck rijden",
    "description": "Twee avonden oefenen met de reachtruck.",
    "delivery": "praktijk",
    "schedule": "avond",
    "hours": 6,
    "price_euros": "275.00",
    "certificate": "certificaat",
}


@pytest.fixture
def provider_client(client):
    organisation = Organisation.objects.create(name="ROC Test", kind=Organisation.Kind.AANBIEDER)
    Provider.objects.create(code="roc-test", name="ROC Test", organisation=organisation)
    client.force_login(User.objects.create_user("roc", password="x", role=Role.AANBIEDER, organisation=organisation))
    return client


def post_offer(client, body: str):
    response = client.post("/api/v1/offers", data=body, content_type="application/json")
    assert response.status_code == 422
    assert Offer.objects.count() == 0
    return response.json()


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ("", 'De body ontbreekt. Stuur een JSON-object, zoals {"title": "..."}.'),
        ("null", 'De body moet één JSON-object zijn, zoals {"title": "..."}; geen lijst, getal, tekst of null.'),
        ("[]", 'De body moet één JSON-object zijn, zoals {"title": "..."}; geen lijst, getal, tekst of null.'),
        ("5", 'De body moet één JSON-object zijn, zoals {"title": "..."}; geen lijst, getal, tekst of null.'),
        (
            '{"title": ',
            "De body is geen geldige JSON (regel 1, kolom 11). Controleer haakjes, komma's en aanhalingstekens, "
            "en stuur UTF-8.",
        ),
    ],
)
def test_a_body_that_is_not_one_object_gets_a_specific_dutch_message(provider_client, body, detail):
    assert post_offer(provider_client, body) == {"detail": detail, "field": None}


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"signup_url": "ftp://x"}, "signup_url", "heeft niet de goede vorm."),
        ({"region": "mars"}, "region", "heeft een onbekende waarde. Kies uit: 'groningen',"),
        ({"price_euros": "1.234"}, "price_euros", "mag hoogstens 2 cijfers achter de punt hebben."),
        ({"title": "EH"}, "title", "is te kort: minstens 3 tekens."),
        ({"esco": [{"uri": 5, "label": "x"}]}, "esco.0.uri", "moet tekst zijn."),
        ({"payers": ["werkgever", "werkgever"]}, "payers", "noemt een waarde twee keer."),
        ({"exam": "misschien"}, "exam", "moet true of false zijn."),
        ({"kleur": "rood"}, "kleur", "dit veld bestaat niet. Haal het weg."),
    ],
)
def test_a_wrong_field_is_named_as_the_client_wrote_it(provider_client, change, field, message):
    error = post_offer(provider_client, json.dumps({**OFFER, **change}))
    assert error["field"] == field
    assert error["detail"].startswith(f"Ongeldige invoer bij '{field}': {message}")


def test_query_and_path_errors_name_their_parameter(client):
    assert client.get("/api/v1/offers", {"pagina": "x"}).json() == {
        "detail": "Ongeldige invoer bij 'pagina': moet een heel getal zijn.",
        "field": "pagina",
    }
    assert client.get("/api/v1/offers/abc").json() == {
        "detail": "Ongeldige invoer bij 'offer_id': moet een heel getal zijn.",
        "field": "offer_id",
    }
