"""The window when a workspace cannot be opened for editing (issue 10, item 3): a full disk, a
workspace open on another computer, a read-only one. The real main window, real dialogs clicked
as a user would, on file systems that really refuse writes (tests/filesystems.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from domain.model import Stakeholder
from persistence.workspace import create_workspace, open_workspace
from persistence.workspace.lock_file import lock_path_for
from tests.filesystems import full_filesystem, read_only
from ui.app import build_window, create_application
from ui.app_context import AppContext
from ui.main_window import MainWindow
from ui.stakeholders.commands import AddStakeholderCommand
from ui.undo.use_case_command import push


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "Team.rapport"
    with create_workspace(path) as opened, opened.uow() as uow:
        uow.stakeholders.add(Stakeholder(name="Ada Lovelace"))
        uow.commit()
    return path


@pytest.fixture
def window(qtbot, isolated_settings: QSettings) -> Iterator[tuple[AppContext, MainWindow]]:  # type: ignore[no-untyped-def]
    ctx, window = build_window(create_application(), isolated_settings)
    window.workspace_menu.settings = isolated_settings
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    yield ctx, window
    ctx.close_workspace()


def _box(qtbot, window: MainWindow, name: str) -> QMessageBox:  # type: ignore[no-untyped-def]
    """The message box ``name`` on screen now (earlier ones stay, hidden, as children)."""

    def shown() -> list[QMessageBox]:
        return [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def _click(qtbot, box: QMessageBox, button: str) -> None:  # type: ignore[no-untyped-def]
    found = box.findChild(QPushButton, button)
    assert found is not None, button
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def _people(window: MainWindow) -> list[str]:
    model = window.register.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_full_disk_is_told_plainly_and_the_workspace_can_be_read(
    qtbot, window: tuple[AppContext, MainWindow], workspace: Path, tmp_path: Path
) -> None:
    ctx, main = window
    with full_filesystem(tmp_path / "full", [workspace]) as folder:
        path = folder / workspace.name
        before = sorted(p.name for p in folder.iterdir())
        assert not main.workspace_menu.open_path(path)
        box = _box(qtbot, main, "workspaceNotWritableBox")
        assert "the disk that holds it is full" in box.text()
        assert "Opening workspace" not in main.statusBar().currentMessage()  # never stuck
        assert "No workspace open" in main.statusBar().currentMessage()
        assert sorted(p.name for p in folder.iterdir()) == before  # no .lock left behind

        _click(qtbot, box, "openReadOnlyButton")
        assert ctx.has_workspace and ctx.workspace.read_only
        assert "(read-only)" in main.windowTitle()
        qtbot.waitUntil(lambda: _people(main) == ["Ada Lovelace"])
        assert sorted(p.name for p in folder.iterdir()) == before
        ctx.close_workspace()


def test_a_workspace_open_on_another_computer_names_who_and_offers_read_only_or_take_over(
    qtbot, window: tuple[AppContext, MainWindow], workspace: Path
) -> None:
    ctx, main = window
    since = datetime.now().astimezone().replace(hour=8, minute=28, second=0, microsecond=0)
    lock = lock_path_for(workspace)
    anna = {"user": "anna", "host": "LAPTOP-7", "pid": 4242, "token": "anna"}
    lock.write_text(json.dumps({**anna, "since": since.astimezone(UTC).isoformat()}))

    assert not main.workspace_menu.open_path(workspace)
    box = _box(qtbot, main, "workspaceInUseBox")
    assert "Team.rapport is open on LAPTOP-7 by anna since 08:28." in box.text()
    assert ".lock" not in box.text()  # never "delete the lock file"

    # Open Read-Only: everything shown, nothing changeable, anna's lock untouched.
    _click(qtbot, box, "openReadOnlyButton")
    assert ctx.workspace.read_only and "(read-only)" in main.windowTitle()
    qtbot.waitUntil(lambda: _people(main) == ["Ada Lovelace"])
    assert not push(ctx, AddStakeholderCommand(ctx, Stakeholder(name="Grace Hopper")))
    error = _box(qtbot, main, "errorBox")
    assert "open read-only" in error.text() and "nothing was changed" in error.text()
    error.close()
    assert json.loads(lock.read_text())["user"] == "anna"

    # Take Over, but not confirmed: nothing happens.
    assert not main.workspace_menu.open_path(workspace)
    _click(qtbot, _box(qtbot, main, "workspaceInUseBox"), "takeOverButton")
    confirm = _box(qtbot, main, "confirmTakeOverBox")
    assert "Is Rapport closed on LAPTOP-7?" in confirm.text()
    confirm.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not confirm.isVisible())
    assert ctx.workspace.read_only and json.loads(lock.read_text())["user"] == "anna"

    # Take Over, confirmed: opened for editing, the lock is ours.
    assert not main.workspace_menu.open_path(workspace)
    _click(qtbot, _box(qtbot, main, "workspaceInUseBox"), "takeOverButton")
    _click(qtbot, _box(qtbot, main, "confirmTakeOverBox"), "confirmTakeOverButton")
    assert not ctx.workspace.read_only and "(read-only)" not in main.windowTitle()
    assert json.loads(lock.read_text())["host"] != "LAPTOP-7"
    assert push(ctx, AddStakeholderCommand(ctx, Stakeholder(name="Grace Hopper")))
    qtbot.waitUntil(lambda: sorted(_people(main)) == ["Ada Lovelace", "Grace Hopper"])


def test_a_read_only_workspace_opens_read_only_and_for_editing_once_writable(
    qtbot, window: tuple[AppContext, MainWindow], workspace: Path
) -> None:
    ctx, main = window
    with read_only(workspace):
        assert not main.workspace_menu.open_path(workspace)
        box = _box(qtbot, main, "workspaceNotWritableBox")
        assert "read-only" in box.text() and "make it writable" in box.text()
        _click(qtbot, box, "openReadOnlyButton")
        assert ctx.workspace.read_only
        qtbot.waitUntil(lambda: _people(main) == ["Ada Lovelace"])
        ctx.close_workspace()
        assert sorted(p.name for p in workspace.parent.iterdir()) == [workspace.name]
    # The user made it writable: it opens for editing, and edits are kept.
    assert main.workspace_menu.open_path(workspace)
    assert not ctx.workspace.read_only
    assert push(ctx, AddStakeholderCommand(ctx, Stakeholder(name="Grace Hopper")))
    ctx.close_workspace()
    with open_workspace(workspace) as again, again.uow() as uow:
        assert sorted(p.name for p in uow.stakeholders.list()) == ["Ada Lovelace", "Grace Hopper"]
