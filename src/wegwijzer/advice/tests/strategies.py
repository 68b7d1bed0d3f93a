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
