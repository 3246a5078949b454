"""Commitments: who owes whom what, and by when."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from domain.model.revision import Revision


class CommitmentDirection(StrEnum):
    #: We promised the stakeholder something.
    OURS = "ours"
    #: The stakeholder promised us something.
    THEIRS = "theirs"


@dataclass(slots=True)
class Commitment:
    stakeholder_id: int
    direction: CommitmentDirection
    description: str
    due_on: date | None = None
    done_at: datetime | None = None
    created_at: datetime | None = None
    #: The interaction in which the commitment was made, if any.
    interaction_id: int | None = None
    id: int | None = None
    #: Who last changed it, when, and its version (None: not stored yet).
    revision: Revision | None = field(default=None, compare=False)

    @property
    def is_open(self) -> bool:
        return self.done_at is None

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due_on is not None and self.due_on < today
