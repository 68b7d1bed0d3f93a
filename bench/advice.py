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
from wegwijzer.advice.engine.profile import Profile, Scales


def _choice(rng: random.Random, field) -> object:
    """A random valid value for one Profiel field, or None/absent as the scan often leaves it."""
    annotation = str(field.annotation)
    if rng.random() < 0.25:
        return None
    if "Literal" in annotation:
        options = list(_literal_args(field.annotation))
        return rng.choice(options)
    if "bool" in annotation:
        return rng.random() < 0.5
    if "int" in annotation:
        low, high = _bounds(field)
        return rng.randint(low, high)
    return None


def _literal_args(annotation):
    from typing import get_args

    args = []
    for arg in get_args(annotation):
        args.extend(_literal_args(arg) if get_args(arg) else ([arg] if arg is not type(None) else []))
    return args


def _bounds(field) -> tuple[int, int]:
    low, high = 0, 5
    for meta in field.metadata:
        low = getattr(meta, "ge", low)
        high = getattr(meta, "le", high)
    return low, high


def generate_profiles(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    profiles = []
    list_fields = {"problems", "learning_preferences", "informal_experience"}
    for _ in range(count):
        doc = {"schema_version": "1"}
        for name, field in Profile.model_fields.items():
            if name in {"schema_version", "scales", "occupation"} | list_fields:
                continue
            value = _choice(rng, field)
            if value is not None:
                doc[name] = value
        for name in list_fields:
            options = _literal_args(Profile.model_fields[name].annotation.__args__[0])
            doc[name] = rng.sample(options, rng.randint(0, min(3, len(options))))
        doc["scales"] = {name: rng.randint(1, 5) for name in Scales.model_fields if rng.random() < 0.8}
        profiles.append(json.dumps(doc))
    return profiles


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
