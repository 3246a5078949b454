"""File ▸ Export Reminders… in the real window: the file is written off the GUI thread, the status
bar says how many; a refused target is told and nothing is written."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from persistence.workspace import create_workspace
from tests.persistence.sample_data import fill
from tests.ui.backups.support import when_shown
from tests.ui.conftest import open_main_window
from ui.menus.menu_bar import Menu


@pytest.fixture
def planned(tmp_path: Path) -> Path:
    path = tmp_path / "planned.rapport"
    with create_workspace(path) as workspace:
        fill(workspace.uow)
    return path


def test_export_reminders_writes_a_calendar_file_with_a_stable_uid_per_item(
    qtbot,
    planned: Path,
    tmp_path: Path,
    isolated_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    _ctx, window = open_main_window(qtbot, planned, isolated_settings)
    out = tmp_path / "My reminders"  # the suffix is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    action = window.export_reminders_action
    assert action in window.menus.menu(Menu.FILE).actions()
    action.trigger()
    written = out.with_name("My reminders.ics")
    qtbot.waitUntil(
        lambda: "Wrote 5 reminders" in window.statusBar().currentMessage(), timeout=20000
    )
    calendar = icalendar.Calendar.from_ical(written.read_bytes())
    uids = sorted(str(e["UID"]) for e in calendar.walk("VEVENT"))
    assert len(uids) == 5 and all(u.startswith("rapport-sample-workspace-") for u in uids)


def test_a_reminders_file_over_the_workspace_is_refused_and_nothing_changes(
    qtbot, planned: Path, isolated_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _ctx, window = open_main_window(qtbot, planned, isolated_settings)
    target = planned.with_suffix(".ics")
    planned.with_suffix(".ics").mkdir()  # a folder where the file would go
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    told: list[str] = []
    when_shown(QMessageBox, "fileNotSavedBox", lambda box: (told.append(box.text()), box.accept()))
    window.export_reminders_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert "folder" in told[0] and target.is_dir() and not any(target.iterdir())
    assert "reminders" not in window.statusBar().currentMessage()
