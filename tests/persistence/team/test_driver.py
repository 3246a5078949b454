"""Whether this installation can talk to a team server (persistence.team.driver), and what a
user is told when it cannot: the packaged app's psycopg loads the system's libpq, which may be
missing where the .deb's dependencies were not installed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from persistence.team.driver import NO_LIBPQ, driver_description, driver_problem

ROOT = Path(__file__).resolve().parents[3]

pytest.importorskip("psycopg", reason="the postgres extra: pip install '.[postgres]'")


def _python(code: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *(["-c", code] if code else []), *args],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
    )  # fmt: skip


def test_the_driver_in_use_is_named_with_its_libpq() -> None:
    assert driver_problem() is None
    description = driver_description()
    assert description.startswith("psycopg 3.")
    assert ", libpq " in description


def test_the_pure_python_driver_loads_the_systems_libpq() -> None:
    """What the bundle runs (PSYCOPG_IMPL=python: ctypes on the system's libpq)."""
    result = _python(
        "from persistence.team.driver import driver_description; print(driver_description())",
        PSYCOPG_IMPL="python",
    )
    assert result.returncode == 0, result.stderr
    assert "(python), libpq " in result.stdout


def test_without_a_libpq_wrapper_the_user_is_told_to_install_libpq() -> None:
    """psycopg asked for an implementation that cannot load (PSYCOPG_IMPL=c: no psycopg_c
    here) fails to import exactly as on a machine without libpq."""
    result = _python(
        "from persistence.team.driver import driver_problem; print(driver_problem())",
        PSYCOPG_IMPL="c",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == NO_LIBPQ


def test_opening_a_server_without_libpq_is_a_clear_message_not_a_traceback() -> None:
    result = _python(
        "", str(ROOT / "main.py"), "check", "--workspace",
        "postgresql://anna@localhost:1/team", PSYCOPG_IMPL="c", PGPASSWORD="x",
    )  # fmt: skip
    assert result.returncode != 0
    assert "sudo apt install libpq5" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
