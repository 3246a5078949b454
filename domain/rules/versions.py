"""No silent overwrite: a change is made from the revision its author saw (optimistic versioning).

A use case reads the record as stored now and passes both revisions here before it writes. The
store then writes only over the version it read in the same transaction, so a change committed by
someone else in between is refused too (the SQL repositories' ``flush_guarded``).
"""

from __future__ import annotations

from domain.errors import ConcurrentChangeError
from domain.model import UNKNOWN_AUTHOR, Revision


def require_unchanged(
    stored: Revision | None, seen: Revision | None, what: str, *, undoing: bool = False
) -> None:
    """Raise ConcurrentChangeError when the record moved on since ``seen`` was read.

    ``seen`` None: the change was not made from a copy the user saw (an import, a command that
    re-reads what it changes), so there is nothing to compare.
    """
    if seen is None or stored is None or stored.version == seen.version:
        return
    raise ConcurrentChangeError(
        what,
        stored.changed_by or UNKNOWN_AUTHOR,
        stored.changed_at,
        stored.version,
        undoing=undoing,
    )
