"""One running Rapport per user and data folder: a second launch hands its request over.

The first Rapport listens on a local socket (QLocalServer: a Unix socket in the temporary
folder, a named pipe on Windows) whose name holds the user and a digest of the data folder, so
two users, or a test with its own data folder, never meet. A later ``rapport FILE.rapport``
(a double-click in the file manager) connects, sends one line of JSON ``{"open": "/abs/path"}``
(``null``: just show the window), waits for ``ok`` and exits; the running one opens the file
and raises its window, instead of the second start running into the workspace lock.

A socket file left by a Rapport that crashed is taken over: nothing answers on it.

Two launches at the same instant must not both become the running one (on Unix the later
listen() would silently replace the earlier's socket; on Windows both would serve the pipe).
"Is one running? If not, listen" is therefore done under a lock file next to the socket
(QLockFile, ``<name>.lock`` in the temporary folder): a launch that finds nobody answering holds
it from that check until its own server listens, and the other launch, waiting for the lock,
then finds the first answering and hands over. A lock left by a crashed Rapport is taken over
(QLockFile checks whether its process still lives).

Bringing the window to the front: a desktop that starts Rapport from its menu or file manager
gives the new process an activation token (XDG_ACTIVATION_TOKEN, Wayland's xdg-activation); a
second launch passes it on with its request, and the running window spends it when it raises
itself (ui.open_requests), so Wayland compositors let it come to the front instead of only
flashing its task bar entry. On Windows the second launch allows the running one to take the
foreground (AllowSetForegroundWindow).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

#: How long a second launch waits for the running Rapport to connect and to answer.
CONNECT_MS = 1000
ANSWER_MS = 5000
ACK = b"ok\n"
#: How long a launch waits for another one, started at the same moment, to start listening.
CLAIM_WAIT_MS = 20_000
#: Activation tokens are short strings made by the compositor; anything else is not one.
TOKEN = re.compile(r"[\x21-\x7e]{1,512}")


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


def hand_over(name: str, workspace: Path | None, activation_token: str | None = None) -> bool:
    """Asks the Rapport listening on ``name`` to open ``workspace`` (None: to come to the front),
    passing on the desktop's ``activation_token`` for raising its window, if there is one.

    True once it has said it will; False if no Rapport is running (or it did not answer in time),
    and this process should start its own window.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    path = str(workspace.expanduser().absolute()) if workspace is not None else None
    request: dict[str, object] = {"open": path}
    if activation_token:
        request["activation_token"] = activation_token
    _allow_foreground()
    socket.write(json.dumps(request).encode("utf-8") + b"\n")
    socket.waitForBytesWritten(CONNECT_MS)
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(ANSWER_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer == ACK


def _allow_foreground() -> None:
    """Windows: the launch the user just started may hand the foreground on; the running
    Rapport can then raise its window instead of flashing its task bar button. (Untested
    here: no Windows machine.)"""
    if sys.platform == "win32":
        import ctypes

        asfw_any = -1  # any process may take the foreground next
        ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)  # type: ignore[attr-defined]


def handed_to_running_instance(workspace: Path | None) -> bool:
    """``hand_over`` to the Rapport running for this user's data folder, if there is one.

    False means this process is to be the running one: it then holds the instance claim until
    its InstanceServer listens, so a launch at the same moment waits and hands over to it.
    """
    from ui.about import data_folder

    name = server_name(data_folder())
    token = os.environ.get("XDG_ACTIVATION_TOKEN") or None
    if hand_over(name, workspace, token):  # the usual case: it has long been running
        return True
    claim = _claim(name)
    if claim is None:
        return False  # the other launch is stuck; this one starts a window of its own
    if hand_over(name, workspace, token):  # it started listening while this one waited
        _release_claim(name)
        return True
    return False


#: Instance claims this process holds, by socket name.
_claims: dict[str, QLockFile] = {}


def claim_path(name: str) -> Path:
    return Path(QDir.tempPath()) / f"{name}.lock"


def _claim(name: str) -> QLockFile | None:
    """The lock serialising "is one running? if not, listen" for ``name`` (held by this process
    from then on), or None if another process held it longer than CLAIM_WAIT_MS."""
    if name in _claims:
        return _claims[name]
    lock = QLockFile(str(claim_path(name)))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    if not lock.tryLock(CLAIM_WAIT_MS):
        return None
    _claims[name] = lock
    return lock


def _release_claim(name: str) -> None:
    lock = _claims.pop(name, None)
    if lock is not None:
        lock.unlock()


def parse_request(line: bytes) -> tuple[bool, Path | None]:
    """(understood, workspace) for one request line; anything malformed is not understood."""
    understood, workspace, _token = read_request(line)
    return understood, workspace


def read_request(line: bytes) -> tuple[bool, Path | None, str | None]:
    """(understood, workspace, activation token) for one request line. A token that does not
    look like one is dropped; the request still stands."""
    try:
        request = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False, None, None
    if not isinstance(request, dict) or "open" not in request:
        return False, None, None
    token = request.get("activation_token")
    token = token if isinstance(token, str) and TOKEN.fullmatch(token) else None
    target = request["open"]
    if target is None:
        return True, None, token
    if isinstance(target, str) and target:
        return True, Path(target), token
    return False, None, None


class InstanceServer(QObject):
    """The running Rapport's end: emits ``open_requested`` (a Path, or None) per request, and
    before it ``activation_offered`` (the token) when the request carried an activation token."""

    open_requested = Signal(object)
    activation_offered = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Starts listening; False if another Rapport already answers on the name.

        Asked first: on Unix, QLocalServer.listen() replaces the socket file of a live server.
        Asking and listening happen under the instance claim (taken here unless this process
        took it when it found nobody running), released once this one listens.
        """
        claimed = _claim(self.name) is not None
        try:
            if _is_answering(self.name):
                return False
            QLocalServer.removeServer(self.name)  # a socket file left by a Rapport that crashed
            return self.server.listen(self.name)
        finally:
            if claimed:
                _release_claim(self.name)

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
                understood, workspace, token = read_request(bytes(buffer).split(b"\n", 1)[0])
                buffer.clear()
                socket.write(ACK if understood else b"not understood\n")
                socket.flush()
                socket.disconnectFromServer()
                if understood:
                    if token:
                        self.activation_offered.emit(token)
                    self.open_requested.emit(workspace)

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
