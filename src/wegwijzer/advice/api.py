"""POST /api/v1/advice: a Profiel in, an Advies out (contract v1)."""

from ninja import Router, Status

from .engine import Profile, ProfileError, advise, parse_profile
from .schemas import Advies, Error

router = Router()


def _inline_schema(model) -> dict:
    """The model's JSON Schema with its $defs inlined, so it stands on its own inside the OpenAPI document."""
    schema = model.model_json_schema()
    definitions = schema.pop("$defs", {})

    def resolve(node):
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/"):
                return resolve(definitions[ref.removeprefix("#/$defs/")])
            return {key: resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [resolve(item) for item in node]
        return node

    return resolve(schema)


_PROFILE_BODY = {"required": True, "content": {"application/json": {"schema": _inline_schema(Profile)}}}


@router.post(
    "",
    response={200: Advies, 422: Error},
    summary="Advies voor een profiel",
    description=(
        "Stuur een Profiel (contract v1; alle velden optioneel, onbekende velden zijn een fout). "
        "Je krijgt het Advies terug: doelgroepen, drempels, wat al goed gaat, een route en stappen op volgorde, "
        "elk met een uitleg, een bron en de antwoorden waar het op rust. Bij ongeldige invoer (ook antwoorden die "
        "niet samen kunnen, zoals meer jaren werk dan de leeftijd toelaat): 422 met het veld dat niet klopt."
    ),
    openapi_extra={"requestBody": _PROFILE_BODY},
    exclude_unset=True,  # a step without a service has no "service" key, as in the contract
    auth=None,
)
def create_advice(request):
    try:
        profile = parse_profile(request.body)
    except ProfileError as error:
        return Status(422, {"detail": f"Ongeldig profiel: {error.message}", "field": error.field or None})
    return Status(200, advise(profile))
