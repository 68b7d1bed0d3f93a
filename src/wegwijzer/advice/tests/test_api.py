"""POST /api/v1/advice and the OpenAPI schema."""

import json

import pytest

pytestmark = pytest.mark.django_db


def post(client, body: str):
    return client.post("/api/v1/advice", data=body, content_type="application/json")


def test_advice_for_a_profile(client, advice_validator):
    response = post(
        client, json.dumps({"work_status": "uitzend", "flex_choice": "bewust", "scales": {"motivation": 5}})
    )
    assert response.status_code == 200
    advice = response.json()
    assert list(advice_validator.iter_errors(advice)) == []
    assert "flex_bewust_gemotiveerd" in advice["target_groups"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('{"age": "dertig"}', "age"),
        ('{"bsn": "1"}', "bsn"),
        ("{age: 40,", None),
        ('{"scales": {"money": 6}}', "scales.money"),
    ],
)
def test_invalid_profile_is_422_naming_the_field(client, body, field):
    response = post(client, body)
    assert response.status_code == 422
    error = response.json()
    assert error["field"] == field
    assert error["detail"].startswith("Ongeldig profiel: ")


def test_openapi_schema_documents_the_advice_operation(client):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/advice"]["post"]
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert body["additionalProperties"] is False
    assert "scales" in body["properties"]
    assert {"200", "422"} <= set(operation["responses"])


def test_browsable_docs_are_served(client):
    assert client.get("/api/v1/docs").status_code == 200


def test_committed_openapi_schema_is_current(client):
    from pathlib import Path

    committed = Path(__file__).resolve().parents[4] / "docs" / "openapi.json"
    assert json.loads(committed.read_text()) == client.get("/api/v1/openapi.json").json()


def test_answers_that_cannot_both_be_true_are_422_naming_both_fields(client):
    response = post(client, json.dumps({"age": 20, "years_experience": 30}))
    assert response.status_code == 422
    error = response.json()
    assert error["field"] == "years_experience"
    assert "years_experience" in error["detail"] and "age" in error["detail"]


def test_a_step_without_a_service_has_no_service_key(client, advice_validator):
    advice = post(client, json.dumps({"work_status": "zzp", "problems": ["schulden"], "scales": {"time": 2}})).json()
    assert list(advice_validator.iter_errors(advice)) == []
    services = {step["code"]: step.get("service") for step in advice["steps"]}
    assert services["hulp_bij_geldzorgen"] == "schuldhulp"
    assert "service" not in next(step for step in advice["steps"] if step["code"] == "leertijd_inplannen_zzp")
    assert all(item["because"] for item in advice["barriers"])
