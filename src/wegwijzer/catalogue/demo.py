"""Demo data: a few hundred generated offers (the same every time), and two approved peer reviews."""

from .generator import generate

DEMO_COUNT = 300
DEMO_SEED = 2025


def load() -> str:
    result = generate(DEMO_COUNT, DEMO_SEED)
    return f"{result.created} aanbod gemaakt, {result.existing} bestond al"
