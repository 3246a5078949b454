"""An upgrade is made on a copy and swapped in only once it succeeded: a refused or failed
upgrade leaves the file byte for byte as it was and adds no backup; a successful one keeps
exactly one backup of the file as it was (issue 10, item 5)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from persistence.schema import APPLICATION_ID, SCHEMA_VERSION
from persistence.workspace import (
    NewerWorkspaceError,
    WorkspaceError,
    check_workspace,
    open_workspace,
)

FIXTURES = Path(__file__).parent / "fixtures"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _old_file_that_cannot_be_upgraded(path: Path) -> Path:
    """Version 0, in SQLite's default (rollback journal) mode, with a table in the migration's
    way: the upgrade fails half-way through."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute("CREATE TABLE maps (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO maps VALUES (1, 'kept')")
        connection.commit()
    return path


def test_a_failed_upgrade_leaves_the_file_byte_identical_however_often_it_is_tried(
    tmp_path: Path,
) -> None:
    path = _old_file_that_cannot_be_upgraded(tmp_path / "odd.rapport")
    header, before = path.read_bytes()[:100], _digest(path)
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL
    for _attempt in range(3):
        with pytest.raises(WorkspaceError, match="could not be upgraded") as refused:
            open_workspace(path)
        assert "left as it was" in str(refused.value)
    assert _digest(path) == before  # header (WAL bytes, change counter) and pages alike
    assert sorted(p.name for p in tmp_path.iterdir()) == ["odd.rapport"]  # no backups, no debris


def test_a_refused_file_from_a_newer_rapport_is_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "v1.rapport"
    shutil.copyfile(FIXTURES / "v1.rapport", path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA user_version = 99")
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
        connection.commit()
    before = _digest(path)
    with pytest.raises(NewerWorkspaceError):
        open_workspace(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v1.rapport"]


def test_a_successful_upgrade_keeps_one_backup_of_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "v1.rapport"
    shutil.copyfile(FIXTURES / "v1.rapport", path)
    original = path.read_bytes()
    with open_workspace(path) as workspace:
        [backup] = workspace.backups_made
        with workspace.uow() as uow:
            assert uow.stakeholders.count() == 2
    assert backup.parent == tmp_path / "backups"
    with closing(sqlite3.connect(backup)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
    fixture = f"file:{FIXTURES / 'v1.rapport'}?mode=ro"
    with closing(sqlite3.connect(fixture, uri=True)) as a, closing(sqlite3.connect(backup)) as b:
        assert list(a.iterdump()) == list(b.iterdump())
    assert path.read_bytes() != original
    assert check_workspace(path) == []
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["backups", "v1.rapport"]  # nothing left of the copy that was upgraded
    with open_workspace(path) as again:
        assert again.backups_made == []
    assert len(list((tmp_path / "backups").iterdir())) == 1
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
