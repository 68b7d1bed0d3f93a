import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[5] / "shared"
CONTRACT = SHARED / "contract"
RESEARCH = SHARED / "research"


def _shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} ontbreekt: de tests lezen het contract en het onderzoek uit ../shared naast de repo.")
    return path


@pytest.fixture(scope="session")
def profile_schema() -> dict:
    return json.loads(_shared(CONTRACT / "profile-v1.schema.json").read_text())


@pytest.fixture(scope="session")
def advice_validator():
    import jsonschema

    schema = json.loads(_shared(CONTRACT / "advice-v1.schema.json").read_text())
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="session")
def research_dir() -> Path:
    return _shared(RESEARCH)


@pytest.fixture(scope="session")
def contract_dir() -> Path:
    return _shared(CONTRACT)
