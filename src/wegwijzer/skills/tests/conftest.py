from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[5] / "shared"


def shared(path: str) -> Path:
    full = SHARED / path
    if not full.exists():
        pytest.skip(f"{full} ontbreekt: deze tests lezen ESCO uit ../shared naast de repo.")
    return full


@pytest.fixture
def esco_nl() -> Path:
    return shared("esco-nl")


@pytest.fixture
def skills_en() -> Path:
    return shared("esco-en/skills_en.csv")
