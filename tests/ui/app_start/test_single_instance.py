"""The running Rapport's end of the single-instance socket, and the window's side of a request:
a second launch (or macOS's file-open event) opens the workspace in the window already there."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QEvent, QSettings
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication, QDialog

from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from ui.open_requests import FileOpenFilter, OpenRequests
from ui.single_instance import ACK, InstanceServer, hand_over, parse_request, server_name


def test_the_socket_name_is_per_user_and_per_data_folder(tmp_path: Path) -> None:
    ours = server_name(tmp_path / "a", "ada")
    assert ours == server_name(tmp_path / "a", "ada")
    assert ours != server_name(tmp_path / "b", "ada")
    assert ours != server_name(tmp_path / "a", "bob")
    assert server_name(tmp_path, "d o/m\\ain").startswith("rapport-d_o_m_ain-")
    assert len(server_name(tmp_path, "x" * 200)) < 60  # Unix socket paths are short


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b'{"open": "/w/a.rapport"}', (True, Path("/w/a.rapport"))),
        (b'{"open": null}', (True, None)),
        (b'{"open": ""}', (False, None)),
        (b'{"open": 3}', (False, None)),
        (b'{"close": "/w"}', (False, None)),
        (b"[1, 2]", (False, None)),
        (b"not json", (False, None)),
        (b"\xff\xfe", (False, None)),
    ],
)
def test_requests_are_read_strictly(line: bytes, expected: tuple[bool, Path | None]) -> None:
    assert parse_request(line) == expected


def _send(qtbot, name: str, payload: bytes) -> bytes:  # type: ignore[no-untyped-def]
    """A client driven by the event loop (the server runs in this thread too)."""
    client = QLocalSocket()
    client.connectToServer(name)
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.ConnectedState)
    client.write(payload)
    answer = bytearray()
    client.readyRead.connect(lambda: answer.extend(bytes(client.readAll().data())))
    qtbot.waitUntil(lambda: answer.endswith(b"\n"))
    client.abort()
    return bytes(answer)


def test_the_server_acknowledges_and_emits_each_request(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = InstanceServer(server_name(tmp_path, "tester"))
    assert server.listen()
    try:
        with qtbot.waitSignal(server.open_requested) as opened:
            assert _send(qtbot, server.name, b'{"open": "/w/b.rapport"}\n') == ACK
        assert opened.args == [Path("/w/b.rapport")]
        with qtbot.waitSignal(server.open_requested) as raised:
            assert _send(qtbot, server.name, b'{"open": null}\n') == ACK
        assert raised.args == [None]
        with qtbot.assertNotEmitted(server.open_requested, wait=100):
            assert _send(qtbot, server.name, b"garbage\n") == b"not understood\n"
        # A second Rapport finds this one answering and does not take its name.
        assert not InstanceServer(server.name).listen()
    finally:
        server.close()


def test_nobody_running_means_no_hand_over(tmp_path: Path) -> None:
    assert hand_over(server_name(tmp_path, "nobody"), tmp_path / "x.rapport") is False


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files")
def test_a_socket_file_left_by_a_crash_is_taken_over(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = server_name(tmp_path, "crashed")
    stale = Path(QDir.tempPath()) / name
    dead = socket.socket(socket.AF_UNIX)
    dead.bind(str(stale))  # bound, never listening: what a killed Rapport leaves behind
    dead.close()
    assert stale.exists()
    assert hand_over(name, None) is False
    server = InstanceServer(name)
    try:
        assert server.listen()
        with qtbot.waitSignal(server.open_requested):
            assert _send(qtbot, name, b'{"open": null}\n') == ACK
    finally:
        server.close()
    assert not stale.exists()  # closing removes the socket file


@pytest.fixture
def window_with_requests(qtbot, tmp_path: Path, isolated_settings: QSettings):  # type: ignore[no-untyped-def]
    first = tmp_path / "first.rapport"
    create_workspace(first).close()
    ctx, window = open_main_window(qtbot, first, isolated_settings)
    requests = OpenRequests(
        window,
        lambda path: window.workspace_menu.open_path(path, create=not path.exists()),
        lambda: ctx.workspace.path if ctx.has_workspace else None,
    )
    requests.mark_ready()
    yield ctx, window, requests
    ctx.close_workspace()


def test_a_request_opens_the_workspace_and_brings_the_window_back(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, window_with_requests
) -> None:
    ctx, window, requests = window_with_requests
    second = tmp_path / "second.rapport"
    create_workspace(second).close()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)

    requests.request(second)

    assert ctx.workspace.path == second
    assert not window.isMinimized() and window.isVisible()
    requests.request(None)  # a second launch without a file: the same workspace stays
    assert ctx.workspace.path == second


def test_a_request_waits_while_a_dialog_is_open(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, window_with_requests
) -> None:
    ctx, window, requests = window_with_requests
    first = ctx.workspace.path
    second = tmp_path / "second.rapport"
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)

    requests.request(second)
    qtbot.wait(400)
    assert ctx.workspace.path == first  # nothing switched away under the dialog

    dialog.close()
    qtbot.waitUntil(lambda: ctx.workspace.path == second, timeout=3000)
    assert second.exists()  # a new name makes a new workspace, as on the command line


def test_a_request_before_the_first_workspace_is_open_replaces_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    opened: list[Path] = []
    requests = OpenRequests(window, opened.append, lambda: None)
    requests.request(tmp_path / "a.rapport")
    requests.request(None)
    requests.request(tmp_path / "b.rapport")
    assert opened == [] and requests.first_choice == tmp_path / "b.rapport"


def test_macos_file_open_events_become_requests(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    opened: list[Path] = []
    requests = OpenRequests(window, opened.append, lambda: None)
    requests.mark_ready()
    app = QApplication.instance()
    watcher = FileOpenFilter(requests)
    app.installEventFilter(watcher)
    try:
        target = tmp_path / "from finder.rapport"
        QApplication.sendEvent(app, QFileOpenEvent(str(target)))
        assert opened == [target]
        assert QEvent.Type.FileOpen  # the event type the filter listens for exists on this Qt
    finally:
        app.removeEventFilter(watcher)
