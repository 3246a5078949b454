"""Errors about workspace files and databases, each with a message fit to show the user.

The UI shows ``str(error)`` as it is, so every message says what happened and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass


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

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since})"


class WorkspaceLockedError(WorkspaceError):
    """The workspace is open in another Rapport window or process."""

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
