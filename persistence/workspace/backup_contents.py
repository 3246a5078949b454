"""What a backup holds, and how it differs from the workspace as it is now.

Both read the files only (read-only connections), so they may run while the workspace is open
and being edited. Rows are matched by id: every table counts ids up and never reuses one
(``AUTOINCREMENT``), so an id only in the backup is a row removed since, and one only in the
workspace a row added since.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from persistence.errors import CorruptWorkspaceError
from persistence.workspace.file_identity import read_only

#: The kinds of rows counted and compared: (label, table, column naming a row, or None).
_KINDS = (
    ("people", "stakeholders", "name"),
    ("maps", "maps", "name"),
    ("ratings", "ratings", None),
    ("interactions", "interactions", None),
)
#: How many names of added or removed people (and maps) a comparison lists.
NAMES_LISTED = 5


@dataclass(frozen=True, slots=True)
class BackupCounts:
    people: int
    maps: int
    ratings: int
    interactions: int


@dataclass(frozen=True, slots=True)
class BackupChange:
    """One kind of row (people, maps…): how many are only in the backup, how many only now."""

    kind: str
    #: Rows in the backup that are gone now: restoring the backup brings them back.
    removed_since: int = 0
    #: Rows added since the backup: restoring it would lose them.
    added_since: int = 0
    removed_names: list[str] = field(default_factory=list)
    added_names: list[str] = field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        return not self.removed_since and not self.added_since


@dataclass(frozen=True, slots=True)
class BackupDiff:
    changes: list[BackupChange]

    @property
    def unchanged(self) -> bool:
        return all(c.unchanged for c in self.changes)

    def of(self, kind: str) -> BackupChange:
        return next(c for c in self.changes if c.kind == kind)


def count_contents(path: Path) -> BackupCounts:
    """How many people, maps, ratings and interactions the workspace (or backup) holds."""
    try:
        with read_only(Path(path)) as db:
            counts = [
                db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for _label, table, _name in _KINDS
            ]
    except sqlite3.DatabaseError as error:
        raise CorruptWorkspaceError(f"{Path(path).name} cannot be read ({error}).") from error
    return BackupCounts(*counts)


def compare_with_workspace(backup: Path, workspace: Path) -> BackupDiff:
    """What differs between ``backup`` and ``workspace`` as it is now."""
    try:
        with read_only(Path(workspace)) as db:
            uri = f"{Path(backup).resolve().as_uri()}?mode=ro"
            db.execute("ATTACH DATABASE ? AS backup", (uri,))
            return BackupDiff([_change(db, *kind) for kind in _KINDS])
    except sqlite3.DatabaseError as error:
        raise CorruptWorkspaceError(
            f"{Path(backup).name} could not be compared with {Path(workspace).name} ({error})."
        ) from error


def _change(db: sqlite3.Connection, kind: str, table: str, name: str | None) -> BackupChange:
    def only(first: str, second: str) -> tuple[int, list[str]]:
        rows = f"FROM {first}.{table} WHERE id NOT IN (SELECT id FROM {second}.{table})"
        count = db.execute(f"SELECT COUNT(*) {rows}").fetchone()[0]
        names: list[str] = []
        if name is not None and count:
            names = [
                row[0]
                for row in db.execute(f"SELECT {name} {rows} ORDER BY {name} LIMIT {NAMES_LISTED}")
            ]
        return count, names

    removed, removed_names = only("backup", "main")
    added, added_names = only("main", "backup")
    return BackupChange(kind, removed, added, removed_names, added_names)
