"""How the advice tests read an Advies: one place, so that each test file says only what it checks."""

from wegwijzer.advice.engine import advise, validate_profile


def advice_for(profile: dict) -> dict:
    """The Advies for a Profiel given as a dict (validated as the contract's entry does)."""
    return advise(validate_profile(profile))


def codes(items: list[dict]) -> list[str]:
    """The codes of barriers, strengths or steps, in their order."""
    return [item["code"] for item in items]
