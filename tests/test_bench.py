"""The benchmark scripts still run and print their closing figure (a smoke run; no timing is asserted)."""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(script: str, *args: str) -> str:
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}  # the SQLite part is enough here
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), *args], capture_output=True, text=True, timeout=300, env=env
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_advice_benchmark_prints_its_ratio():
    assert re.fullmatch(r"engine_vs_validation=\d+\.\d+", run("advice.py", "--count", "50", "--repeat", "1"))


def test_catalogue_benchmark_prints_its_speedup_and_the_mixed_run(tmp_path):
    folder = str(tmp_path / "new-folder")
    last = run(
        "catalogue_search.py",
        "--count",
        "200",
        "--rounds",
        "1",
        "--batches",
        "2",
        "--batch-size",
        "20",
        "--workdir",
        folder,
    )
    assert re.fullmatch(r"speedup_vs_naive=\d+\.\d+ p95_ms=\d+\.\d+ mixed_p95_ms=\d+\.\d+ mixed_waited=0", last)


def test_scan_benchmark_prints_the_slowest_path():
    assert re.fullmatch(r"worst_path_minutes=\d+\.\d screens=\d+", run("scan.py"))


def test_import_benchmark_prints_its_ratio_to_the_goal(tmp_path):
    last = run("import_offers.py", "--count", "200", "--workdir", str(tmp_path / "new-folder"))
    assert re.fullmatch(r"rows_per_second_vs_goal=\d+\.\d+ cpu_rows_per_second_vs_goal=\d+\.\d+", last)
