"""Benchmark: the advice engine against the floor of only parsing and validating the same profiles.

Run: .venv/bin/python bench/advice.py [--count 4000] [--repeat 5]
Prints both rates and, last, engine_vs_validation=<time(parse+validate+advise) / time(parse+validate)>.
Goal (issue 3): ratio ≤ 2.0 and at least 5,000 advices per second per core. The ratio is measured in one run on
the same generated profiles, so the noise of a shared machine cancels out; the best of --repeat runs counts.
"""

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from wegwijzer.advice.engine import advise, load_rulebook, parse_profile
from wegwijzer.advice.engine.profile import Profile, contradictions


def _random_value(rng: random.Random, schema: dict, definitions: dict) -> object:
    """A random valid value for one part of the Profiel's JSON Schema (as pydantic writes it)."""
    if "$ref" in schema:
        return _random_document(rng, definitions[schema["$ref"].rsplit("/", 1)[1]], definitions)
    if "anyOf" in schema:
        options = [option for option in schema["anyOf"] if option.get("type") != "null"]
        return None if rng.random() < 0.2 else _random_value(rng, rng.choice(options), definitions)
    if "enum" in schema or "const" in schema:
        return rng.choice(schema.get("enum", [schema.get("const")]))
    kind = schema.get("type")
    if kind == "array":
        options = schema["items"]["enum"]
        return rng.sample(options, rng.randint(0, min(3, len(options))))
    if kind == "integer":
        return rng.randint(schema.get("minimum", 0), schema.get("maximum", 5))
    if kind == "boolean":
        return rng.random() < 0.5
    return None


def _random_document(rng: random.Random, schema: dict, definitions: dict) -> dict:
    document = {}
    for name, part in schema["properties"].items():
        if name == "occupation" or rng.random() < 0.3:
            continue  # as in the scan, many answers are skipped
        value = _random_value(rng, part, definitions)
        if value is not None:
            document[name] = value
    return document


def generate_profiles(count: int, seed: int = 7) -> list[str]:
    """Valid Profiel documents, drawn at random from the model's own JSON Schema."""
    rng = random.Random(seed)
    schema = Profile.model_json_schema()
    definitions = schema.get("$defs", {})
    documents = []
    while len(documents) < count:
        document = _random_document(rng, schema, definitions)
        if not contradictions(Profile.model_validate(document)):  # e.g. 30 years of work at 20: refused, not advised
            documents.append(json.dumps(document))
    return documents


def _time(fn, profiles: list[str]) -> float:
    start = time.perf_counter()
    for raw in profiles:
        fn(raw)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    load_rulebook()  # loading and compiling the rules happens once per process, not per advice
    profiles = generate_profiles(args.count)

    def validate_only(raw):
        return parse_profile(raw)

    def validate_and_advise(raw):
        return advise(parse_profile(raw))

    # Interleaved, best of each: a slow moment of the shared machine hits both sides alike.
    floor = full = float("inf")
    for _ in range(args.repeat):
        floor = min(floor, _time(validate_only, profiles))
        full = min(full, _time(validate_and_advise, profiles))
    print(f"profiles={args.count} repeat={args.repeat}")
    print(f"parse+validate:        {args.count / floor:,.0f} profiles/s")
    print(f"parse+validate+advise: {args.count / full:,.0f} advices/s (one core)")
    print(f"engine_vs_validation={full / floor:.2f}")


if __name__ == "__main__":
    main()
