"""Which people the grid shows at full strength: filters by organisation, relation, tag and
attitude, and a search that highlights matches. Plain Python, so it is tested without Qt."""

from __future__ import annotations

from dataclasses import dataclass

from domain.model import Attitude
from domain.usecases.map_view import MapPerson, Placement

#: The attitude filter's value for people whose attitude was never rated.
UNRATED = -1


@dataclass(frozen=True, slots=True)
class GridFilter:
    search: str = ""
    organisation: str | None = None
    relation: str | None = None
    tag: str | None = None
    #: An :class:`Attitude` value, :data:`UNRATED`, or None for any.
    attitude: int | None = None
    #: Only the people this login owns ("Mine"); None for anyone's.
    owner: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.words) or any(
            v is not None
            for v in (self.organisation, self.relation, self.tag, self.attitude, self.owner)
        )

    @property
    def words(self) -> list[str]:
        return self.search.casefold().split()

    def passes(self, person: MapPerson, placement: Placement) -> bool:
        """True when the person meets every filter (the search aside)."""
        if self.organisation is not None and person.organisation != self.organisation:
            return False
        if self.owner is not None and person.owner != self.owner:
            return False
        if self.relation is not None and person.relation != self.relation:
            return False
        if self.tag is not None and self.tag.casefold() not in {t.casefold() for t in person.tags}:
            return False
        if self.attitude is not None:
            attitude = placement.attitude
            wanted = None if self.attitude == UNRATED else Attitude(self.attitude)
            if attitude != wanted:
                return False
        return True

    def found(self, person: MapPerson) -> bool:
        """True when a search is typed and the person matches every word of it."""
        words = self.words
        if not words:
            return False
        haystack = person.search_text
        return all(word in haystack for word in words)


@dataclass(frozen=True, slots=True)
class Marks:
    """What the filter makes of the map: who is dimmed and who is highlighted."""

    dimmed: frozenset[int]
    highlighted: frozenset[int]


def mark(
    grid_filter: GridFilter, people: dict[int, MapPerson], placements: dict[int, Placement]
) -> Marks:
    searching = bool(grid_filter.words)
    dimmed: set[int] = set()
    highlighted: set[int] = set()
    for person_id, person in people.items():
        placement = placements.get(person_id) or Placement(person_id)
        passes = grid_filter.passes(person, placement)
        found = searching and grid_filter.found(person)
        if found and passes:
            highlighted.add(person_id)
        if not passes or (searching and not found):
            dimmed.add(person_id)
    return Marks(frozenset(dimmed), frozenset(highlighted))
