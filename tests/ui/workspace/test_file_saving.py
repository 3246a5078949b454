"""File ▸ Export as JSON and Save a Copy through the widgets: never over a workspace, an existing
file replaced only after the user agreed, written whole (issue 10, item 2)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from domain.model import Stakeholder
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import check_workspace, create_workspace, open_workspace
from tests.ui.conftest import open_main_window


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _choose(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[dict[str, object]]:
    """The save dialog answers ``target``; returns the keyword arguments it was called with."""
    calls: list[dict[str, object]] = []

    def answer(*_args: object, **kwargs: object) -> tuple[str, str]:
        calls.append(kwargs)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return calls


def _answer_box(name: str, act: Callable[[QMessageBox], None]) -> list[str]:
    """Act on the next visible message box called ``name``; returns the texts seen."""
    seen: list[str] = []

    def attempt() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is _visible_box(name):
                seen.append(widget.text())
                act(widget)  # type: ignore[arg-type]
                return
        QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)
    return seen


def _visible_box(name: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def test_the_open_workspace_is_never_the_target_of_an_export_or_a_copy(
    qtbot, tmp_path: Path, isolated_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "W.rapport"
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    add_stakeholder(ctx.uow(), Stakeholder("Ada Lovelace"))

    # Export as JSON onto the workspace's own name: the JSON gets its suffix, beside it.
    calls = _choose(monkeypatch, path)
    window.workspace_menu.export_json()
    assert calls[0]["options"] == QFileDialog.Option.DontConfirmOverwrite  # we ask ourselves
    exported = tmp_path / "W.rapport.json"
    assert json.loads(exported.read_text("utf-8"))["stakeholders"][0]["name"] == "Ada Lovelace"

    # Save a Copy onto the workspace itself: refused, in words.
    _choose(monkeypatch, path)
    window.workspace_menu.save_copy()
    box = _visible_box("fileNotSavedBox")
    assert box is not None and "workspace that is open" in box.text()
    box.close()
    ctx.close_workspace()
    written = sorted(p.name for p in tmp_path.iterdir() if p.name != "settings.ini")
    assert written == ["W.rapport", "W.rapport.json"]
    assert check_workspace(path) == []
    with open_workspace(path) as reopened, reopened.uow() as uow:
        assert [s.name for s in uow.stakeholders.list()] == ["Ada Lovelace"]


def test_export_over_an_existing_file_asks_first(
    qtbot, tmp_path: Path, isolated_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, window = open_main_window(qtbot, tmp_path / "W.rapport", isolated_settings)
    add_stakeholder(ctx.uow(), Stakeholder("Ada Lovelace"))
    mine = tmp_path / "people.json"
    mine.write_text("my own notes", "utf-8")
    _choose(monkeypatch, mine)

    seen = _answer_box(
        "replaceFileBox", lambda box: box.button(QMessageBox.StandardButton.Cancel).click()
    )
    window.workspace_menu.export_json()
    assert seen and "people.json exists already" in seen[0]
    assert mine.read_text("utf-8") == "my own notes"

    def replace(box: QMessageBox) -> None:
        [button] = [b for b in box.buttons() if b.text() == "Replace"]
        button.click()

    _answer_box("replaceFileBox", replace)
    window.workspace_menu.export_json()
    assert json.loads(mine.read_text("utf-8"))["stakeholders"][0]["name"] == "Ada Lovelace"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    ctx.close_workspace()


def test_save_a_copy_never_replaces_another_workspace(
    qtbot, tmp_path: Path, isolated_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, window = open_main_window(qtbot, tmp_path / "W.rapport", isolated_settings)
    other = tmp_path / "Other.rapport"
    create_workspace(other).close()
    before = _digest(other)
    _choose(monkeypatch, other)
    window.workspace_menu.save_copy()
    box = _visible_box("fileNotSavedBox")
    assert box is not None and "never writes over a workspace" in box.text()
    box.close()
    assert _digest(other) == before

    fresh = tmp_path / "copy"
    _choose(monkeypatch, fresh)
    window.workspace_menu.save_copy()
    assert (tmp_path / "copy.rapport").exists()
    assert check_workspace(tmp_path / "copy.rapport") == []
    ctx.close_workspace()
