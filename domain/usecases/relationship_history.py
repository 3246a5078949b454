"""A person's relationship history: every rating and interaction, and the series a chart draws."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from domain.clock import as_utc, utc_now
from domain.errors import NotFoundError
from domain.model import Dimension, Interaction, Rating, Stakeholder
from domain.ports import UnitOfWork
from domain.rules.history import ordered
from domain.rules.trends import Point, series, split_future


class EntryKind(StrEnum):
    RATING = "rating"
    INTERACTION = "interaction"


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: datetime
    kind: EntryKind
    rating: Rating | None = None
    interaction: Interaction | None = None
    #: The value the same dimension (and map) held before this rating, if any.
    previous: float | None = None
    #: Dated after "now": shown, flagged, and never taken as the current value.
    future: bool = False

    @property
    def sort_key(self) -> tuple[datetime, int, int]:
        if self.rating is not None:
            return (self.at, 1, self.rating.id or 0)
        assert self.interaction is not None
        return (self.at, 0, self.interaction.id or 0)


@dataclass(slots=True)
class PersonHistory:
    stakeholder: Stakeholder
    now: datetime
    #: Every rating in time order, future-dated ones included.
    ratings: list[Rating] = field(default_factory=list)
    #: Interactions the person took part in, oldest first.
    interactions: list[Interaction] = field(default_factory=list)
    #: Names of the maps the person's map ratings belong to.
    map_names: dict[int, str] = field(default_factory=dict)
    #: The maps the person is on now (id → name), in name order.
    on_maps: dict[int, str] = field(default_factory=dict)

    @property
    def future(self) -> list[Rating]:
        return split_future(self.ratings, self.now)[1]

    def series(self, dimension: Dimension, map_id: int | None = None) -> list[Point]:
        """The steps of one dimension (on one map for map dimensions), future entries left out."""
        past, _ = split_future(self.ratings, self.now)
        return series(r for r in past if r.dimension is dimension and r.map_id == map_id)

    def current(self, dimension: Dimension, map_id: int | None = None) -> Rating | None:
        past, _ = split_future(self.ratings, self.now)
        rows = [r for r in past if r.dimension is dimension and r.map_id == map_id]
        return rows[-1] if rows else None

    def timeline(self, newest_first: bool = True) -> list[TimelineEntry]:
        """Every rating and interaction in date order (on ties, interactions before ratings)."""
        entries: list[TimelineEntry] = []
        held: dict[tuple[Dimension, int | None], float] = {}
        for rating in self.ratings:  # already in time order
            key = (rating.dimension, rating.map_id)
            entries.append(
                TimelineEntry(
                    as_utc(rating.at),
                    EntryKind.RATING,
                    rating=rating,
                    previous=held.get(key),
                    future=as_utc(rating.at) > self.now,
                )
            )
            held[key] = rating.value
        for interaction in self.interactions:
            entries.append(
                TimelineEntry(
                    as_utc(interaction.when),
                    EntryKind.INTERACTION,
                    interaction=interaction,
                    future=as_utc(interaction.when) > self.now,
                )
            )
        entries.sort(key=lambda e: e.sort_key, reverse=newest_first)
        return entries


def person_history(
    uow: UnitOfWork, stakeholder_id: int, now: datetime | None = None
) -> PersonHistory:
    with uow:
        person = uow.stakeholders.get(stakeholder_id)
        if person is None:
            raise NotFoundError(f"No stakeholder with id {stakeholder_id}.")
        ratings = ordered(uow.ratings.history(stakeholder_id))
        interactions = sorted(
            uow.interactions.list(stakeholder_id),
            key=lambda i: (as_utc(i.when), i.id or 0),
        )
        member_of = set(uow.maps.maps_of(stakeholder_id))
        maps = uow.maps.list()
    map_names: dict[int, str] = {}
    on_maps: dict[int, str] = {}
    for stakeholder_map in maps:
        if stakeholder_map.id is not None:
            map_names[stakeholder_map.id] = stakeholder_map.name
            if stakeholder_map.id in member_of:
                on_maps[stakeholder_map.id] = stakeholder_map.name
    return PersonHistory(
        person,
        as_utc(now) if now is not None else utc_now(),
        ratings,
        interactions,
        map_names,
        on_maps,
    )
