"""Workspace files: what is refused (left byte for byte as it was), creating, checking, copying."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from domain.model import Stakeholder
from persistence.schema import APPLICATION_ID, SCHEMA_VERSION
from persistence.workspace import (
    CorruptWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    Workspace,
    WorkspaceError,
    WorkspaceExistsError,
    WorkspaceNotFoundError,
    check_workspace,
    create_workspace,
    default_workspace_path,
    open_workspace,
    save_copy,
)
from tests.persistence.sample_data import fill


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


def _workspace_with_data(path: Path) -> Path:
    with create_workspace(path) as workspace:
        fill(workspace.uow)
        with workspace.uow() as uow:
            for n in range(300):
                uow.stakeholders.add(Stakeholder(f"Person {n}", notes="n" * 200))
            uow.commit()
    return path  # closed: the WAL is folded back into the file


def _plain_text(path: Path) -> None:
    path.write_text("Minutes of the steering committee\n" * 20)


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


def _foreign_sqlite(path: Path) -> None:
    _sql(
        path,
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
        "INSERT INTO notes VALUES (1, 'x')",
    )


def _other_application(path: Path) -> None:
    _sql(path, "PRAGMA application_id = 1234", "CREATE TABLE t (x)")


def _newer_user_version(path: Path) -> None:
    _workspace_with_data(path)
    _sql(path, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def _newer_revision(path: Path) -> None:
    _workspace_with_data(path)
    _sql(path, f"UPDATE alembic_version SET version_num = '{SCHEMA_VERSION + 1:04d}'")


def _unknown_revision(path: Path) -> None:
    _workspace_with_data(path)
    _sql(path, "UPDATE alembic_version SET version_num = 'a1b2c3d4e5f6'")


def _garbage_in_pages(path: Path) -> None:
    _workspace_with_data(path)
    size = path.stat().st_size
    page = 4096
    assert size > 12 * page
    with path.open("r+b") as file:
        for number in (2, 5, 9):  # a few table and index pages; page 1 (the header) stays
            file.seek(number * page)
            file.write(bytes((n * 37 + 11) % 256 for n in range(page)))


REFUSED: list[tuple[Callable[[Path], None], type[WorkspaceError]]] = [
    (_plain_text, NotAWorkspaceError),
    (_empty_file, NotAWorkspaceError),
    (_foreign_sqlite, NotAWorkspaceError),
    (_other_application, NotAWorkspaceError),
    (_newer_user_version, NewerWorkspaceError),
    (_newer_revision, NewerWorkspaceError),
    (_unknown_revision, NewerWorkspaceError),
    (_garbage_in_pages, CorruptWorkspaceError),
]


@pytest.mark.parametrize(("make", "error"), REFUSED, ids=lambda v: getattr(v, "__name__", ""))
def test_a_file_that_cannot_be_opened_is_refused_and_left_untouched(
    tmp_path: Path, make: Callable[[Path], None], error: type[WorkspaceError]
) -> None:
    path = tmp_path / "file.rapport"
    make(path)
    before = _digest(path)
    beside = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(error) as refused:
        open_workspace(path)
    assert "file.rapport" in str(refused.value)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == beside  # no lock, no backup, no WAL
    if error is CorruptWorkspaceError:
        assert check_workspace(path) != []
        assert _digest(path) == before


def test_a_missing_file_or_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceNotFoundError):
        open_workspace(tmp_path / "missing.rapport")
    with pytest.raises(NotAWorkspaceError):
        open_workspace(tmp_path)


def test_create_refuses_an_existing_file_and_makes_folders(tmp_path: Path) -> None:
    taken = tmp_path / "taken.rapport"
    _plain_text(taken)
    before = _digest(taken)
    with pytest.raises(WorkspaceExistsError):
        create_workspace(taken)
    assert _digest(taken) == before
    path = default_workspace_path(tmp_path / "data" / "Rapport")
    assert path == tmp_path / "data" / "Rapport" / "Rapport.rapport"
    with create_workspace(path) as workspace:
        assert workspace.path == path and workspace.url.startswith("sqlite")
    with open_workspace(tmp_path / "new" / "x.rapport", create_if_missing=True) as created:
        assert created.path is not None and created.path.exists()


def test_check_finds_nothing_wrong_in_a_healthy_workspace_even_while_open(
    workspace: Workspace,
) -> None:
    fill(workspace.uow)
    assert workspace.path is not None
    assert check_workspace(workspace.path) == []


def test_check_reports_broken_references_and_stale_current_values(tmp_path: Path) -> None:
    path = _workspace_with_data(tmp_path / "w.rapport")
    _sql(
        path,
        "PRAGMA foreign_keys = OFF",
        "DELETE FROM current_ratings WHERE dimension = 'trust'",
        "INSERT INTO map_memberships VALUES (99, 1, '2025-01-01 00:00:00.000000')",
    )
    problems = check_workspace(path)
    assert any("map_memberships" in p for p in problems)
    _sql(path, "DELETE FROM map_memberships WHERE map_id = 99")
    assert check_workspace(path) == ["1 current values disagree with the rating history."]
    with pytest.raises(NotAWorkspaceError):
        _plain_text(tmp_path / "notes.txt")
        check_workspace(tmp_path / "notes.txt")


def test_save_copy_writes_a_workspace_that_opens_with_the_same_data(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill(workspace.uow)
    dest = tmp_path / "copies" / "copy.rapport"
    dest.parent.mkdir()
    save_copy(workspace, dest)
    with pytest.raises(WorkspaceError, match="never writes over a workspace"):
        save_copy(workspace, dest, replace=True)  # an earlier copy is a workspace too
    with open_workspace(dest) as copy, copy.uow() as uow:
        assert [s.name for s in uow.stakeholders.list(include_archived=True)] == [
            "Ada Lovelace",
            "Bob Marley",
        ]
        assert uow.ratings.count() == 3
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.rapport"]
    assert workspace.path is not None
    with pytest.raises(WorkspaceError):
        save_copy(workspace, workspace.path)


def test_a_workspace_file_is_identified_by_its_header(empty_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "w.rapport"
    shutil.copyfile(empty_template, path)
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_file_name_with_url_characters_and_accents_works(tmp_path: Path) -> None:
    path = tmp_path / "Q&A #1 ?50% été.rapport"
    with create_workspace(path) as workspace:
        fill(workspace.uow)
    with open_workspace(path) as workspace, workspace.uow() as uow:
        assert uow.stakeholders.count() == 2
    assert check_workspace(path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
