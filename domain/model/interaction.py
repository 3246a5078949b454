"""Interactions: meetings, calls, e-mails, meals and workshops with stakeholders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum

from domain.model.revision import Revision


class InteractionKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    MEAL = "meal"
    WORKSHOP = "workshop"


class Sentiment(IntEnum):
    VERY_NEGATIVE = -2
    NEGATIVE = -1
    NEUTRAL = 0
    POSITIVE = 1
    VERY_POSITIVE = 2

    @property
    def label(self) -> str:
        return self.name.replace("_", " ").lower()


@dataclass(slots=True)
class Interaction:
    when: datetime
    kind: InteractionKind
    summary: str = ""
    sentiment: Sentiment = Sentiment.NEUTRAL
    participant_ids: list[int] = field(default_factory=list)
    id: int | None = None
    #: When it was entered (``when`` is when it took place, often hours or days before); None
    #: for interactions from before Rapport kept it (schema 4).
    recorded_at: datetime | None = None
    #: Who last changed it, when, and its version (None: not stored yet).
    revision: Revision | None = field(default=None, compare=False)
