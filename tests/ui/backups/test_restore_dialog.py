"""File ▸ Restore from Backup…: the list with counts, what differs from now, restoring into a new
file and over the current workspace, and the backup settings, all through the dialog's widgets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from domain.model import Stakeholder
from domain.usecases.maps import delete_map, list_maps
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import count_contents, list_backups, open_workspace, take_backup
from tests.ui.backups.support import NOW, close_window, open_window, when_shown
from tests.ui.ratings.support import build_sample
from ui.app_context import AppContext
from ui.backups.backup_settings import load_backup_settings
from ui.backups.restore_dialog import RestoreDialog
from ui.main_window import MainWindow

_LEFT = Qt.MouseButton.LeftButton


@dataclass
class Scene:
    path: Path
    ctx: AppContext
    window: MainWindow
    dialog: RestoreDialog


@pytest.fixture
def scene(qtbot, tmp_path: Path, own_settings: Path):  # type: ignore[no-untyped-def]
    """Backups three days and one hour old; since then the ERP map was deleted and Dee added."""
    sample = build_sample(tmp_path / "Work.rapport")
    take_backup(sample.path, "opened", now=NOW - timedelta(days=3))
    take_backup(sample.path, "before-delete-map", now=NOW - timedelta(hours=1))
    with open_workspace(sample.path) as workspace:
        delete_map(workspace.uow(), sample.erp)
        add_stakeholder(workspace.uow(), Stakeholder("Dee Newcomer"))
    ctx, window = open_window(qtbot, sample.path)
    window.restore_action.trigger()
    dialog = window.restore_dialog
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and not dialog.loading)
    yield Scene(sample.path, ctx, window, dialog)
    close_window(ctx, window)


def _row(dialog: RestoreDialog, index: int) -> list[str]:
    item = dialog.table.topLevelItem(index)
    return [item.text(column) for column in range(dialog.table.columnCount())]


def test_backups_are_listed_with_counts_and_what_differs_from_now(qtbot, scene: Scene) -> None:  # type: ignore[no-untyped-def]
    dialog = scene.dialog
    assert dialog.table.topLevelItemCount() == 2
    newest = _row(dialog, 0)
    assert newest[1:] == ["Before deleting a map", newest[2], "3", "1", "15"]
    assert newest[2].endswith("KB")
    assert _row(dialog, 1)[1] == "Daily, on opening"
    assert dialog.now_label.text() == "Now: 4 people, 0 maps, 7 ratings."
    shown = dialog.diff_label.text()
    assert "brings back</b> 1 map (ERP replacement) · 8 ratings" in shown
    assert "added since:</b> 1 person (Dee Newcomer)" in shown
    assert dialog.new_file_button.isEnabled() and dialog.replace_button.isEnabled()


def test_restore_as_new_file_writes_it_and_opens_it(
    qtbot, scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "restored" / "Work as it was"  # the suffix is added
    out.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    when_shown(QMessageBox, "restoredBox", lambda box: box.buttons()[0].click())
    qtbot.mouseClick(scene.dialog.new_file_button, _LEFT)
    expected = out.with_name("Work as it was.rapport")
    qtbot.waitUntil(lambda: scene.ctx.workspace.path == expected)
    assert [m.name for m in list_maps(scene.ctx.uow())] == ["ERP replacement"]
    assert count_contents(scene.path).maps == 0  # the workspace itself is as it was
    assert not scene.dialog.isVisible()


def test_restore_as_new_refuses_an_existing_file(
    qtbot, scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    mine = tmp_path / "mine.rapport"
    mine.write_text("my own file", "utf-8")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(mine), ""))
    )
    told: list[str] = []
    when_shown(QMessageBox, "restoreErrorBox", lambda box: (told.append(box.text()), box.accept()))
    qtbot.mouseClick(scene.dialog.new_file_button, _LEFT)
    qtbot.waitUntil(lambda: bool(told))
    assert "exists already" in told[0]
    assert mine.read_text("utf-8") == "my own file"
    assert scene.ctx.workspace.path == scene.path


def test_replace_current_backs_it_up_first_then_reopens_it(qtbot, scene: Scene) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def confirm(box: QMessageBox) -> None:
        asked.append(box.informativeText())
        [replace] = [b for b in box.buttons() if b.text() == "Replace"]
        replace.click()

    old_workspace = scene.ctx.workspace
    when_shown(QMessageBox, "replaceWorkspaceBox", confirm)
    qtbot.mouseClick(scene.dialog.replace_button, _LEFT)
    qtbot.waitUntil(lambda: scene.ctx.has_workspace and scene.ctx.workspace is not old_workspace)
    assert "backed up first" in asked[0]
    assert scene.ctx.workspace.path == scene.path
    assert [m.name for m in list_maps(scene.ctx.uow())] == ["ERP replacement"]
    assert scene.ctx.undo_stack.count() == 0
    before = list_backups(scene.path)[0]
    assert before.reason == "before-restore"
    # The backup taken first holds the workspace as it was: Dee, and no map.
    counts = count_contents(before.path)
    assert (counts.people, counts.maps) == (4, 0)
    assert count_contents(scene.path).people == 3
    assert not scene.dialog.isVisible()


def test_backups_can_go_to_another_folder_and_be_taken_by_hand(
    qtbot, scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    elsewhere = tmp_path / "Backups elsewhere"
    elsewhere.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(elsewhere))
    )
    row = scene.dialog.settings_row
    qtbot.mouseClick(row.change_button, _LEFT)
    assert load_backup_settings().folder == elsewhere
    assert row.folder_label.text() == str(elsewhere)
    assert scene.dialog.table.topLevelItemCount() == 0 and scene.dialog.empty_label.isVisible()

    qtbot.mouseClick(scene.dialog.backup_now_button, _LEFT)
    qtbot.waitUntil(lambda: scene.dialog.table.topLevelItemCount() == 1)
    assert _row(scene.dialog, 0)[1] == "Taken by hand"
    assert [b.path.parent for b in list_backups(scene.path, elsewhere)] == [elsewhere]

    row.budget.setValue(2048)
    assert load_backup_settings().budget_mb == 2048
    qtbot.mouseClick(row.beside_button, _LEFT)
    assert load_backup_settings().folder is None
    qtbot.waitUntil(lambda: scene.dialog.table.topLevelItemCount() == 2)
