"""`rapport check` says what it found: healthy, older (upgraded on opening), newer, another
program's file or damaged, with an exit status a script can act on (issue 10, item 4)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from main import main
from persistence.schema import SCHEMA_VERSION
from persistence.workspace import create_workspace

FIXTURES = Path(__file__).parents[1] / "persistence" / "fixtures"


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["check", "--workspace", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


def test_a_current_workspace_is_healthy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.rapport"
    create_workspace(path).close()
    code, out, _ = _check(path, capsys)
    assert code == 0
    assert f"healthy (workspace format {SCHEMA_VERSION})" in out


def test_an_older_workspace_is_said_to_be_upgraded_on_opening_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.rapport"
    shutil.copyfile(FIXTURES / "v1.rapport", path)
    before = _digest(path)
    code, out, _ = _check(path, capsys)
    assert code == 0
    assert "older workspace format 1" in out
    assert f"upgrades it to format {SCHEMA_VERSION}" in out and "backup" in out
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.rapport"]


def test_a_workspace_from_a_newer_rapport_is_not_called_healthy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.rapport"
    create_workspace(path).close()
    _sql(path, "PRAGMA user_version = 99", "UPDATE alembic_version SET version_num = '0099'")
    before = _digest(path)
    code, out, err = _check(path, capsys)
    assert code == 2
    assert "healthy" not in out
    assert "newer version of Rapport" in err and "format 99" in err
    assert _digest(path) == before


def test_another_programs_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "photos.rapport"
    _sql(path, "CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    code, out, err = _check(path, capsys)
    assert code == 2
    assert "another program" in err and "healthy" not in out


def test_a_damaged_workspace_is_reported_with_what_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.rapport"
    create_workspace(path).close()
    _sql(
        path,
        "PRAGMA foreign_keys = OFF",
        "INSERT INTO map_memberships VALUES (99, 1, '2025-01-01 00:00:00.000000')",
    )
    code, out, _ = _check(path, capsys)
    assert code == 1
    assert "damaged" in out and "map_memberships" in out

    # Pages overwritten with garbage past the header: SQLite cannot read the file.
    data = bytearray(path.read_bytes())
    page = 4096
    data[page : len(data)] = b"\xa5" * (len(data) - page)
    path.write_bytes(bytes(data))
    code, out, err = _check(path, capsys)
    assert code != 0
    assert "healthy" not in out
    assert (out + err).strip()
