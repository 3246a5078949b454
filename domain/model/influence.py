"""Who influences whom."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class InfluenceLink:
    source_id: int
    target_id: int
    #: 1 (slight) to 5 (decisive).
    strength: int = 3
    note: str = ""
    id: int | None = None
