"""Where the cast landed: the ids the workspace gave its organisations, people and maps."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Ids:
    """Database ids of the cast's organisations, people and maps, by key."""

    organisations: dict[str, int]
    people: dict[str, int]
    maps: dict[str, int]
