"""1EdTech's Open Badges 3.0 JSON Schema for an AchievementCredential (data/achievementcredential.schema.json, a
copy of ../shared/standards/openbadges-3.0's, from the public 1EdTech openbadges-specification repository; the
tests check the copy is the same). Every credential is checked against it when it is issued, not only in the
tests. No Django here."""

import json
from functools import cache
from pathlib import Path

import jsonschema

SCHEMA = Path(__file__).resolve().parent / "data" / "achievementcredential.schema.json"


@cache
def _validator() -> jsonschema.Draft201909Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft201909Validator.check_schema(schema)
    return jsonschema.Draft201909Validator(schema)


def problems(credential: dict) -> list[str]:
    """What the schema finds wrong with the credential, each as "path: message"; [] when it is valid."""
    return [
        f"{'/'.join(str(part) for part in error.absolute_path) or '(root)'}: {error.message}"
        for error in sorted(_validator().iter_errors(credential), key=lambda error: list(error.absolute_path))
    ]
