"""Dependency audits say what they checked: an audit that reached no advisory data audited nothing, and says so
(scripts/audit_summary.py, run by .ci/run); and what browsers load is in package.json's dependencies, so that
`npm audit --omit=dev` checks it."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "audit_summary.py"
UNREACHABLE = "Dependency not found on PyPI and could not be audited: django (5.2)"


def summary(kind: str, report: dict, tmp_path, status: int = 0) -> subprocess.CompletedProcess:
    path = tmp_path / "report.json"
    path.write_text(json.dumps(report))
    return subprocess.run(
        [sys.executable, str(SCRIPT), kind, str(path), str(status)], capture_output=True, text=True, timeout=60
    )


def pip_report(*packages) -> dict:
    return {"dependencies": list(packages), "fixes": []}


CLEAN = {"name": "django", "version": "5.2", "vulns": []}
SKIPPED = {"name": "django", "skip_reason": UNREACHABLE}


def test_pip_audit_that_checked_nothing_says_so_and_does_not_fail_ci(tmp_path):
    result = summary("pip", pip_report(SKIPPED, SKIPPED | {"name": "ninja"}, SKIPPED | {"name": "axes"}), tmp_path)
    assert result.returncode == 0
    assert "audited NOTHING: 0 of 3 packages checked" in result.stdout
    assert "could NOT check 3 of 3 packages" in result.stdout
    assert "0 with known vulnerabilities" not in result.stdout and "No known" not in result.stdout


def test_pip_audit_that_checked_some_says_how_many_were_not(tmp_path):
    result = summary("pip", pip_report(CLEAN, CLEAN | {"name": "ninja"}, SKIPPED), tmp_path)
    assert result.returncode == 0
    assert "could NOT check 1 of 3 packages" in result.stdout
    assert "2 of 3 packages checked, 0 with known vulnerabilities" in result.stdout


def test_a_known_vulnerability_fails_ci(tmp_path):
    vulnerable = CLEAN | {"vulns": [{"id": "PYSEC-2099-1", "fix_versions": ["5.2.1"]}]}
    result = summary("pip", pip_report(vulnerable, SKIPPED), tmp_path, status=1)
    assert result.returncode == 1
    assert "KWETSBAAR: django 5.2: PYSEC-2099-1" in result.stdout


@pytest.mark.parametrize("report", [pip_report(), {}])
def test_a_pip_audit_with_no_packages_at_all_fails(tmp_path, report):
    assert summary("pip", report, tmp_path).returncode == 1


def test_npm_audit_without_its_advisory_service_says_it_checked_nothing(tmp_path):
    unreachable = {
        "message": "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk"
    }
    result = summary("npm", unreachable, tmp_path, status=1)
    assert result.returncode == 0
    count = re.search(r"audited NOTHING: 0 of (\d+) browser packages checked", result.stdout)
    assert count and int(count.group(1)) > 0, result.stdout


def test_npm_audit_with_a_vulnerability_fails_ci(tmp_path):
    report = {
        "vulnerabilities": {"htmx.org": {"severity": "high"}},
        "metadata": {"vulnerabilities": {"high": 1, "total": 1}},
    }
    result = summary("npm", report, tmp_path, status=1)
    assert result.returncode == 1
    assert "KWETSBAAR: htmx.org (high)" in result.stdout


def test_what_browsers_load_is_in_dependencies_so_npm_audit_sees_it():
    """Every package the asset build reads from node_modules ends up in the browser (CSS or script)."""
    build = (ROOT / "scripts" / "build-assets.mjs").read_text()
    shipped = set(re.findall(r"node_modules/((?:@[^/\"]+/)?[^/\"]+)/", build))
    package = json.loads((ROOT / "package.json").read_text())
    tokens = "@nl-design-system-unstable/voorbeeld-design-tokens"
    assert shipped == {"htmx.org", "@utrecht/component-library-css", tokens}
    assert shipped <= set(package["dependencies"])
    assert not shipped & set(package.get("devDependencies", {}))
    lock = json.loads((ROOT / "package-lock.json").read_text())["packages"]
    assert all(not lock[f"node_modules/{name}"].get("dev") for name in shipped)
