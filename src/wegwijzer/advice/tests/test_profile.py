"""The pydantic Profiel model against the contract's own JSON Schema: same documents accepted, same rejected."""

import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wegwijzer.advice.engine import ProfileError, parse_profile, validate_profile
from wegwijzer.advice.engine.profile import MAX_PROFILE_BYTES

from .strategies import from_contract_schema

HYPOTHESIS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _accepted(doc) -> bool:
    try:
        parse_profile(json.dumps(doc))
    except ProfileError:
        return False
    return True


@pytest.fixture(scope="module")
def contract_validator(profile_schema):
    return jsonschema.Draft202012Validator(profile_schema)


def _consistent(doc: dict) -> bool:
    """Answers that can all be true at once (the schema cannot say that a 20-year-old has not worked 30 years)."""
    age, years, in_job = doc.get("age"), doc.get("years_experience"), doc.get("years_current_job")
    too_long = age is not None and years is not None and years > age - 12
    return not too_long and not (years is not None and in_job is not None and in_job > years)


def test_every_document_the_contract_accepts_is_accepted(profile_schema):
    @HYPOTHESIS
    @given(from_contract_schema(profile_schema))
    def check(doc):
        assert _accepted(doc) == _consistent(doc), doc

    check()


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 120)
    | st.sampled_from([40.0, 2.5, 1e300, "1", "vast", "kort", "x", ""]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.sampled_from(["a", "motivation"]), children),
    max_leaves=5,
)
field_names = st.sampled_from(
    ["schema_version", "age", "education", "work_status", "problems", "scales", "learning_preferences", "bsn",
     "single_parent", "hours_per_week", "occupation"]
)  # fmt: skip


def test_model_and_contract_agree_on_arbitrary_documents(contract_validator):
    @HYPOTHESIS
    @given(st.dictionaries(field_names, json_values, max_size=4))
    def check(doc):
        assert _accepted(doc) == contract_validator.is_valid(doc), doc

    check()


@pytest.mark.parametrize(
    ("raw", "field", "words"),
    [
        ('{"age": "dertig"}', "age", "heel getal"),
        ('{"age": 12}', "age", "van 15 tot en met 100"),
        ('{"scales": {"motivation": 9}}', "scales.motivation", "van 1 tot en met 5"),
        ('{"bsn": "123456782"}', "bsn", "bestaat niet"),
        ('{"work_status": "baas"}', "work_status", "Kies uit"),
        ('{"problems": ["schulden", "schulden"]}', "problems", "twee keer"),
        ('{"single_parent": "ja"}', "single_parent", "true, false of null"),
        ('{"schema_version": "2"}', "schema_version", "Kies uit"),
        ('{"age": true}', "age", "heel getal"),
        ("{age: 40,", "", "geen geldige JSON"),
        ("[1, 2]", "", "JSON-object"),
    ],
)
def test_invalid_input_names_the_field_in_dutch(raw, field, words):
    with pytest.raises(ProfileError) as caught:
        parse_profile(raw)
    assert caught.value.field == field
    assert words in caught.value.message


def test_absurd_size_is_refused_before_parsing():
    raw = '{"occupation": "' + "x" * MAX_PROFILE_BYTES + '"}'
    with pytest.raises(ProfileError, match="te groot"):
        parse_profile(raw)


def test_validate_profile_refuses_what_is_not_an_object():
    with pytest.raises(ProfileError, match="JSON-object"):
        validate_profile(["age", 40])


def test_unknown_is_null_or_absent():
    assert parse_profile("{}").age is None
    assert parse_profile('{"age": null, "scales": {}}').scales.motivation is None


@pytest.mark.parametrize(
    ("doc", "field", "other"),
    [
        ({"age": 20, "years_experience": 30}, "years_experience", "age"),
        ({"age": 30, "years_experience": 19}, "years_experience", "age"),
        ({"years_experience": 3, "years_current_job": 20}, "years_current_job", "years_experience"),
    ],
)
def test_answers_that_cannot_both_be_true_are_refused_naming_both_fields(doc, field, other):
    with pytest.raises(ProfileError) as refused:
        parse_profile(json.dumps(doc))
    assert refused.value.field == field
    assert field in refused.value.message and other in refused.value.message


@pytest.mark.parametrize(
    "doc", [{"age": 30, "years_experience": 18}, {"years_experience": 5, "years_current_job": 5}, {"age": 15}]
)
def test_answers_that_can_both_be_true_are_accepted(doc):
    assert _accepted(doc)
