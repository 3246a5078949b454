"""Who last changed a record, when, and which version of it that made (schema 9).

Every record people edit together (a person, a unit, a map, an interaction, a commitment, a
concern, ...) carries a :class:`Revision`. Its ``version`` is the optimistic-concurrency token: a
change names the version it was made from, and a store holding a later one refuses it with
:class:`domain.errors.ConcurrentChangeError` (saying who changed it meanwhile, and when) instead of
overwriting the other person's change. A record not yet stored has no revision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

#: The author of a change recorded before Rapport kept authors (schema 7 and older): unknown,
#: shown as such and never guessed.
UNKNOWN_AUTHOR = ""


@dataclass(frozen=True, slots=True)
class Revision:
    #: 1 when the record was added, one more at every change.
    version: int = 1
    #: The login (a team server's member) or the computer's user (a workspace file) behind the
    #: last change; UNKNOWN_AUTHOR when that was not recorded.
    changed_by: str = UNKNOWN_AUTHOR
    #: When the last change was made; None when that was not recorded.
    changed_at: datetime | None = None

    @property
    def author_known(self) -> bool:
        return self.changed_by != UNKNOWN_AUTHOR


def author_label(author: str | None) -> str:
    """How an author is shown: the login, or "unknown" for a change made before authors were
    kept (never a guess)."""
    return author if author else "unknown"
