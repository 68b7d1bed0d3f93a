"""The benchmark scripts still run and print their closing figure (a smoke run; no timing is asserted)."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_advice_benchmark_prints_its_ratio():
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "advice.py"), "--count", "50", "--repeat", "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"engine_vs_validation=\d+\.\d+", result.stdout.strip().splitlines()[-1])
