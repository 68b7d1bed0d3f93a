"""Demo data: the example funding schemes (data/example_schemes.yaml), each marked as an example."""

from pathlib import Path

from .importers import import_yaml

EXAMPLES = Path(__file__).resolve().parent / "data" / "example_schemes.yaml"


def load() -> str:
    report = import_yaml(EXAMPLES.read_text(encoding="utf-8"), EXAMPLES.name)
    if report.errors:
        raise ValueError("\n".join(report.errors))
    return f"regelingen (voorbeelden): {report.summary()}"
