"""Apps know each other in one direction only (docs/architecture.md, "Which app may import which")."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2]
# The table of docs/architecture.md: what each app's own code (tests aside) may import of the other apps.
MAY_IMPORT = {
    "core": set(),
    "accounts": {"core"},
    "skills": {"core", "accounts"},
    "directory": {"core"},
    "advice": {"core", "accounts"},
    "funding": {"core", "accounts", "advice"},
    "coaching": {"core", "accounts", "directory", "scan"},
    "insight": {"core", "accounts"},
    "scan": {"core", "accounts", "advice", "directory"},
    "catalogue": {"core", "accounts", "advice", "funding", "skills", "insight"},
    "api": {"core", "accounts", "advice", "catalogue"},
    "budget": {"core", "accounts", "catalogue", "insight"},
    "credentials": {"core", "accounts", "skills", "catalogue"},
    "labour": {"core", "accounts", "skills", "catalogue", "scan"},
    "notifications": {"core", "accounts"},
    "stories": {"core", "accounts", "advice"},
}


def imported_apps(app: str) -> set[str]:
    found = set()
    for source in (PACKAGE / app).rglob("*.py"):
        if "tests" in source.relative_to(PACKAGE / app).parts:
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            found |= {name.split(".")[1] for name in names if name.startswith("wegwijzer.") and name.count(".")}
    return found - {app, "conf"}


def test_every_app_is_in_the_table():
    apps = {path.parent.name for path in PACKAGE.glob("*/apps.py")}
    assert apps == set(MAY_IMPORT)


def test_no_app_imports_an_app_it_may_not():
    wrong = {app: sorted(imported_apps(app) - allowed) for app, allowed in MAY_IMPORT.items()}
    assert {app: names for app, names in wrong.items() if names} == {}
