"""How backups read on screen: sizes, counts, and what a backup would bring back or lose.

Plain Python (no Qt), shared by the Restore dialog and the command line.
"""

from __future__ import annotations

from persistence.workspace import BackupChange, BackupCounts, BackupDiff
from ui.formatting import format_size  # noqa: F401 - re-exported for the backup texts

_SINGULAR = {"people": "person", "maps": "map", "ratings": "rating", "interactions": "interaction"}


def how_many(count: int, kind: str) -> str:
    """ "1 map", "2 maps", "1,840 ratings"."""
    return f"{count:,} {_SINGULAR[kind] if count == 1 else kind}"


def format_counts(counts: BackupCounts) -> str:
    """ "24 people, 3 maps, 1,840 ratings"."""
    return ", ".join(
        how_many(value, kind)
        for kind, value in (
            ("people", counts.people),
            ("maps", counts.maps),
            ("ratings", counts.ratings),
        )
    )


def _part(change: BackupChange, count: int, names: list[str]) -> str:
    text = how_many(count, change.kind)
    if names:
        more = "…" if count > len(names) else ""
        text += f" ({', '.join(names)}{more})"
    return text


def brings_back(diff: BackupDiff) -> str:
    """What restoring would bring back (removed since the backup), or ''."""
    return " · ".join(
        _part(c, c.removed_since, c.removed_names) for c in diff.changes if c.removed_since
    )


def would_lose(diff: BackupDiff) -> str:
    """What restoring would lose (added since the backup), or ''."""
    return " · ".join(_part(c, c.added_since, c.added_names) for c in diff.changes if c.added_since)
