"""Opening failures the user cannot fix themselves (issue 10, item 3): a full disk while taking
the lock, read-only workspaces, and opening read-only. On real file systems that refuse writes
(tests/filesystems.py): a full tmpfs, chmod, or read-only mounts."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from domain.model import Stakeholder
from persistence.workspace import (
    NotWritableError,
    WorkspaceError,
    WorkspaceWriteError,
    open_workspace,
)
from persistence.workspace.lock_file import lock_path_for
from tests.filesystems import IS_ROOT, full_filesystem, read_only

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def path(empty_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    folder.mkdir()
    copy = folder / "Team.rapport"
    shutil.copyfile(empty_template, copy)
    with open_workspace(copy) as workspace, workspace.uow() as uow:
        uow.stakeholders.add(Stakeholder(name="Ada Lovelace"))
        uow.commit()
    return copy


def _names(path: Path, **options: bool) -> list[str]:
    with open_workspace(path, **options) as workspace, workspace.uow() as uow:
        return [p.name for p in uow.stakeholders.list()]


def _add(path: Path, name: str) -> None:
    with open_workspace(path) as workspace, workspace.uow() as uow:
        uow.stakeholders.add(Stakeholder(name=name))
        uow.commit()


def test_a_full_disk_while_taking_the_lock_says_so_and_leaves_nothing(
    path: Path, tmp_path: Path
) -> None:
    with full_filesystem(tmp_path / "full", [path]) as folder:
        workspace = folder / path.name
        before = sorted(p.name for p in folder.iterdir())
        with pytest.raises(NotWritableError) as refused:
            open_workspace(workspace)
        assert refused.value.kind == "full"
        assert "the disk that holds it is full" in str(refused.value)
        assert "Free some space" in str(refused.value)
        assert sorted(p.name for p in folder.iterdir()) == before  # no .lock, no temp file
        # Reading it is still possible, and writes nothing either.
        assert _names(workspace, read_only=True) == ["Ada Lovelace"]
        assert sorted(p.name for p in folder.iterdir()) == before


def test_opening_read_only_creates_nothing_beside_the_file_and_refuses_changes(
    path: Path,
) -> None:
    folder = path.parent
    with open_workspace(path, read_only=True) as workspace:
        assert workspace.read_only
        with workspace.uow() as uow:
            assert [p.name for p in uow.stakeholders.list()] == ["Ada Lovelace"]
        with pytest.raises(WorkspaceWriteError, match="is open read-only"), workspace.uow() as uow:
            uow.stakeholders.add(Stakeholder(name="Grace Hopper"))
            uow.commit()
        assert sorted(p.name for p in folder.iterdir()) == [path.name]  # no -wal, -shm, .lock
    assert sorted(p.name for p in folder.iterdir()) == [path.name]
    assert _names(path) == ["Ada Lovelace"]


def test_a_read_only_open_sees_what_a_writer_has_open_and_leaves_its_files(path: Path) -> None:
    with open_workspace(path) as writer:
        with writer.uow() as uow:
            uow.stakeholders.add(Stakeholder(name="Grace Hopper"))
            uow.commit()
        assert path.with_name(path.name + "-wal").exists()
        assert sorted(_names(path, read_only=True)) == ["Ada Lovelace", "Grace Hopper"]
        assert lock_path_for(path).exists()  # the writer's lock is left alone
        with writer.uow() as uow:  # and the writer goes on writing
            uow.stakeholders.add(Stakeholder(name="Alan Turing"))
            uow.commit()


def test_an_older_workspace_opened_read_only_is_read_through_an_upgraded_copy(
    tmp_path: Path,
) -> None:
    old = tmp_path / "Old.rapport"
    shutil.copyfile(FIXTURES / "v1.rapport", old)
    before = old.read_bytes()
    with open_workspace(old, read_only=True) as workspace, workspace.uow() as uow:
        assert uow.stakeholders.count() >= 1
    assert old.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [old.name]  # no backup, no sidecar


def test_a_read_only_folder_and_file_open_read_only_and_refuse_editing_plainly(
    path: Path,
) -> None:
    with read_only(path.parent):
        with pytest.raises(NotWritableError) as refused:
            open_workspace(path)
        assert refused.value.kind == "read-only"
        assert "can only be opened read-only" in str(refused.value)
        assert _names(path, read_only=True) == ["Ada Lovelace"]
        assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    _add(path, "Grace Hopper")  # writable again: editing works


def test_a_read_only_file_opens_read_only_and_edits_work_once_it_is_writable(
    path: Path,
) -> None:
    with read_only(path):
        with pytest.raises(NotWritableError, match="make it writable"):
            open_workspace(path)
        assert _names(path, read_only=True) == ["Ada Lovelace"]
        assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no -wal, -shm
    _add(path, "Grace Hopper")
    assert sorted(_names(path)) == ["Ada Lovelace", "Grace Hopper"]


@pytest.mark.skipif(IS_ROOT, reason="as root, read-only permissions do not stop SQLite writing")
def test_read_only_wal_and_shm_left_by_an_earlier_rapport_no_longer_refuse_edits(
    path: Path,
) -> None:
    # What an earlier Rapport left after reading a read-only file: SQLite gave its -wal and -shm
    # the file's read-only permissions.
    path.chmod(0o444)
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
        db.execute("SELECT COUNT(*) FROM stakeholders").fetchone()
    sidecars = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    for sidecar in sidecars:
        sidecar.touch()
        sidecar.chmod(0o444)
    path.chmod(0o644)  # the user makes the workspace writable, as the message said
    _add(path, "Grace Hopper")
    assert sorted(_names(path)) == ["Ada Lovelace", "Grace Hopper"]


def test_a_workspace_error_is_raised_for_what_cannot_be_read(tmp_path: Path) -> None:
    missing = tmp_path / "missing.rapport"
    with pytest.raises(WorkspaceError, match="There is no workspace"):
        open_workspace(missing, read_only=True)
    assert not missing.exists()
