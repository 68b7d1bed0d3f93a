"""Runs a benchmark's measuring part in a child process on one database, and reads its figures back.

A child process per database keeps each run's Django settings, connections and caches apart; the child prints its
figures as one JSON line, last."""

import json
import os
import subprocess
import sys


def run_child(script: str, arguments: list[str], database_url: str) -> dict:
    env = {**os.environ, "DATABASE_URL": database_url, "WEGWIJZER_LOG_LEVEL": "WARNING"}
    command = [sys.executable, script, "--child", *arguments]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"The benchmark on {database_url.split('://')[0]} failed:\n{result.stderr.strip()[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])
