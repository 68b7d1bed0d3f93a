"""Says plainly what a dependency audit checked (.ci/run). An audit that could not reach its advisory data checked
nothing, and must never read as "no known vulnerabilities".

    python scripts/audit_summary.py pip REPORT.json STATUS     pip-audit --format json output and its exit status
    python scripts/audit_summary.py npm REPORT.json STATUS     npm audit --omit=dev --json output and its exit status

Exit status 1: known vulnerabilities, or the tool failed in another way (e.g. found no packages at all). Exit 0 with a
WARNING when packages could not be checked because the advisory data was unreachable: CI machines without that
network access still run, but every log says how many packages went unchecked. Standard library only.
"""

import json
import sys
from pathlib import Path

LOCKFILE = Path(__file__).resolve().parent.parent / "package-lock.json"


def pip_summary(report: dict, status: int) -> tuple[list[str], int]:
    packages = report.get("dependencies", [])
    vulnerable = [p for p in packages if p.get("vulns")]
    skipped = [p for p in packages if "skip_reason" in p]
    audited = len(packages) - len(skipped)
    lines = [f"KWETSBAAR: {p['name']} {p['version']}: " + ", ".join(v["id"] for v in p["vulns"]) for p in vulnerable]
    if not packages:
        return [*lines, "ERROR: pip-audit found no packages to check; nothing was audited."], 1
    if skipped:
        lines.append(
            f"WARNING: pip-audit could NOT check {len(skipped)} of {len(packages)} packages "
            f"(e.g. {skipped[0]['skip_reason']}). Their vulnerabilities are unknown, not zero."
        )
    if audited == 0:
        lines.append(f"WARNING: pip-audit audited NOTHING: 0 of {len(packages)} packages checked.")
        return lines, 0
    checked = f"{audited} of {len(packages)} packages checked"
    lines.append(f"pip-audit: {checked}, {len(vulnerable)} with known vulnerabilities.")
    failed_otherwise = status != 0 and not vulnerable and not skipped
    return lines, 1 if vulnerable or failed_otherwise else 0


def browser_packages(lockfile: Path) -> int:
    """How many packages npm audit --omit=dev should check: those in package-lock.json not marked dev."""
    packages = json.loads(lockfile.read_text())["packages"]
    return sum(1 for path, package in packages.items() if path and not package.get("dev"))


def npm_summary(report: dict, status: int, expected: int) -> tuple[list[str], int]:
    if "metadata" not in report:
        reason = report.get("message") or report.get("error", {}).get("summary") or "no report"
        return [
            f"WARNING: npm audit audited NOTHING: 0 of {expected} browser packages checked ({reason}). "
            "Their vulnerabilities are unknown, not zero."
        ], 0
    if expected == 0:
        return ["ERROR: npm audit --omit=dev has no packages to check: is what browsers load in dependencies?"], 1
    found = report["metadata"]["vulnerabilities"]
    lines = [f"KWETSBAAR: {name} ({item.get('severity')})" for name, item in report.get("vulnerabilities", {}).items()]
    lines.append(f"npm audit: {expected} browser packages checked, {found.get('total', 0)} with known vulnerabilities.")
    return lines, 1 if found.get("total", 0) or status not in (0, 1) else 0


def main(argv: list[str]) -> int:
    kind, report_path, status = argv[1], Path(argv[2]), int(argv[3])
    try:
        report = json.loads(report_path.read_text() or "{}")
    except (OSError, json.JSONDecodeError) as error:
        print(f"ERROR: {kind} audit left no readable report ({error}); nothing was audited.")
        return 1
    if kind == "pip":
        lines, code = pip_summary(report, status)
    else:
        lines, code = npm_summary(report, status, browser_packages(LOCKFILE))
    print("\n".join(lines))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
