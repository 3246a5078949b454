"""One Rapport process per workspace: a lock file beside it, complete or absent.

``Rapport.rapport.lock`` holds JSON naming the holder: user, host, pid, the machine's boot, when
the process started, and since when it holds the workspace. It is written whole to a temporary
file beside the workspace and then linked into place (``os.link`` fails if a lock is there), so
no one ever reads half a lock, and a full disk leaves nothing behind. Where a file system has no
hard links (FAT, some network shares) it is created exclusively and written instead.

A second open, from another process or the same one, finds it and is refused with the holder's
name. A lock is live only if it was written on this machine, in this boot, by a process that
still runs and started when the lock says; any other lock from this machine (a crash, a reboot,
a pid reused since) is taken over. Whether a process on another machine still runs cannot be
told, so such a lock is honoured, unless the user, told who holds it, takes it over.

Pure Python on purpose (no Qt): the command line and tests use it too.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import getpass
import json
import os
import socket
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from persistence.errors import LockHolder, NotWritableError, WorkspaceError, WorkspaceLockedError
from persistence.output_files import sync_folder
from persistence.workspace.process_identity import (
    boot_id,
    pid_is_running,
    process_start,
    same_process_running,
)

__all__ = ["WorkspaceLock", "lock_path_for", "pid_is_running", "read_holder"]

#: A lock file that stays unreadable this long (seconds) was abandoned mid-write (only an older
#: Rapport, or the fallback without hard links, writes a lock in place).
_UNREADABLE_GRACE = 2.0
#: Errors meaning "no room": a full disk, a quota, or a file size limit.
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
#: Errors meaning "may not write here": a read-only medium or a folder without write permission.
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


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
    def acquire(cls, workspace: Path, *, take_over: LockHolder | None = None) -> WorkspaceLock:
        """Lock ``workspace`` or raise :class:`WorkspaceLockedError` naming who holds it.

        ``take_over``: the holder the user was shown and confirmed is gone (its Rapport closed
        or its computer off); that lock, and only that one, is replaced. Raises
        :class:`NotWritableError` when the lock cannot be written (full disk, read-only folder).
        """
        path = lock_path_for(workspace)
        token = uuid.uuid4().hex
        record = {
            "app": "Rapport",
            "user": _user(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "boot_id": boot_id(),
            "started": process_start(os.getpid()),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
            "token": token,
        }
        content = json.dumps(record).encode("utf-8")
        for _attempt in range(3):
            if _create_complete(path, content, workspace):
                return cls(path, token)
            holder_text = _read(path)
            if holder_text is None:
                continue  # released meanwhile: try again
            holder = _parse(holder_text)
            if holder is None:
                if _age(path) < _UNREADABLE_GRACE:
                    time.sleep(0.2)  # being written in place right now
                    continue
                _take_over(path, holder_text)  # garbage left by a crash mid-write
                continue
            if take_over is not None and _same_lock(holder, take_over):
                take_over = None
                _take_over(path, holder_text)
                continue
            if not is_live(holder):
                _take_over(path, holder_text)
                continue
            raise WorkspaceLockedError(_locked_message(workspace, holder), holder)
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


def is_live(holder: LockHolder) -> bool:
    """Whether the lock of ``holder`` still stands: a lock from another machine may (it cannot
    be checked from here); one from this machine only if its very process still runs."""
    if holder.host != socket.gethostname():
        return True
    return same_process_running(holder.pid, holder.boot_id, holder.started)


def read_holder(workspace: Path) -> LockHolder | None:
    """Who holds ``workspace`` now, as its lock says (None: no lock, or an unreadable one)."""
    text = _read(lock_path_for(workspace))
    return _parse(text) if text else None


def _locked_message(workspace: Path, holder: LockHolder) -> str:
    here = holder.host == socket.gethostname()
    text = f"{workspace.name} is open in Rapport {holder.describe()}."
    if here:
        return text + " Close it there and open it again, or open it read-only meanwhile."
    return (
        text + " Rapport cannot tell from here whether that copy is still running. Close it "
        "there and open it again, or open it read-only meanwhile; if that copy is surely "
        "closed (it crashed, or that computer is off), it can be taken over."
    )


def _same_lock(found: LockHolder, expected: LockHolder) -> bool:
    if found.token or expected.token:
        return found.token == expected.token
    return (found.host, found.pid, found.since) == (expected.host, expected.pid, expected.since)


def _create_complete(path: Path, content: bytes, workspace: Path) -> bool:
    """Put a lock holding ``content`` at ``path`` unless one is there; False if one is.

    Written and synced under a temporary name, then linked to ``path``: the lock appears whole
    or not at all, and whatever fails (a full disk, a read-only folder) leaves no file behind.
    """
    temp = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        try:
            _write_new(temp, content)
            try:
                os.link(temp, path)
            except FileExistsError:
                return False
            except OSError as error:
                if error.errno in _FULL or error.errno in _READ_ONLY - {errno.EPERM}:
                    raise
                # No hard links here (FAT, some network shares: EPERM, ENOTSUP, ENOSYS).
                try:
                    _write_new(path, content)
                except FileExistsError:
                    return False
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
    except OSError as error:
        raise _lock_write_error(workspace, path, error) from error
    sync_folder(path.parent)
    return True


def _write_new(path: Path, content: bytes) -> None:
    """Create ``path`` (never over an existing file), write ``content``, sync it; a failure
    removes the file again."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        try:
            view = memoryview(content)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


def _lock_write_error(workspace: Path, lock: Path, error: OSError) -> NotWritableError:
    code = error.errno
    if code in _FULL:
        return NotWritableError(
            f"{workspace.name} could not be opened for editing: the disk that holds it is full "
            f"(Rapport writes a small file, {lock.name}, beside a workspace it has open). Free "
            "some space and open it again. The workspace was not changed; you can open it "
            "read-only meanwhile.",
            "full",
        )
    if code in _READ_ONLY:
        return NotWritableError(
            f"{workspace.name} is in a folder Rapport cannot write to ({lock.parent}), so it "
            "can only be opened read-only. To change it, copy it to a folder you can write to, "
            "or make this one writable, and open it again.",
            "read-only",
        )
    return NotWritableError(
        f"{workspace.name} could not be opened for editing: Rapport could not write "
        f"{lock.name} beside it ({error.strerror or error}). The workspace was not changed; "
        "you can open it read-only.",
        "io",
    )


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
    except OSError as error:  # a read-only folder: the old lock cannot be moved
        workspace = path.with_name(path.name.removesuffix(".lock"))
        raise _lock_write_error(workspace, path, error) from error
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
        boot, started = data.get("boot_id"), data.get("started")
        return LockHolder(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
            boot_id=str(boot) if boot else None,
            started=str(started) if started else None,
            token=str(data.get("token") or ""),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
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
