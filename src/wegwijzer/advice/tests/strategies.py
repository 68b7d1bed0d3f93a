"""Hypothesis strategies for Profiel documents, read from the contract's JSON Schema.

hypothesis-jsonschema does not work with current Hypothesis releases, and the contract uses a small part of
JSON Schema (type, enum, const, minimum/maximum, maxLength, arrays of unique enum items, closed objects), so this
covers exactly that part and fails loudly on anything else.
"""

from hypothesis import strategies as st

_PLAIN = {"integer", "boolean", "string", "null"}


def from_contract_schema(schema: dict) -> st.SearchStrategy:
    """Documents valid against ``schema``; every optional property may be absent."""
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    types = schema.get("type")
    if isinstance(types, list):
        return st.one_of([from_contract_schema({**schema, "type": kind}) for kind in types])
    if types == "object":
        properties = {name: from_contract_schema(sub) for name, sub in schema.get("properties", {}).items()}
        return st.fixed_dictionaries({}, optional=properties)
    if types == "array":
        items = schema["items"]
        return st.lists(st.sampled_from(items["enum"]), unique=schema.get("uniqueItems", False))
    if types == "integer":
        return st.integers(schema.get("minimum"), schema.get("maximum"))
    if types == "string":
        return st.text(max_size=schema.get("maxLength", 50))
    if types == "boolean":
        return st.booleans()
    if types == "null":
        return st.none()
    raise NotImplementedError(f"schema part not covered: {schema!r} (supported: {sorted(_PLAIN)}, object, array)")


# One answer set per target group, drawn from the research's description of the group. Mixed into generated
# profiles so that every group is reached often (a purely random profile is rarely a single parent on bijstand).
GROUP_SEEDS = {
    "laagopgeleid_vast": {"work_status": "vast", "education": "vmbo", "years_current_job": 15},
    "flex_bewust_gemotiveerd": {"work_status": "uitzend", "flex_choice": "bewust", "scales": {"motivation": 5}},
    "flex_bewust_niet_gemotiveerd": {"work_status": "oproep", "flex_choice": "bewust", "scales": {"motivation": 1}},
    "flex_tegen_wil_en_dank": {"work_status": "oproep", "flex_choice": "tegen_wil"},
    "flex_twijfelaar": {"work_status": "tijdelijk", "flex_choice": "twijfel"},
    "alleenstaande_ouder": {"single_parent": True, "children_under_12": 2, "benefit": "bijstand"},
    "nugger": {"work_status": "niet_werkend", "benefit": "geen"},
    "zzp": {"work_status": "zzp"},
    "oudere_werknemer": {"work_status": "vast", "age": 58, "scales": {"motivation": 2, "self_efficacy": 2}},
    "overig": {"work_status": "student", "single_parent": False},
}


def _with_seed(doc: dict, seed: dict) -> dict:
    scales = {**doc.get("scales", {}), **seed.get("scales", {})}
    return {**doc, **seed, "scales": scales}


def research_profiles(schema: dict) -> st.SearchStrategy:
    """Valid Profiel documents, random but steered into each target group in turn."""
    # Every profile is steered by one group's seed; the rest of it stays random, so it often holds other groups
    # too. A generated integer is 0 about 40% of the time, so the seed is picked by hashing three of them: no
    # single seed takes that lean, and every group stays above 5% (test_advice_claims checks it).
    seeds = list(GROUP_SEEDS.values())
    draws = st.tuples(*[st.integers(0, 2**16)] * 3)
    documents = from_contract_schema(schema)
    return st.builds(_with_seed, documents, draws.map(lambda key: seeds[hash(key) % len(seeds)]))
