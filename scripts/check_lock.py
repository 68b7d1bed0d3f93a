"""Check that the hashed locks still hold everything pyproject.toml asks for, at versions it allows.

requirements/run.txt must satisfy the platform's dependencies, requirements/test.txt those and the `test` extra.
A dependency added to pyproject.toml without `scripts/lock-requirements` fails here, with the command to run.
"""

import re
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)")


def pins(lock: Path) -> dict[str, str]:
    """Package name → pinned version, from a lock file made by uv pip compile."""
    found = (PIN.match(line) for line in lock.read_text().splitlines())
    return {canonicalize_name(match[1]): match[2] for match in found if match}


def problems(lock: Path, requirements: list[str], extra: str = "") -> list[str]:
    pinned = pins(lock)
    wrong = []
    for requirement in map(Requirement, requirements):
        if requirement.marker and not requirement.marker.evaluate({"extra": extra}):
            continue
        version = pinned.get(canonicalize_name(requirement.name))
        if version is None or not requirement.specifier.contains(version, prereleases=True):
            wrong.append(f"{lock.relative_to(ROOT)}: {requirement} is pinned at {version or 'nothing'}")
    return wrong


def main() -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    run, test = project["dependencies"], project["optional-dependencies"]["test"]
    wrong = problems(ROOT / "requirements/run.txt", run) + problems(ROOT / "requirements/test.txt", run + test)
    for line in wrong:
        print(line)
    if wrong:
        print("The locks are behind pyproject.toml: run scripts/lock-requirements and commit requirements/.")
        return 1
    print("Locks match pyproject.toml.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
