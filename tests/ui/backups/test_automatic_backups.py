"""Automatic backups in the running app: once a day on opening, after an hour of editing, before
removing ratings; a backup that fails is told. The backups' clock is fixed (support.NOW)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt

from domain.model import Dimension, Stakeholder
from domain.usecases.ratings import history
from persistence.workspace import count_contents, list_backups, take_backup
from tests.ui.backups.support import NOW, close_window, open_window
from tests.ui.ratings.support import build_sample, person_tab
from ui.backups.backup_settings import BackupSettings, save_backup_settings
from ui.ratings.history_model import ENTRY_ROLE
from ui.ratings.person_tabs import HistoryTab
from ui.stakeholders.commands import AddStakeholderCommand
from ui.undo.use_case_command import push


def test_opening_backs_up_when_the_newest_backup_is_a_day_old(
    qtbot, tmp_path: Path, own_settings: Path
) -> None:  # type: ignore[no-untyped-def]
    sample = build_sample(tmp_path / "w.rapport")
    old = take_backup(sample.path, "opened", now=NOW - timedelta(days=2))
    ctx, window = open_window(qtbot, sample.path)
    qtbot.waitUntil(lambda: len(list_backups(sample.path)) == 2 and not ctx.backups.running)
    newest = list_backups(sample.path)[0]
    assert (newest.reason, newest.taken_at) == ("opened", NOW)
    assert count_contents(newest.path) == count_contents(old.path)
    close_window(ctx, window)

    # Opened again three hours later: the newest backup is recent, none is taken.
    ctx, window = open_window(qtbot, sample.path, clock=lambda: NOW + timedelta(hours=3))
    qtbot.wait(200)
    assert not ctx.backups.running
    assert [b.taken_at for b in list_backups(sample.path)] == [NOW, NOW - timedelta(days=2)]
    close_window(ctx, window)


def test_an_hour_of_editing_is_backed_up_and_no_editing_is_not(
    qtbot, tmp_path: Path, own_settings: Path
) -> None:  # type: ignore[no-untyped-def]
    sample = build_sample(tmp_path / "w.rapport")
    take_backup(sample.path, "opened", now=NOW - timedelta(hours=1))
    ctx, window = open_window(qtbot, sample.path)
    ctx.backups.set_editing_interval(100)  # "an hour", shortened
    qtbot.wait(300)
    assert [b.reason for b in list_backups(sample.path)] == ["opened"]  # nothing edited

    assert push(ctx, AddStakeholderCommand(ctx, Stakeholder("Dee Newcomer")))
    qtbot.waitUntil(lambda: list_backups(sample.path)[0].reason == "hourly", timeout=5000)
    assert ctx.backups.wait()
    assert count_contents(list_backups(sample.path)[0].path).people == 4
    close_window(ctx, window)


def _open_history(qtbot, path: Path):  # type: ignore[no-untyped-def]
    sample = build_sample(path)
    take_backup(sample.path, "opened", now=NOW - timedelta(hours=1))
    ctx, window = open_window(qtbot, sample.path)
    window.show_stakeholder(sample.ada)
    tab = person_tab(window, "History")
    assert isinstance(tab, HistoryTab)
    model = tab.view.model
    for row in range(model.rowCount()):
        entry = model.index(row, 0).data(ENTRY_ROLE)
        if entry.rating is not None and entry.rating.value == 4:
            tab.view.table.selectionModel().select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            tab.view.table.setCurrentIndex(model.index(row, 0))
    tab.view.table.setFocus()
    return sample, ctx, window, tab


def test_removing_ratings_backs_up_first(qtbot, tmp_path: Path, own_settings: Path) -> None:  # type: ignore[no-untyped-def]
    sample, ctx, window, tab = _open_history(qtbot, tmp_path / "w.rapport")
    before = count_contents(sample.path).ratings
    qtbot.keyClick(tab.view.table, Qt.Key.Key_Delete)
    assert [r.value for r in history(ctx.uow(), sample.ada, [Dimension.TRUST])] == [8, 7]
    assert ctx.backups.wait()
    newest = list_backups(sample.path)[0]
    assert newest.reason == "before-remove-ratings"
    assert newest.why == "Before removing ratings"
    assert count_contents(newest.path).ratings == before
    assert count_contents(sample.path).ratings == before - 1
    close_window(ctx, window)


def test_a_backup_that_fails_is_told_and_the_change_is_still_made(
    qtbot, tmp_path: Path, own_settings: Path
) -> None:  # type: ignore[no-untyped-def]
    blocked = tmp_path / "not a folder"
    blocked.write_text("", "utf-8")
    sample, ctx, window, tab = _open_history(qtbot, tmp_path / "w.rapport")
    save_backup_settings(BackupSettings(folder=blocked))
    told: list[str] = []
    ctx.error.connect(told.append)
    qtbot.keyClick(tab.view.table, Qt.Key.Key_Delete)
    assert ctx.backups.wait()
    assert [r.value for r in history(ctx.uow(), sample.ada, [Dimension.TRUST])] == [8, 7]
    assert len(told) == 1
    assert "was not taken" in told[0] and "could not be created" in told[0]
    assert "Undo" in told[0]
    assert "was not taken" in window.statusBar().currentMessage()
    close_window(ctx, window)
