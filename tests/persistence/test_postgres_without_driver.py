"""Without the PostgreSQL driver the postgres tests skip and say why; they do not error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Run the postgres tests in a fresh interpreter in which ``import psycopg`` fails, as it does on
# a machine where the ``postgres`` extra was never installed.
_WITHOUT_DRIVER = """
import sys
sys.modules["psycopg"] = None
import pytest
raise SystemExit(pytest.main(["-q", "-rs", "-p", "no:cacheprovider", sys.argv[1]]))
"""


def test_the_postgres_tests_skip_with_the_reason_when_the_driver_is_missing() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _WITHOUT_DRIVER, "tests/persistence/test_postgres.py"],
        cwd=ROOT,
        # Not CI's "must run" setting: this checks the skip a developer's machine gets.
        env={k: v for k, v in os.environ.items() if k != "RAPPORT_REQUIRE_POSTGRES"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = result.stdout
    assert result.returncode == 0, report + result.stderr
    assert "error" not in report.lower()
    assert "skipped" in report
    assert "the PostgreSQL driver psycopg is not installed" in report
