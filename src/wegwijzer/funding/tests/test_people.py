"""Three people from issue 14 see different schemes, each with reasons; the page and the API show the same lists."""

import json

import pytest

from wegwijzer.advice.engine import validate_profile
from wegwijzer.funding import demo
from wegwijzer.funding.services import assess_person, full_payers, who_to_ask

pytestmark = pytest.mark.django_db

ZZP = {"work_status": "zzp", "age": 44, "education": "mbo3"}
SINGLE_PARENT_ON_BIJSTAND = {"single_parent": True, "benefit": "bijstand", "work_status": "niet_werkend",
                             "education": "vmbo", "age": 31, "problems": ["schulden"]}  # fmt: skip
EMPLOYEE_WITH_CAO = {"work_status": "vast", "age": 52, "education": "mbo2"}


@pytest.fixture
def examples():
    demo.load()


def lists(data: dict) -> dict[str, list[str]]:
    found = assess_person(validate_profile(data))
    return {name: [item.scheme.code for item in getattr(found, name)] for name in ("fits", "might_fit", "does_not_fit")}


def test_a_zzp_er_a_single_parent_on_bijstand_and_an_employee_each_see_their_own_schemes(examples):
    zzp, parent, employee = lists(ZZP), lists(SINGLE_PARENT_ON_BIJSTAND), lists(EMPLOYEE_WITH_CAO)
    assert zzp["fits"] == ["voorbeeld-zzp-leervoucher"]
    assert "voorbeeld-cao-ontwikkelbudget" in zzp["does_not_fit"]
    assert set(parent["fits"]) == {"voorbeeld-gemeente-bijstand", "voorbeeld-basisvaardigheden"}
    assert "voorbeeld-demodam-minima" in parent["might_fit"]  # she may live elsewhere: we do not know
    assert "voorbeeld-cao-ontwikkelbudget" in employee["might_fit"]  # only if her work falls under that cao
    assert "voorbeeld-basisvaardigheden" in employee["fits"]
    assert "voorbeeld-zzp-leervoucher" in employee["does_not_fit"]
    for person in (zzp, parent, employee):
        assert "voorbeeld-landelijk-leerbudget-gestopt" in person["does_not_fit"]


def test_only_schemes_that_surely_apply_and_pay_in_full_count_for_the_free_for_you_filter(examples):
    assert full_payers(validate_profile(SINGLE_PARENT_ON_BIJSTAND)) == {"gemeente", "landelijk"}
    assert full_payers(validate_profile(ZZP)) == frozenset()  # the voucher pays half
    assert full_payers(None) == frozenset()


def test_whom_to_ask_fits_the_work_status():
    assert "uitzendbureau" not in who_to_ask(validate_profile({"work_status": "vast"})).text
    assert "leidinggevende" in who_to_ask(validate_profile({"work_status": "vast"})).text
    assert "uitzendbureau" in who_to_ask(validate_profile({"work_status": "uitzend"})).text
    zzp = who_to_ask(validate_profile(ZZP)).text
    assert "zzp'er" in zzp and "leidinggevende" not in zzp and "uitzendbureau" not in zzp
    assert who_to_ask(None).text == "Vraag de aanbieder welke regelingen er zijn."
    on_bijstand = who_to_ask(validate_profile(SINGLE_PARENT_ON_BIJSTAND)).text
    assert on_bijstand.startswith("Vraag je klantmanager bij de gemeente")


def test_the_api_gives_the_three_lists_with_scheme_and_reason(client, examples):
    answer = client.post("/api/v1/funding/eligibility", {"profile": ZZP}, content_type="application/json")
    assert answer.status_code == 200
    body = answer.json()
    assert [item["scheme"]["code"] for item in body["fits"]] == ["voorbeeld-zzp-leervoucher"]
    first = body["fits"][0]
    assert first["reason"] == "Deze regeling past bij jou: je werkt als zzp'er."
    assert first["scheme"]["is_example"] is True
    assert first["scheme"]["payment"] == {"amount_cents": None, "percentage": 50, "max_cents": 100000,
                                          "text": "50% van de prijs, hoogstens € 1.000"}  # fmt: skip
    assert {item["scheme"]["code"] for item in body["does_not_fit"]} >= {"voorbeeld-landelijk-leerbudget-gestopt"}


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        ({"profile": {"age": "veertig"}}, "profile.age", "heel getal"),
        ({"profile": {"scales": {"money": 9}}}, "profile.scales.money", ""),
        ({"profile": {"age": 20, "years_experience": 30}}, "profile.years_experience", "Controleer beide"),
        ({"profile": {}, "offer_id": "3"}, "offer_id", "heel getal"),
        ({"profile": {}, "offer_id": 987654}, "offer_id", "bestaat niet"),
        ({"profile": {}, "extra": 1}, "extra", "bestaat niet"),
        ({}, "profile", "ontbreekt"),
    ],
)
def test_a_bad_body_gets_422_naming_the_field_in_dutch(client, body, field, words):
    answer = client.post("/api/v1/funding/eligibility", json.dumps(body), content_type="application/json")
    assert answer.status_code == 422
    assert answer.json()["field"] == field
    assert words in answer.json()["detail"]
