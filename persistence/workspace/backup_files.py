"""The backups of a workspace as files: where they are, how they are named, listing them.

A backup of ``Work.rapport`` is ``backups/Work.backup-20261203T102636Z-<why>.rapport`` beside it
(or in the folder the user chose): the name holds the UTC time it was taken and why, so listing
and thinning need no file to be opened. Copies saved before a schema upgrade
(``Work.before-v2-<time>.rapport``) are listed too, but never thinned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from persistence.workspace.backups import BACKUP_FOLDER

_STAMP = "%Y%m%dT%H%M%SZ"
_AUTOMATIC = re.compile(
    r"^(?P<stem>.+)\.backup-(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>[a-z][a-z-]*[a-z])(?:-(?P<n>\d+))?$"
)
_BEFORE_UPGRADE = re.compile(
    r"^(?P<stem>.+)\.before-v(?P<version>\d+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?$"
)

#: Why a backup was taken, as the name says it, in the user's words.
REASONS = {
    "opened": "Daily, on opening",
    "hourly": "After an hour of editing",
    "manual": "Taken by hand",
    "before-delete-map": "Before deleting a map",
    "before-remove-ratings": "Before removing ratings",
    "before-delete-people": "Before deleting people",
    "before-merge-people": "Before merging people",
    "before-remove-from-map": "Before removing people from a map",
    "before-delete-meeting": "Before deleting a meeting",
    "before-import": "Before an import",
    "before-restore": "Before restoring a backup",
}


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    #: When it was taken (aware, UTC).
    taken_at: datetime
    #: Why, as a short word: ``opened``, ``hourly``, ``manual``, ``before-delete-map``…
    reason: str
    size: int
    #: False for the copies saved before a schema upgrade: thinning leaves those alone.
    automatic: bool = True
    #: 2, 3… for a second or third backup taken within the same second.
    sequence: int = 1

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def why(self) -> str:
        """The reason in the user's words."""
        if self.reason.startswith("before-upgrade-v"):
            return f"Before upgrading to format {self.reason.removeprefix('before-upgrade-v')}"
        return REASONS.get(self.reason, self.reason.replace("-", " ").capitalize())


def backup_folder(workspace: Path, folder: Path | None = None) -> Path:
    """Where the backups of ``workspace`` go: ``folder`` if given, else ``backups/`` beside it."""
    return Path(folder) if folder is not None else Path(workspace).parent / BACKUP_FOLDER


def backup_name(workspace: Path, taken_at: datetime, reason: str) -> str:
    if not re.fullmatch(r"[a-z][a-z-]*[a-z]", reason):
        raise ValueError(f"a backup reason is a lower-case word with hyphens, not {reason!r}")
    stamp = taken_at.astimezone(UTC).strftime(_STAMP)
    return f"{workspace.stem}.backup-{stamp}-{reason}{workspace.suffix}"


def list_backups(workspace: Path, folder: Path | None = None) -> list[BackupFile]:
    """The backups of ``workspace`` (by its name) in its backup folder, newest first."""
    workspace = Path(workspace)
    where = backup_folder(workspace, folder)
    try:
        entries = list(where.iterdir())
    except OSError:  # no folder yet (no backup taken), or one that cannot be read
        return []
    found = [b for b in (_parse(p, workspace) for p in entries) if b is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.sequence), reverse=True)


def _parse(path: Path, workspace: Path) -> BackupFile | None:
    if path.suffix != workspace.suffix or path.name.startswith("."):
        return None
    name = path.name[: -len(path.suffix)] if path.suffix else path.name
    automatic = _AUTOMATIC.match(name)
    upgrade = None if automatic else _BEFORE_UPGRADE.match(name)
    found = automatic or upgrade
    if found is None or found["stem"] != workspace.stem:
        return None
    try:
        size = path.stat().st_size
    except OSError:  # removed meanwhile
        return None
    taken_at = datetime.strptime(found["stamp"], _STAMP).replace(tzinfo=UTC)
    sequence = int(found["n"] or 1)
    if automatic:
        return BackupFile(path, taken_at, automatic["reason"], size, True, sequence)
    assert upgrade is not None
    reason = f"before-upgrade-v{upgrade['version']}"
    return BackupFile(path, taken_at, reason, size, False, sequence)
