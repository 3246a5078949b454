"""File ▸ Open Shared Workspace… driven as a user would, against the real test server: the
dialog, the keyring, Open Recent, the window's title, the refusals, the upgrade offered to the
owner only, a viewer's edit refused, and Cancel while the server keeps silent."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from domain.model import Stakeholder
from persistence.schema import HEAD_REVISION
from persistence.team.server_address import ServerAddress
from persistence.workspace import create_workspace
from tests.persistence.team.test_opening_shared import OLDER, _older_schema, _revision
from tests.team_server import MemoryKeyring, Team
from ui.app import build_window, create_application
from ui.app_context import AppContext
from ui.background import running_tasks
from ui.main_window import MainWindow
from ui.stakeholders.commands import AddStakeholderCommand
from ui.undo.use_case_command import push
from ui.workspace.recent_files import recent_entries
from ui.workspace.shared_opening import PASSWORDS
from ui.workspace.shared_workspace_dialog import SharedWorkspaceDialog

pytestmark = pytest.mark.postgres


@pytest.fixture
def window(qtbot, isolated_settings: QSettings) -> Iterator[tuple[AppContext, MainWindow]]:  # type: ignore[no-untyped-def]
    ctx, window = build_window(create_application(), isolated_settings)
    window.workspace_menu.settings = isolated_settings
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    yield ctx, window
    for task in running_tasks():
        task.wait()
    ctx.close_workspace()
    PASSWORDS._session.clear()  # this process's session ends with the test


def _dialog(qtbot, main: MainWindow) -> SharedWorkspaceDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: (
            main.workspace_menu.shared.dialog is not None
            and main.workspace_menu.shared.dialog.isVisible()
        )
    )
    dialog = main.workspace_menu.shared.dialog
    assert dialog is not None
    return dialog


def _type(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _fill(qtbot, dialog: SharedWorkspaceDialog, address: ServerAddress, password: str) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, dialog.server, address.host)
    _type(qtbot, dialog.port, str(address.port))
    _type(qtbot, dialog.database, address.database)
    _type(qtbot, dialog.user, address.user)
    _type(qtbot, dialog.password, password)


def _box(qtbot, main: MainWindow, name: str) -> QMessageBox:  # type: ignore[no-untyped-def]
    def shown() -> list[QMessageBox]:
        return [b for b in main.findChildren(QMessageBox, name) if b.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=20_000)
    return shown()[0]


def _opened(qtbot, ctx: AppContext, address: ServerAddress) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: ctx.has_workspace and ctx.workspace.server == address, timeout=20_000)


def test_the_dialog_opens_a_shared_workspace_titles_the_window_and_remembers_it(
    qtbot,  # type: ignore[no-untyped-def]
    window: tuple[AppContext, MainWindow],
    team: Team,
    memory_keyring: MemoryKeyring,
    isolated_settings: QSettings,
    tmp_path: Path,
) -> None:
    ctx, main = window
    anna = team.add("anna", "member", "anna's pw")
    address = team.address(anna)
    main.workspace_menu.open_shared_action.trigger()
    dialog = _dialog(qtbot, main)
    assert not dialog.connect_button.isEnabled()  # nothing filled in yet
    _fill(qtbot, dialog, address, "anna's pw")
    assert dialog.shown_address.text() == str(address)
    assert dialog.remember.isChecked()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    _opened(qtbot, ctx, address)
    assert main.windowTitle() == f"{address.title} — Rapport"
    assert not ctx.workspace.read_only
    assert memory_keyring.passwords == {("Rapport", address.keyring_user): "anna's pw"}
    assert recent_entries(isolated_settings)[0] == address
    isolated_settings.sync()
    kept = Path(isolated_settings.fileName()).read_text(encoding="utf-8")
    assert str(address) in kept and "anna's pw" not in kept
    assert push(ctx, AddStakeholderCommand(ctx, Stakeholder(name="Grace Hopper")))
    with ctx.uow() as uow:
        assert [p.name for p in uow.stakeholders.list()] == ["Grace Hopper"]

    # Another workspace, then back through File ▸ Open Recent: no question asked.
    other = tmp_path / "mine.rapport"
    create_workspace(other).close()
    assert main.workspace_menu.open_path(other)
    main.workspace_menu.shared.dialog = None
    PASSWORDS._session.clear()  # a new session: the keyring alone has it
    main.workspace_menu.recent_menu.aboutToShow.emit()
    shown = f"{address.title} (shared, as {anna})"
    [entry] = [a for a in main.workspace_menu.recent_menu.actions() if a.text() == shown]
    assert str(address) in entry.toolTip()
    entry.trigger()
    _opened(qtbot, ctx, address)
    assert main.workspace_menu.shared.dialog is None


def test_a_wrong_kept_password_brings_the_dialog_back_with_the_reason(
    qtbot,  # type: ignore[no-untyped-def]
    window: tuple[AppContext, MainWindow],
    team: Team,
    memory_keyring: MemoryKeyring,
) -> None:
    ctx, main = window
    anna = team.add("anna", "member", "right")
    address = team.address(anna)
    memory_keyring.set_password("Rapport", address.keyring_user, "changed since")
    main.workspace_menu.open_shared(address)
    dialog = _dialog(qtbot, main)
    assert "wrong password" in dialog.error.text() and dialog.error.isVisible()
    assert dialog.shown_address.text() == str(address)  # filled in as it was
    assert memory_keyring.passwords == {}  # the wrong one is forgotten
    _type(qtbot, dialog.password, "right")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    _opened(qtbot, ctx, address)


def test_a_viewer_sees_it_read_only_and_an_edit_is_refused_with_a_clear_message(
    qtbot,  # type: ignore[no-untyped-def]
    window: tuple[AppContext, MainWindow],
    team: Team,
    no_keyring: None,
) -> None:
    ctx, main = window
    vic = team.add("vic", "viewer", "vic-pw")
    address = team.address(vic)
    main.workspace_menu.open_shared(address)
    dialog = _dialog(qtbot, main)
    assert not dialog.remember.isEnabled()  # no keyring here: kept for the session only
    assert dialog.error.isHidden()  # no password kept: simply asked, not an error
    _type(qtbot, dialog.password, "vic-pw")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    _opened(qtbot, ctx, address)
    assert main.windowTitle() == f"{address.title} (read-only) — Rapport"
    assert not push(ctx, AddStakeholderCommand(ctx, Stakeholder(name="Eve")))
    error = _box(qtbot, main, "errorBox")
    assert "are a viewer of this shared workspace" in error.text()
    assert "Traceback" not in error.text()


def test_an_older_schema_is_offered_to_its_owner_who_upgrades_it(
    qtbot,  # type: ignore[no-untyped-def]
    window: tuple[AppContext, MainWindow],
    team: Team,
    memory_keyring: MemoryKeyring,
) -> None:
    ctx, main = window
    _older_schema(team.admin_on_team)
    owner = team.address(str(team.admin.username))
    memory_keyring.set_password("Rapport", owner.keyring_user, str(team.admin.password))
    main.workspace_menu.open_shared(owner)
    box = _box(qtbot, main, "sharedUpgradeBox")
    assert "You own it and may upgrade it" in box.text()
    assert _revision(team.admin_on_team) == OLDER  # asked first
    button = box.findChild(QPushButton, "upgradeButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _opened(qtbot, ctx, owner)
    assert _revision(team.admin_on_team) == HEAD_REVISION


def test_an_older_schema_tells_a_member_to_ask_the_administrator(
    qtbot,  # type: ignore[no-untyped-def]
    window: tuple[AppContext, MainWindow],
    team: Team,
    memory_keyring: MemoryKeyring,
) -> None:
    ctx, main = window
    _older_schema(team.admin_on_team)
    anna = team.add("anna", "member", "anna-pw")
    memory_keyring.set_password("Rapport", team.address(anna).keyring_user, "anna-pw")
    main.workspace_menu.open_shared(team.address(anna))
    box = _box(qtbot, main, "sharedWorkspaceErrorBox")
    assert "Only its administrator" in box.text()
    assert box.findChild(QPushButton, "upgradeButton") is None
    assert not ctx.has_workspace
    assert _revision(team.admin_on_team) == OLDER


def test_cancel_answers_at_once_while_the_server_keeps_silent(
    qtbot,  # type: ignore[no-untyped-def]
    window: tuple[AppContext, MainWindow],
    no_keyring: None,
) -> None:
    ctx, main = window
    silent = socket.socket()  # accepts connections and never says a word
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(silent.accept()[0]), daemon=True).start()
    address = ServerAddress("anna", "127.0.0.1", "team", silent.getsockname()[1], "disable")
    try:
        main.workspace_menu.shared.connect(address, "pw", remember=False)
        task = main.workspace_menu.shared.task
        assert task is not None
        qtbot.waitUntil(lambda: task.dialog.isVisible())
        qtbot.waitUntil(lambda: bool(accepted))  # the attempt waits on the silent server
        cancel = task.dialog.findChild(QPushButton)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: task.is_done, timeout=2000)  # well before libpq's timeout
        assert main.workspace_menu.shared.task is None
        assert not ctx.has_workspace
    finally:
        for connection in accepted:
            connection.close()  # the abandoned attempt ends now
        silent.close()


def test_a_newer_schema_is_refused_and_a_missing_database_brings_the_dialog_back(
    qtbot,  # type: ignore[no-untyped-def]
    window: tuple[AppContext, MainWindow],
    team: Team,
    memory_keyring: MemoryKeyring,
) -> None:
    from persistence.schema import SCHEMA_VERSION
    from tests.persistence.team.test_opening_shared import _set_revision

    ctx, main = window
    anna = team.add("anna", "member", "anna-pw")
    elsewhere = team.address(anna).with_database("no_such_team")
    memory_keyring.set_password("Rapport", elsewhere.keyring_user, "anna-pw")
    main.workspace_menu.open_shared(elsewhere)
    dialog = _dialog(qtbot, main)
    assert "has no database “no_such_team”" in dialog.error.text()
    _type(qtbot, dialog.database, team.database)
    _set_revision(team.admin_on_team, f"{SCHEMA_VERSION + 1:04d}")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    box = _box(qtbot, main, "sharedWorkspaceErrorBox")
    assert "newer version of Rapport" in box.text()
    assert not ctx.has_workspace
