"""`wegwijzer advise` as the contract describes it, run as a real process."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wegwijzer.advice.engine.profile import MAX_PROFILE_BYTES

WEGWIJZER = shutil.which("wegwijzer", path=str(Path(sys.executable).parent)) or "wegwijzer"


def run(stdin: str | bytes):
    data = stdin.encode() if isinstance(stdin, str) else stdin
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "wegwijzer.conf.test"}
    return subprocess.run([WEGWIJZER, "advise"], input=data, capture_output=True, env=env, timeout=60)


def test_a_profile_in_an_advice_out(advice_validator):
    result = run(json.dumps({"schema_version": "1", "work_status": "zzp", "scales": {"money": 1}}))
    assert result.returncode == 0, result.stderr
    advice = json.loads(result.stdout)
    assert list(advice_validator.iter_errors(advice)) == []
    assert advice["primary_group"] == "zzp"
    assert result.stderr == b""


@pytest.mark.parametrize(
    ("stdin", "field"),
    [
        ('{"age": "dertig"}', "age"),
        ('{"bsn": "123456782"}', "bsn"),
        ('{"scales": {"time": 0}}', "scales.time"),
        ("{age: 40,", None),
        ("", None),
        (b"\xff\xfe not utf-8", None),
        ('{"occupation": "' + "x" * (MAX_PROFILE_BYTES + 10) + '"}', None),
    ],
)
def test_invalid_input_exits_2_with_one_clear_line(stdin, field):
    result = run(stdin)
    assert result.returncode == 2
    assert result.stdout == b""
    stderr = result.stderr.decode()
    assert "Traceback" not in stderr
    assert stderr.count("\n") == 1 and stderr.startswith("Ongeldig profiel: ")
    if field:
        assert f"veld '{field}'" in stderr


def test_public_vignettes_pass(contract_dir):
    checker = contract_dir / "check_vignettes.py"
    result = subprocess.run(
        [
            sys.executable,
            str(checker),
            "--cmd",
            f"{WEGWIJZER} advise",
            str(contract_dir / "examples" / "vignettes.json"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "wegwijzer.conf.test"},
    )
    assert result.stdout.strip().endswith("0 failed"), result.stdout
    assert result.returncode == 0


def test_answers_that_cannot_both_be_true_exit_2_naming_both_fields():
    result = run(json.dumps({"schema_version": "1", "age": 20, "years_experience": 30}))
    assert result.returncode == 2
    assert result.stdout == b""
    message = result.stderr.decode()
    assert "years_experience" in message and "age" in message and "Traceback" not in message
