"""Automatic backups on real workspace files: taking, checking, listing, thinning, comparing and
restoring them. Times are given (``now=``), never read from the real clock."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from domain.model import Stakeholder
from domain.usecases.maps import delete_map, list_maps
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import (
    BackupCounts,
    CorruptWorkspaceError,
    NotAWorkspaceError,
    Workspace,
    WorkspaceExistsError,
    WorkspaceWriteError,
    compare_with_workspace,
    count_contents,
    list_backups,
    open_workspace,
    restore_as_new,
    restore_in_place,
    take_backup,
)
from persistence.workspace.backup_files import BackupFile
from persistence.workspace.taking_backups import thin_backups
from tests.persistence.sample_data import Sample, fill

NOW = datetime(2026, 6, 17, 15, 0, tzinfo=UTC)


@pytest.fixture
def filled(workspace: Workspace) -> tuple[Workspace, Sample]:
    return workspace, fill(workspace.uow)


def _path(workspace: Workspace) -> Path:
    assert workspace.path is not None
    return workspace.path


def test_a_backup_is_a_checked_private_copy_named_by_time_and_reason(
    filled: tuple[Workspace, Sample],
) -> None:
    workspace, _ = filled
    path = _path(workspace)
    path.chmod(0o600)
    backup = take_backup(path, "manual", now=NOW)
    assert backup.path == path.parent / "backups" / "test.backup-20260617T150000Z-manual.rapport"
    assert backup.taken_at == NOW and backup.reason == "manual" and backup.why == "Taken by hand"
    assert backup.size == backup.path.stat().st_size > 0
    assert count_contents(backup.path) == BackupCounts(people=2, maps=1, ratings=3, interactions=1)
    # A file of its own: no -wal or -shm beside it, nothing half-written, as private as the
    # workspace.
    assert sorted(p.name for p in backup.path.parent.iterdir()) == [backup.name]
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    with sqlite3.connect(backup.path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_a_backup_holds_the_workspace_as_it_was_when_it_began(
    filled: tuple[Workspace, Sample],
) -> None:
    """The app deletes a map right after the backup has started (the hook before a
    destructive action waits only for the snapshot): the backup still holds the map."""
    workspace, sample = filled

    def delete_the_map_now() -> None:
        delete_map(workspace.uow(), sample.erp)

    backup = take_backup(_path(workspace), "before-delete-map", snapshot_taken=delete_the_map_now)
    assert list_maps(workspace.uow()) == []
    assert count_contents(backup.path).maps == 1


def test_a_deleted_map_comes_back_from_a_backup_restored_as_a_new_file(
    filled: tuple[Workspace, Sample], tmp_path: Path
) -> None:
    workspace, sample = filled
    backup = take_backup(_path(workspace), "before-delete-map", now=NOW)
    delete_map(workspace.uow(), sample.erp)
    add_stakeholder(workspace.uow(), Stakeholder("Carol Newcomer"))

    diff = compare_with_workspace(backup.path, _path(workspace))
    assert diff.of("maps").removed_since == 1 and diff.of("maps").removed_names == ["ERP"]
    assert diff.of("ratings").removed_since == 2  # the map's power and attitude ratings
    assert diff.of("people").added_since == 1
    assert diff.of("people").added_names == ["Carol Newcomer"]
    assert diff.of("interactions").unchanged and not diff.unchanged

    out = tmp_path / "restored" / "Restored.rapport"
    assert restore_as_new(backup.path, out) == out
    with open_workspace(out) as restored:
        assert [m.name for m in list_maps(restored.uow())] == ["ERP"]
    assert count_contents(out) == BackupCounts(people=2, maps=1, ratings=3, interactions=1)
    assert compare_with_workspace(backup.path, out).unchanged


def test_restoring_as_new_refuses_an_existing_file_and_a_file_that_is_no_workspace(
    filled: tuple[Workspace, Sample], tmp_path: Path
) -> None:
    workspace, _ = filled
    backup = take_backup(_path(workspace), "manual", now=NOW)
    taken = tmp_path / "mine.rapport"
    taken.write_text("my own file", "utf-8")
    with pytest.raises(WorkspaceExistsError, match="exists already"):
        restore_as_new(backup.path, taken)
    assert taken.read_text("utf-8") == "my own file"

    notes = tmp_path / "notes.rapport"
    notes.write_text("not a database at all, just long enough to pass for a header " * 3, "utf-8")
    with pytest.raises(NotAWorkspaceError):
        restore_as_new(notes, tmp_path / "new.rapport")
    assert not (tmp_path / "new.rapport").exists()


def test_restoring_in_place_replaces_the_open_workspace_and_keeps_it_usable(
    filled: tuple[Workspace, Sample],
) -> None:
    workspace, sample = filled
    path = _path(workspace)
    backup = take_backup(path, "manual", now=NOW)
    delete_map(workspace.uow(), sample.erp)
    restore_in_place(backup.path, workspace)
    assert [m.name for m in list_maps(workspace.uow())] == ["ERP"]
    workspace.close()
    with open_workspace(path) as reopened:
        assert [m.name for m in list_maps(reopened.uow())] == ["ERP"]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_backups_are_listed_newest_first_and_only_this_workspaces(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = _path(workspace)
    folder = path.parent / "backups"
    first = take_backup(path, "opened", now=NOW - timedelta(days=2))
    second = take_backup(path, "before-delete-map", now=NOW - timedelta(hours=1))
    third = take_backup(path, "before-delete-map", now=NOW - timedelta(hours=1))  # same second
    # Another workspace's backups in the same folder, a pre-upgrade copy, and stray files.
    (folder / "other.backup-20260617T140000Z-manual.rapport").write_bytes(b"x")
    upgrade = folder / "test.before-v2-20260101T000000Z.rapport"
    upgrade.write_bytes(first.path.read_bytes())
    (folder / "test.backup-garbage.rapport").write_bytes(b"x")
    (folder / ".test.backup-20260617T150000Z-manual.rapport.partial-1").write_bytes(b"x")

    listed = list_backups(path)
    assert [b.path for b in listed] == [third.path, second.path, first.path, upgrade]
    assert third.name == "test.backup-20260617T140000Z-before-delete-map-2.rapport"
    assert listed[-1].automatic is False and listed[-1].why == "Before upgrading to format 2"
    assert listed[0].why == "Before deleting a map"


def test_taking_a_backup_thins_the_older_automatic_ones(workspace: Workspace) -> None:
    path = _path(workspace)
    hours = [take_backup(path, "hourly", now=NOW - timedelta(hours=h)) for h in range(30, 0, -1)]
    upgrade = path.parent / "backups" / "test.before-v2-20200101T000000Z.rapport"
    upgrade.write_bytes(hours[-1].path.read_bytes())
    newest = take_backup(path, "manual", now=NOW)
    names = {b.name for b in list_backups(path)}
    # The ten newest of the last day (this one and 1…9 hours ago), then yesterday's newest
    # (23:00 yesterday, 16 hours ago); all the others were taken yesterday too.
    assert newest.name in names
    kept_hours = sorted(h for h, b in zip(range(30, 0, -1), hours, strict=True) if b.name in names)
    assert kept_hours == [1, 2, 3, 4, 5, 6, 7, 8, 9, 16]
    assert upgrade.name in names  # pre-upgrade copies are never thinned


def test_the_disk_budget_keeps_the_newest_backups_that_fit(workspace: Workspace) -> None:
    path = _path(workspace)
    size = take_backup(path, "hourly", now=NOW - timedelta(hours=3)).size
    take_backup(path, "hourly", now=NOW - timedelta(hours=2))
    take_backup(path, "hourly", now=NOW - timedelta(hours=1))
    newest = take_backup(path, "manual", now=NOW, budget_bytes=2 * size + 1)
    assert [b.taken_at for b in list_backups(path)] == [newest.taken_at, NOW - timedelta(hours=1)]
    # However small the budget, the newest backup stays.
    older = list_backups(path)[1].path
    assert thin_backups(path, budget_bytes=1, now=NOW) == [older]
    assert [b.path for b in list_backups(path)] == [newest.path]


def test_backups_go_to_the_folder_the_user_chose(workspace: Workspace, tmp_path: Path) -> None:
    chosen = tmp_path / "elsewhere" / "Rapport backups"
    backup = take_backup(_path(workspace), "manual", folder=chosen, now=NOW)
    assert backup.path.parent == chosen
    assert list_backups(_path(workspace), chosen) == [backup]
    assert list_backups(_path(workspace)) == []


def test_a_backup_that_cannot_be_written_says_so_and_leaves_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("", "utf-8")
    with pytest.raises(WorkspaceWriteError, match="could not be created"):
        take_backup(_path(workspace), "manual", folder=blocked, now=NOW)
    assert blocked.read_text("utf-8") == ""


def test_a_damaged_workspace_gives_no_backup_but_a_clear_error(
    filled: tuple[Workspace, Sample],
) -> None:
    workspace, _ = filled
    path = _path(workspace)
    workspace.close()
    with sqlite3.connect(path) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ratings'").fetchone()[0]
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with path.open("r+b") as file:  # scribble over the ratings table's first page
        file.seek((root - 1) * page_size + 8)
        file.write(os.urandom(200))
    with pytest.raises((CorruptWorkspaceError, WorkspaceWriteError)):
        take_backup(path, "manual", now=NOW)
    assert list_backups(path) == []
    assert [p.name for p in (path.parent / "backups").iterdir()] == []


def test_a_backup_file_knows_its_reason_in_words() -> None:
    odd = BackupFile(Path("w.backup-20260101T000000Z-before-frobnicate.rapport"), NOW, "x", 1)
    assert odd.why == "X"
    assert BackupFile(Path("x"), NOW, "before-import", 1).why == "Before an import"


def test_another_programs_database_is_not_backed_up(tmp_path: Path) -> None:
    foreign = tmp_path / "other.rapport"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE notes (text)")
    with pytest.raises(NotAWorkspaceError):
        take_backup(foreign, "manual", now=NOW)
    assert not (tmp_path / "backups").exists()
