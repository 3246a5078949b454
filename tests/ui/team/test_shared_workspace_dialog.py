"""The Open Shared Workspace dialog on its own: a pasted address fills every field, and Connect
waits for a server, a database and a user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from persistence.team.server_address import ServerAddress
from ui.workspace.shared_workspace_dialog import SharedWorkspaceDialog


def _shown(qtbot) -> SharedWorkspaceDialog:  # type: ignore[no-untyped-def]
    dialog = SharedWorkspaceDialog(None)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_a_pasted_address_fills_in_every_field(qtbot, no_keyring: None) -> None:  # type: ignore[no-untyped-def]
    dialog = _shown(qtbot)
    QApplication.clipboard().setText("postgresql://anna@db.example.com:6543/team?sslmode=require")
    qtbot.keyClick(dialog.server, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.address() == ServerAddress("anna", "db.example.com", "team", 6543, "require")
    assert dialog.server.text() == "db.example.com"
    assert dialog.password.hasFocus()
    assert (
        dialog.shown_address.text() == "postgresql://anna@db.example.com:6543/team?sslmode=require"
    )
    assert dialog.no_keyring.isVisibleTo(dialog) and not dialog.remember_password()


def test_connect_waits_for_server_database_and_user(qtbot, no_keyring: None) -> None:  # type: ignore[no-untyped-def]
    dialog = _shown(qtbot)
    dialog.user.clear()
    assert not dialog.connect_button.isEnabled()
    qtbot.keyClicks(dialog.server, "db.example.com")
    qtbot.keyClicks(dialog.database, "team")
    assert not dialog.connect_button.isEnabled()
    qtbot.keyClicks(dialog.user, "anna")
    assert dialog.connect_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)


def test_an_address_typed_whole_is_taken_when_the_field_is_left(qtbot, no_keyring: None) -> None:  # type: ignore[no-untyped-def]
    dialog = _shown(qtbot)
    qtbot.keyClicks(dialog.server, "postgresql://vic@db.example.com/team")
    assert dialog.server.text() == "postgresql://vic@db.example.com/team"  # still typing
    qtbot.keyClick(dialog.server, Qt.Key.Key_Tab)
    assert dialog.address() == ServerAddress("vic", "db.example.com", "team")
