"""Errors about workspace files and databases, each with a message fit to show the user.

The UI shows ``str(error)`` as it is, so every message says what happened and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime


class WorkspaceError(Exception):
    """A workspace could not be opened, created, read or written."""


class NotAWorkspaceError(WorkspaceError):
    """The file is not a Rapport workspace (another program's file, or not a database at all)."""


class CorruptWorkspaceError(WorkspaceError):
    """The file is a Rapport workspace but damaged: it cannot be read or fails its checks."""


class NewerWorkspaceError(WorkspaceError):
    """The workspace was written by a newer Rapport whose schema this build does not know."""


class WorkspaceExistsError(WorkspaceError):
    """A new workspace was asked for where a file already is."""


class WorkspaceNotFoundError(WorkspaceError):
    """There is no workspace at the path given."""


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a workspace open, as written in its lock file."""

    user: str
    host: str
    pid: int
    #: When they opened it (ISO-8601, UTC), as written by the holder.
    since: str
    #: The boot of the holder's machine and when its process started (None: not recorded).
    boot_id: str | None = None
    started: str | None = None
    #: The lock's own random token: tells this lock from a later one by the same holder.
    token: str = ""

    def describe(self) -> str:
        """In plain words: "on LAPTOP-7 by anna since 08:28"."""
        return f"on {self.host} by {self.user} since {_local_time(self.since)}"


def _local_time(iso: str) -> str:
    """``iso`` (UTC) as the clock on the wall shows it: 08:28 today, else with the date."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    today = datetime.now().astimezone().date()
    if local.date() == today:
        return f"{local:%H:%M}"
    if local.year == today.year:
        return f"{local.day} {local:%b %H:%M}"
    return f"{local.day} {local:%b %Y %H:%M}"


class WorkspaceLockedError(WorkspaceError):
    """The workspace is open in another Rapport window or process (or possibly is: a lock
    written on another machine cannot be checked from here)."""

    def __init__(self, message: str, holder: LockHolder) -> None:
        super().__init__(message)
        self.holder = holder


class WorkspaceWriteError(WorkspaceError):
    """A change could not be written (disk full, read-only file or medium); it was rolled back."""


class OutputRefusedError(WorkspaceError):
    """A file may not be written there: it is a workspace (or kept beside one), or a folder."""


class OutputExistsError(WorkspaceError):
    """The file exists and the user has not agreed to replace it."""


class OutputWriteError(WorkspaceError, OSError):
    """The file could not be written (disk full, read-only folder); nothing was replaced.

    An OSError too, so code that catches OSError around file writing still catches it."""


class NotWritableError(WorkspaceWriteError):
    """The workspace cannot be opened for editing: the file, its folder or its medium is
    read-only, or the disk is too full for the lock beside it. Nothing was changed or left
    behind; it can still be opened read-only (``open_workspace(path, read_only=True)``)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        #: "full", "read-only" or "io".
        self.kind = kind
