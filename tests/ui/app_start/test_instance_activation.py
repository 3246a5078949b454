"""A second launch passes on the desktop's activation token (Wayland's xdg-activation), so the
running window can come to the front instead of only flashing in the task bar."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMainWindow

from ui.open_requests import ACTIVATION_TOKEN, OpenRequests, bring_to_front
from ui.single_instance import InstanceServer, hand_over, read_request, server_name

GNOME_TOKEN = "gnome-shell/Rapport/2158-3-laptop_TIME4718042"  # as GNOME Shell makes them
KDE_TOKEN = "kwin-8c1d1b5e-7a5e-4a60-9d5c-0b3c1e6c2f4a"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b'{"open": null, "activation_token": "%s"}' % GNOME_TOKEN.encode(),
         (True, None, GNOME_TOKEN)),
        (b'{"open": "/w/a.rapport", "activation_token": "%s"}' % KDE_TOKEN.encode(),
         (True, Path("/w/a.rapport"), KDE_TOKEN)),
        (b'{"open": null}', (True, None, None)),
        # Not a token: dropped, the request stands.
        (b'{"open": null, "activation_token": ""}', (True, None, None)),
        (b'{"open": null, "activation_token": "two words"}', (True, None, None)),
        (b'{"open": null, "activation_token": "a\\nb"}', (True, None, None)),
        (b'{"open": null, "activation_token": 42}', (True, None, None)),
        (b'{"open": null, "activation_token": "%s"}' % (b"x" * 600), (True, None, None)),
        (b'{"activation_token": "abc"}', (False, None, None)),
    ],
)  # fmt: skip
def test_the_token_is_read_with_the_request(
    line: bytes, expected: tuple[bool, Path | None, str | None]
) -> None:
    assert read_request(line) == expected


def test_the_server_offers_the_token_before_the_request(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = InstanceServer(server_name(tmp_path, "activation"))
    events: list[tuple[str, object]] = []
    server.activation_offered.connect(lambda token: events.append(("token", token)))
    server.open_requested.connect(lambda path: events.append(("open", path)))
    assert server.listen()
    try:
        client = QLocalSocket()
        client.connectToServer(server.name)
        qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.ConnectedState)
        client.write(b'{"open": "/w/c.rapport", "activation_token": "%s"}\n' % KDE_TOKEN.encode())
        qtbot.waitUntil(lambda: len(events) == 2)
        client.abort()
        with qtbot.assertNotEmitted(server.activation_offered, wait=100):
            client = QLocalSocket()
            client.connectToServer(server.name)
            qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.ConnectedState)
            client.write(b'{"open": null}\n')
            qtbot.waitUntil(lambda: len(events) == 3)
            client.abort()
    finally:
        server.close()
    assert events == [("token", KDE_TOKEN), ("open", Path("/w/c.rapport")), ("open", None)]


#: The running Rapport's end played by a plain Unix socket in another process (the launch
#: blocks while it waits for the answer): prints "ready", then the request line it got.
STAND_IN = """
import socket, sys
listener = socket.socket(socket.AF_UNIX)
listener.bind(sys.argv[1])
listener.listen(1)
print("ready", flush=True)
connection, _ = listener.accept()
data = b""
while not data.endswith(b"\\n"):
    data += connection.recv(4096)
connection.sendall(b"ok\\n")
print(data.decode().strip(), flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket stands in for the running one")
def test_a_second_launch_sends_its_token(tmp_path: Path) -> None:
    name = server_name(tmp_path, "sender")
    path = Path(QDir.tempPath()) / name
    stand_in = subprocess.Popen(
        [sys.executable, "-c", STAND_IN, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert stand_in.stdout is not None
        assert stand_in.stdout.readline().strip() == "ready"
        assert hand_over(name, tmp_path / "d.rapport", GNOME_TOKEN) is True
        line = stand_in.stdout.readline()
        stand_in.wait(10)
    finally:
        stand_in.kill()
        path.unlink(missing_ok=True)
    assert read_request(line.strip().encode()) == (True, tmp_path / "d.rapport", GNOME_TOKEN)


class RecordingWindow(QMainWindow):
    """Notes what Qt's platform would read from the environment when asked to activate."""

    def __init__(self) -> None:
        super().__init__()
        self.tokens_seen: list[str | None] = []

    def activateWindow(self) -> None:
        self.tokens_seen.append(os.environ.get(ACTIVATION_TOKEN))
        super().activateWindow()


def test_raising_the_window_spends_the_token_and_leaves_none_behind(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ACTIVATION_TOKEN, raising=False)
    window = RecordingWindow()
    qtbot.addWidget(window)

    bring_to_front(window, GNOME_TOKEN)
    bring_to_front(window)

    assert window.tokens_seen == [GNOME_TOKEN, None]
    assert ACTIVATION_TOKEN not in os.environ  # not handed on to programs started later
    assert window.isVisible()


def test_a_requests_token_is_used_for_its_own_raise_only(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ACTIVATION_TOKEN, raising=False)
    window = RecordingWindow()
    qtbot.addWidget(window)
    opened: list[Path] = []
    requests = OpenRequests(window, opened.append, lambda: None)

    requests.offer_activation(KDE_TOKEN)  # it came before the first workspace was open
    requests.request(tmp_path / "e.rapport")
    assert window.tokens_seen == []
    requests.mark_ready()
    requests.request(None)

    assert window.tokens_seen == [KDE_TOKEN, None]
    assert ACTIVATION_TOKEN not in os.environ
