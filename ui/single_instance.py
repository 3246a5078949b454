"""One running Rapport per user and data folder: a second launch hands its request over.

The first Rapport listens on a local socket (QLocalServer: a Unix socket in the temporary
folder, a named pipe on Windows) whose name holds the user and a digest of the data folder, so
two users, or a test with its own data folder, never meet. A later ``rapport FILE.rapport``
(a double-click in the file manager) connects, sends one line of JSON ``{"open": "/abs/path"}``
(``null``: just show the window), waits for ``ok`` and exits; the running one opens the file
and raises its window, instead of the second start running into the workspace lock.

A socket file left by a Rapport that crashed is taken over: nothing answers on it.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import re
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

#: How long a second launch waits for the running Rapport to connect and to answer.
CONNECT_MS = 1000
ANSWER_MS = 5000
ACK = b"ok\n"


def server_name(data_folder: Path, user: str | None = None) -> str:
    """The socket's name for this user and data folder (short: Unix socket paths are limited)."""
    try:
        user = user if user is not None else getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        user = "user"
    safe_user = re.sub(r"[^A-Za-z0-9_.-]", "_", user)[:32] or "user"
    digest = hashlib.sha256(str(data_folder).encode("utf-8")).hexdigest()[:12]
    return f"rapport-{safe_user}-{digest}"


def _is_answering(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    answering = socket.waitForConnected(CONNECT_MS)
    socket.abort()
    return answering


def hand_over(name: str, workspace: Path | None) -> bool:
    """Asks the Rapport listening on ``name`` to open ``workspace`` (None: to come to the front).

    True once it has said it will; False if no Rapport is running (or it did not answer in time),
    and this process should start its own window.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    path = str(workspace.expanduser().absolute()) if workspace is not None else None
    socket.write(json.dumps({"open": path}).encode("utf-8") + b"\n")
    socket.waitForBytesWritten(CONNECT_MS)
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(ANSWER_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer == ACK


def handed_to_running_instance(workspace: Path | None) -> bool:
    """``hand_over`` to the Rapport running for this user's data folder, if there is one."""
    from ui.about import data_folder

    return hand_over(server_name(data_folder()), workspace)


def parse_request(line: bytes) -> tuple[bool, Path | None]:
    """(understood, workspace) for one request line; anything malformed is not understood."""
    try:
        request = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False, None
    if not isinstance(request, dict) or "open" not in request:
        return False, None
    target = request["open"]
    if target is None:
        return True, None
    if isinstance(target, str) and target:
        return True, Path(target)
    return False, None


class InstanceServer(QObject):
    """The running Rapport's end: emits ``open_requested`` (a Path, or None) per request."""

    open_requested = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Starts listening; False if another Rapport already answers on the name.

        Asked first: on Unix, QLocalServer.listen() replaces the socket file of a live server.
        """
        if _is_answering(self.name):
            return False
        QLocalServer.removeServer(self.name)  # a socket file left by a Rapport that crashed
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setParent(self)
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if b"\n" not in buffer or len(buffer) > 64_000:
                    if len(buffer) > 64_000:
                        socket.abort()
                    return
                understood, workspace = parse_request(bytes(buffer).split(b"\n", 1)[0])
                buffer.clear()
                socket.write(ACK if understood else b"not understood\n")
                socket.flush()
                socket.disconnectFromServer()
                if understood:
                    self.open_requested.emit(workspace)

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
