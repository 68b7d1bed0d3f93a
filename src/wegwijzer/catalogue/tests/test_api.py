import json

import pytest

from wegwijzer.accounts.models import Organisation, Role, User
from wegwijzer.catalogue.models import Offer, Provider

pytestmark = pytest.mark.django_db

PAYLOAD = {
    "external_id": "api-1",
    "kind": "training",
    "theme": "logistiek",
    "title": "Reachtruck rijden",
    "description": "Twee avonden oefenen met de reachtruck.",
    "delivery": "praktijk",
    "schedule": "avond",
    "hours": 6,
    "weeks": 1,
    "price_euros": "275.00",
    "payers": ["eigen_geld", "oo_fonds"],
    "certificate": "certificaat",
    "esco": [{"uri": "http://data.europa.eu/esco/occupation/cd94def5", "label": "orderpicker"}],
}


@pytest.fixture
def provider_user(provider):
    organisation = Organisation.objects.create(name="ROC Test", kind=Organisation.Kind.AANBIEDER)
    provider.organisation = organisation
    provider.save()
    return User.objects.create_user("roc", password="x", role=Role.AANBIEDER, organisation=organisation)


def post(client, data, path="/api/v1/offers"):
    return client.post(path, data=json.dumps(data), content_type="application/json")


def test_search_returns_offers_and_facets(client, make_offer):
    make_offer(title="Heftruck rijden", schedule="avond")
    make_offer(title="Heftruck theorie", schedule="overdag")
    body = client.get("/api/v1/offers", {"q": "heftruck", "wanneer": "avond"}).json()
    assert body["total"] == 1 and body["items"][0]["title"] == "Heftruck rijden"
    wanneer = next(f for f in body["facets"] if f["key"] == "wanneer")
    assert {o["value"]: o["count"] for o in wanneer["options"]}["overdag"] == 1
    assert body["items"][0]["url"].startswith("/aanbod/")


def test_search_with_a_wrong_filter_value_is_a_dutch_422(client):
    response = client.get("/api/v1/offers", {"wanneer": "nacht"})
    assert response.status_code == 422
    error = response.json()
    assert error["field"] == "wanneer"
    assert error["detail"].startswith("Ongeldige invoer bij 'wanneer': heeft een onbekende waarde. Kies uit:")
    assert "'avond'" in error["detail"] and " of " in error["detail"]


def test_get_one_offer_and_404_in_dutch(client, make_offer):
    offer = make_offer()
    assert client.get(f"/api/v1/offers/{offer.pk}").json()["provider"] == {"code": "roc-test", "name": "ROC Test"}
    assert client.get("/api/v1/offers/999999").json() == {"detail": "Dit aanbod bestaat niet.", "field": None}


def test_provider_creates_then_updates_idempotently(client, provider_user):
    client.force_login(provider_user)
    created = post(client, PAYLOAD)
    assert created.status_code == 201, created.content
    assert created.json()["esco"][0]["concept_type"] == "occupation"
    assert post(client, PAYLOAD).status_code == 200
    offer_id = created.json()["id"]
    changed = client.put(
        f"/api/v1/offers/{offer_id}", data=json.dumps({**PAYLOAD, "hours": 8}), content_type="application/json"
    )
    assert changed.json()["hours"] == 8
    assert Offer.objects.count() == 1
    assert client.delete(f"/api/v1/offers/{offer_id}").status_code == 204
    assert client.get(f"/api/v1/offers/{offer_id}").status_code == 404


def test_bad_payload_is_refused_with_the_field(client, provider_user):
    client.force_login(provider_user)
    response = post(client, {**PAYLOAD, "hours": "veel"})
    assert response.status_code == 422 and response.json()["field"] == "hours"
    assert Offer.objects.count() == 0


def test_a_provider_cannot_touch_another_providers_offer(client, provider_user, make_offer):
    other = Provider.objects.create(code="ander", name="Ander")
    offer = make_offer(provider=other)
    client.force_login(provider_user)
    response = client.put(f"/api/v1/offers/{offer.pk}", data=json.dumps(PAYLOAD), content_type="application/json")
    assert response.status_code == 404
    assert client.delete(f"/api/v1/offers/{offer.pk}").status_code == 404
    assert Offer.objects.get(pk=offer.pk).is_active


def test_others_may_not_write(client, provider):
    assert post(client, PAYLOAD).status_code == 401
    person = User.objects.create_user("p", password="x", role=Role.DEELNEMER)
    client.force_login(person)
    assert post(client, PAYLOAD).status_code == 403
    lonely = User.objects.create_user("a", password="x", role=Role.AANBIEDER)
    client.force_login(lonely)
    assert post(client, PAYLOAD).json()["detail"].startswith("Je account hoort niet bij een aanbieder")


def test_a_nul_character_in_the_search_words_is_left_out(client, make_offer):
    make_offer(title="Heftruck rijden")
    with_nul = client.get("/api/v1/offers", {"q": "heftruck\x00"}).json()
    assert with_nul["total"] == client.get("/api/v1/offers", {"q": "heftruck"}).json()["total"] == 1


def test_an_offer_with_a_nul_character_is_refused_in_dutch():
    from pydantic import ValidationError

    from wegwijzer.catalogue.schemas import OfferIn, dutch_errors

    with pytest.raises(ValidationError) as caught:
        OfferIn.model_validate({**PAYLOAD, "title": "Heftruck\x00rijden"})
    assert dutch_errors(caught.value) == [("title", "bevat een onzichtbaar teken (NUL) dat niet mag.")]


def test_a_nul_character_in_an_esco_label_is_a_dutch_422_naming_the_field(client, provider_user):
    client.force_login(provider_user)
    esco = [{"uri": "http://data.europa.eu/esco/occupation/cd94def5", "label": "order\x00picker"}]
    response = post(client, {**PAYLOAD, "esco": esco})
    assert response.status_code == 422
    assert response.json() == {
        "detail": "Ongeldige invoer bij 'esco.0.label': bevat een onzichtbaar teken (NUL) dat niet mag.",
        "field": "esco.0.label",
    }
    assert Offer.objects.count() == 0


def test_a_nul_character_in_the_provider_parameter_is_a_dutch_422(client, provider_user):
    client.force_login(provider_user)
    response = post(client, PAYLOAD, path="/api/v1/offers?provider=roc%00test")
    assert response.status_code == 422
    assert response.json()["field"] == "provider"
    assert "NUL" in response.json()["detail"]
    assert Offer.objects.count() == 0


def test_a_search_page_costs_the_same_few_queries_however_many_esco_concepts(client, make_offer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from wegwijzer.catalogue.models import EscoConcept

    for number in range(20):
        offer = make_offer(title=f"Heftruck rijden {number}")
        concept = EscoConcept.objects.create(
            uri=f"http://data.europa.eu/esco/skill/{number}", label=f"heftruck {number}", concept_type="skill"
        )
        offer.esco_concepts.add(concept)
    client.get("/api/v1/offers")  # builds the facet snapshot, which is not per page
    with CaptureQueriesContext(connection) as queries:
        body = client.get("/api/v1/offers").json()
    assert len(body["items"]) == 20 and all(item["esco"] for item in body["items"])
    assert len(queries) <= 4, [query["sql"] for query in queries]
