"""Stakeholder ▸ Delete…: the confirmation names the person and what goes with them and offers
archiving instead; a backup is taken first; Edit ▸ Undo brings everything back. The real main
window on a real workspace file, its dialog clicked as a user would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from persistence.exchange.json_export import collect_sections
from persistence.workspace import count_contents, create_workspace, list_backups
from tests.persistence.sample_data import fill, without_change_stamps
from tests.ui.conftest import open_main_window
from ui.main_window import MainWindow


def _box(qtbot, window: MainWindow) -> QMessageBox:  # type: ignore[no-untyped-def]
    def shown() -> list[QMessageBox]:
        return [b for b in window.findChildren(QMessageBox, "deletePersonBox") if b.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def _choose(qtbot, window: MainWindow, button: str) -> str:  # type: ignore[no-untyped-def]
    """Stakeholder ▸ Delete…, then ``button``; returns what the confirmation said."""
    assert window.delete_person_action.isEnabled()
    window.delete_person_action.trigger()
    box = _box(qtbot, window)
    text = box.text()
    found = box.findChild(QPushButton, button)
    if found is None:
        found = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    return text


def test_delete_person_confirms_backs_up_first_and_undo_brings_everything_back(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    path = tmp_path / "Team.rapport"
    with create_workspace(path) as workspace:
        ids = fill(workspace.uow)
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    assert ctx.backups.wait()
    before = collect_sections(ctx.uow)
    window.show_stakeholder(ids.ada)

    said = _choose(qtbot, window, "cancel")
    assert said.startswith("Delete Ada Lovelace for good?")
    going = "2 ratings, 1 commitment, 1 concern, 1 engagement plan, 1 influence link and their"
    going += " place on 1 map."
    assert f"With them go {going}" in said
    assert "They drop out of 1 interaction, which stays with the other people in it." in said
    assert "On 1 meeting they stay as a guest" in said
    assert "Archive Instead keeps all of this" in said and "gentler" in said
    assert "while Rapport stays open" in said and "Restore from Backup" in said
    assert collect_sections(ctx.uow) == before  # Cancel: nothing changed

    _choose(qtbot, window, "archiveInsteadButton")
    with ctx.uow() as uow:
        ada = uow.stakeholders.get(ids.ada)
        assert ada is not None and ada.archived
    window.undo_action.trigger()
    assert without_change_stamps(collect_sections(ctx.uow)) == without_change_stamps(before)

    backups_before = len(list_backups(path))
    window.show_stakeholder(ids.ada)
    _choose(qtbot, window, "deletePersonButton")
    with ctx.uow() as uow:
        assert uow.stakeholders.get(ids.ada) is None
    assert window.undo_action.text().endswith("Delete Ada Lovelace")
    assert ctx.backups.wait()
    backups = list_backups(path)
    assert len(backups) == backups_before + 1
    assert backups[0].reason == "before-delete-people"
    assert count_contents(backups[0].path).people == 2  # Ada is in the backup

    window.undo_action.trigger()
    assert without_change_stamps(collect_sections(ctx.uow)) == without_change_stamps(before)
    window.redo_action.trigger()
    with ctx.uow() as uow:
        assert uow.stakeholders.get(ids.ada) is None
    ctx.close_workspace()
