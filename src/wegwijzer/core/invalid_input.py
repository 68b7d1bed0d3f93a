"""One Dutch sentence per pydantic validation error, and the field it is about as the client wrote it.

Shared by every input path: the Profiel (advice.engine.profile), the offers API and the offer imports (catalogue),
and the API's error handler (api.errors). Pure Python: the advice engine imports it and imports no Django.
"""

import re
from collections.abc import Iterable, Mapping

# Parts of a pydantic error location that are not fields: the branches of a union, such as "constrained-str",
# "literal['']" or "function-after[...]", and the names of plain types ("str", "int").
_TYPE_TAGS = frozenset({"str", "int", "float", "bool", "decimal", "none", "list", "dict", "bytes"})
_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def field_path(loc: Iterable) -> str:
    """("esco", 0, "label") → "esco.0.label"; ("signup_url", "constrained-str") → "signup_url"."""
    parts = [str(part) for part in loc if isinstance(part, int) or (_FIELD.match(str(part)) and part not in _TYPE_TAGS)]
    return ".".join(parts)


def dutch_message(error: Mapping, *, nullable: bool = False) -> str:
    """One Dutch sentence for one pydantic error; ``nullable`` adds that null is allowed too (the Profiel)."""
    kind = error["type"]
    ctx = error.get("ctx", {})
    or_null = ", of null" if nullable else ""
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return f"moet een heel getal zijn{or_null}."
    if kind in {"bool_type", "bool_parsing"}:
        return "moet true, false of null zijn." if nullable else "moet true of false zijn."
    if kind == "string_type":
        return f"moet tekst zijn{or_null}."
    if kind == "string_too_long":
        return f"is te lang: hoogstens {ctx.get('max_length')} tekens."
    if kind == "string_too_short":
        return f"is te kort: minstens {ctx.get('min_length')} tekens."
    if kind == "greater_than_equal":
        return f"is te klein: het kleinste getal is {ctx.get('ge')}."
    if kind == "less_than_equal":
        return f"is te groot: het grootste getal is {ctx.get('le')}."
    if kind == "literal_error":
        return f"heeft een onbekende waarde. Kies uit: {str(ctx.get('expected', '')).replace(' or ', ' of ')}."
    if kind == "value_error":
        return _value_error(str(ctx.get("error", "")))
    return _MESSAGES.get(kind, "heeft een ongeldige waarde.").format(**ctx)


def _value_error(reason: str) -> str:
    """Our own validators raise ValueError with a code word (see the schemas)."""
    if "nul_character" in reason:
        return "bevat een onzichtbaar teken (NUL) dat niet mag."
    if "unique_items" in reason:
        return "noemt een waarde twee keer. Noem elke waarde één keer."
    return "heeft een ongeldige waarde."


_MESSAGES = {
    "missing": "ontbreekt.",
    "json_invalid": "dit is geen geldige JSON. Controleer haakjes, komma's en aanhalingstekens.",
    "extra_forbidden": "dit veld bestaat niet. Haal het weg.",
    "list_type": "moet een lijst zijn, zoals [...].",
    "model_type": "moet een JSON-object zijn.",
    "model_attributes_type": "moet een JSON-object zijn.",
    "dict_type": "moet een JSON-object zijn.",
    "string_pattern_mismatch": "heeft niet de goede vorm.",
    "decimal_parsing": "moet een bedrag zijn, zoals 125.50.",
    "decimal_type": "moet een bedrag zijn, zoals 125.50.",
    "decimal_max_places": "mag hoogstens {decimal_places} cijfers achter de punt hebben.",
    "decimal_max_digits": "is te groot.",
    "decimal_whole_digits": "is te groot.",
}
