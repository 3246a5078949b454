"""One Rapport process per workspace: a lock file beside it, created exclusively.

``Rapport.rapport.lock`` holds JSON naming the holder (user, host, pid, since). A second open,
from another process or the same one, finds it and is refused with the holder's name. A lock
left by a process that is gone (a crash) is taken over, but only on the same host: whether a
process on another machine still runs cannot be told, so such a lock is honoured.

Pure Python on purpose (no Qt): the command line and tests use it too.
"""

from __future__ import annotations

import atexit
import contextlib
import getpass
import json
import os
import socket
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from persistence.errors import LockHolder, WorkspaceError, WorkspaceLockedError

#: A lock file that stays unreadable this long (seconds) was abandoned mid-write.
_UNREADABLE_GRACE = 2.0


def lock_path_for(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


class WorkspaceLock:
    """A held lock; :meth:`release` (also run at exit) removes the file if it is still ours."""

    def __init__(self, path: Path, token: str) -> None:
        self.path = path
        self._token = token
        self._pid = os.getpid()
        self._held = True
        atexit.register(self.release)

    @classmethod
    def acquire(cls, workspace: Path) -> WorkspaceLock:
        """Lock ``workspace`` or raise :class:`WorkspaceLockedError` naming who holds it."""
        path = lock_path_for(workspace)
        token = uuid.uuid4().hex
        record = {
            "app": "Rapport",
            "user": _user(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
            "token": token,
        }
        for _attempt in range(3):
            if _create_exclusively(path, record):
                return cls(path, token)
            holder_text = _read(path)
            if holder_text is None:
                continue  # released meanwhile: try again
            holder = _parse(holder_text)
            if holder is None:
                if _age(path) < _UNREADABLE_GRACE:
                    time.sleep(0.2)  # being written right now
                    continue
                _take_over(path, holder_text)  # garbage left by a crash mid-write
                continue
            if holder.host == socket.gethostname() and not pid_is_running(holder.pid):
                _take_over(path, holder_text)
                continue
            raise WorkspaceLockedError(
                f"{workspace.name} is already open in Rapport: {holder.describe()}. Close it "
                "there first. If that Rapport is no longer running, delete "
                f"{path.name} beside the workspace and try again.",
                holder,
            )
        raise WorkspaceError(f"{workspace.name} could not be locked; try again in a moment.")

    def release(self) -> None:
        if not self._held or os.getpid() != self._pid:
            return  # already released, or a forked child exiting: the parent holds it
        self._held = False
        atexit.unregister(self.release)
        text = _read(self.path)
        if text is not None and self._token in text:
            with contextlib.suppress(OSError):
                self.path.unlink()


def pid_is_running(pid: int) -> bool:
    """Whether process ``pid`` exists on this machine (True when it cannot be told)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_pid_is_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    except OSError:
        return True
    return True


def _windows_pid_is_running(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows; ask the kernel instead.
    import ctypes

    process_query_limited_information = 0x1000
    still_active = 259
    error_invalid_parameter = 87
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return bool(kernel32.GetLastError() != error_invalid_parameter)
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def _create_exclusively(path: Path, record: dict[str, object]) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    except OSError as error:
        raise WorkspaceError(
            f"{path.parent} does not let Rapport create {path.name} beside the workspace "
            f"({error.strerror or error}); a workspace needs a folder it can write to."
        ) from error
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        json.dump(record, file)
        file.flush()
        os.fsync(file.fileno())
    return True


def _take_over(path: Path, stale_text: str) -> None:
    """Remove a stale lock, unless someone replaced it since it was read.

    Renaming first means two processes taking over at once cannot both succeed: only one
    rename finds the file; the other finds nothing, or a fresh lock that it puts back.
    """
    aside = path.with_name(f"{path.name}.stale-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        os.replace(path, aside)
    except FileNotFoundError:
        return
    try:
        if aside.read_text(encoding="utf-8", errors="replace") != stale_text:
            with contextlib.suppress(OSError):
                os.link(aside, path)  # a fresh lock: put it back (never over another)
    finally:
        with contextlib.suppress(OSError):
            aside.unlink()


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    except OSError:
        return ""


def _parse(text: str) -> LockHolder | None:
    try:
        data = json.loads(text)
        return LockHolder(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
        )
    except (ValueError, KeyError, TypeError):
        return None


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service and container setups
        return "unknown user"
