"""Fake map and rating repositories. Current values are computed from the history each time."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime

from domain.clock import as_utc, utc_now
from domain.errors import NotFoundError
from domain.model import Dimension, MapMembership, Rating, StakeholderMap
from domain.ports import CurrentValue, MembershipValues, RatingPoint, WindowChange
from domain.rules.history import latest, ordered
from domain.rules.step_series import StepSeries
from domain.rules.trends import fell_by_more_than as fell_by_more_than_rule
from domain.rules.trends import window_change
from tests.fakes.base import FAKE_AUTHOR, FakeRepository
from tests.fakes.store import FakeIntegrityError, clone, stored


class FakeMapRepository(FakeRepository):
    def add(self, stakeholder_map: StakeholderMap) -> StakeholderMap:
        row = stored(replace(stakeholder_map, id=self._new_id("maps", stakeholder_map.id)))
        self._t.maps[row.id] = row  # type: ignore[index]
        return clone(row)

    def get(self, map_id: int) -> StakeholderMap | None:
        found = self._t.maps.get(map_id)
        return clone(found) if found else None

    def update(self, stakeholder_map: StakeholderMap) -> None:
        if stakeholder_map.id not in self._t.maps:
            raise NotFoundError(f"No map with id {stakeholder_map.id}.")
        self._t.maps[stakeholder_map.id] = stored(stakeholder_map)

    def delete(self, map_id: int) -> None:
        """Removes the map with its memberships and ratings; meetings forget it."""
        t = self._t
        if t.maps.pop(map_id, None) is None:
            return
        for key in [k for k in t.memberships if k[0] == map_id]:
            del t.memberships[key]
        for rating_id in [i for i, r in t.ratings.items() if r.map_id == map_id]:
            del t.ratings[rating_id]
        for plan_id, plan in list(t.plans.items()):
            if plan.map_id == map_id:
                t.plans[plan_id] = replace(clone(plan), map_id=None)
        for meeting_id, meeting in list(t.meetings.items()):
            if map_id in meeting.map_ids:
                kept = clone(meeting)
                kept.map_ids = [m for m in kept.map_ids if m != map_id]
                t.meetings[meeting_id] = kept

    def list(self) -> list[StakeholderMap]:
        rows = sorted(self._t.maps.values(), key=lambda m: (m.name.casefold(), m.id))
        return [clone(m) for m in rows]

    def add_member(self, membership: MapMembership) -> None:
        """Adds the person to the map; adding someone already on it changes nothing."""
        self._require("maps", membership.map_id, "Map")
        self._require("stakeholders", membership.stakeholder_id, "Stakeholder")
        key = (membership.map_id, membership.stakeholder_id)
        self._t.memberships.setdefault(key, stored(membership))

    def remove_member(self, map_id: int, stakeholder_id: int) -> None:
        self._t.memberships.pop((map_id, stakeholder_id), None)

    def members(self, map_id: int) -> builtins.list[MapMembership]:
        rows = [m for (on_map, _), m in self._t.memberships.items() if on_map == map_id]
        return [clone(m) for m in sorted(rows, key=lambda m: (m.added_at, m.stakeholder_id))]

    def maps_of(self, stakeholder_id: int) -> builtins.list[int]:
        return sorted(m for (m, person) in self._t.memberships if person == stakeholder_id)

    def placements(self, dimensions: Iterable[Dimension]) -> Iterator[MembershipValues]:
        wanted = set(dimensions)
        latest_rows: dict[tuple[int, int, Dimension], Rating] = {}
        for r in ordered(self._t.ratings.values()):
            if r.map_id is not None and r.dimension in wanted:
                latest_rows[(r.map_id, r.stakeholder_id, r.dimension)] = r
        result = []
        for (map_id, person), membership in sorted(self._t.memberships.items()):
            values = {
                d: latest_rows[(map_id, person, d)].value
                for d in wanted
                if (map_id, person, d) in latest_rows
            }
            result.append(MembershipValues(map_id, person, membership.added_at, values))
        for placement in result:
            self._t  # noqa: B018 - read after the unit of work was left: raises, as a session
            yield placement


class FakeRatingRepository(FakeRepository):
    def add(self, rating: Rating) -> Rating:
        self._require("stakeholders", rating.stakeholder_id, "Stakeholder")
        self._require("maps", rating.map_id, "Map")
        if Dimension(rating.dimension).per_map != (rating.map_id is not None):
            raise FakeIntegrityError(f"{rating.dimension} with map_id={rating.map_id}")
        row = stored(
            replace(
                rating,
                id=self._new_id("ratings", rating.id),
                recorded_at=rating.recorded_at or utc_now(),
                recorded_by=FAKE_AUTHOR if rating.recorded_by is None else rating.recorded_by,
            )
        )
        self._t.ratings[row.id] = row  # type: ignore[index]
        return clone(row)

    def get(self, rating_id: int) -> Rating | None:
        found = self._t.ratings.get(rating_id)
        return clone(found) if found else None

    def remove(self, rating_id: int) -> None:
        self._t.ratings.pop(rating_id, None)

    def history(
        self,
        stakeholder_id: int | None = None,
        dimensions: Iterable[Dimension] | None = None,
        map_id: int | None = None,
        since: datetime | None = None,
    ) -> list[Rating]:
        wanted = set(dimensions) if dimensions is not None else None
        cutoff = as_utc(since) if since is not None else None
        rows = [
            r
            for r in self._t.ratings.values()
            if (stakeholder_id is None or r.stakeholder_id == stakeholder_id)
            and (wanted is None or r.dimension in wanted)
            and (map_id is None or r.map_id == map_id)
            and (cutoff is None or r.at >= cutoff)
        ]
        return [clone(r) for r in ordered(rows)]

    def histories(
        self,
        stakeholder_ids: Iterable[int],
        dimensions: Iterable[Dimension],
        since: datetime | None = None,
    ) -> dict[int, list[Rating]]:
        wanted = list(dimensions)
        found: dict[int, list[Rating]] = {}
        for person in set(stakeholder_ids):
            rows = self.history(person, wanted)
            if since is not None:
                cutoff = as_utc(since)
                # With the window's ratings, the one holding just before it, per dimension and map.
                steps: dict[tuple[Dimension, int | None], StepSeries[datetime, Rating]] = {}
                for rating in rows:
                    key = (rating.dimension, rating.map_id)
                    steps.setdefault(key, StepSeries()).hold(rating.at, rating)
                held = (series.before(cutoff) for series in steps.values())
                kept = {id(r) for r in held if r is not None}
                rows = [r for r in rows if r.at >= cutoff or id(r) in kept]
            if rows:
                found[person] = rows
        return found

    def history_for_map(self, map_id: int, dimensions: Iterable[Dimension]) -> list[Rating]:
        return self.history(dimensions=dimensions, map_id=map_id)

    def points(
        self, dimensions: Iterable[Dimension], map_id: int | None = None
    ) -> list[RatingPoint]:
        wanted = set(dimensions)
        rows = [r for r in self._t.ratings.values() if r.dimension in wanted and r.map_id == map_id]
        return [
            RatingPoint(r.stakeholder_id, r.dimension, r.value, r.at, r.id)  # type: ignore[arg-type]
            for r in ordered(rows)
        ]

    def current(
        self,
        dimensions: Iterable[Dimension],
        stakeholder_ids: Iterable[int] | None = None,
        map_id: int | None = None,
    ) -> list[CurrentValue]:
        """The latest value per person, dimension and map (``map_id`` None: every map)."""
        wanted = set(dimensions)
        people = set(stakeholder_ids) if stakeholder_ids is not None else None
        groups: dict[tuple[int, Dimension, int | None], list[Rating]] = {}
        for r in self._t.ratings.values():
            if (
                r.dimension in wanted
                and (people is None or r.stakeholder_id in people)
                and (map_id is None or r.map_id == map_id)
            ):
                groups.setdefault((r.stakeholder_id, r.dimension, r.map_id), []).append(r)
        values = []
        for (person, dimension, on_map), rows in groups.items():
            last = latest(rows)
            assert last is not None and last.id is not None
            values.append(CurrentValue(person, dimension, on_map, last.value, last.at, last.id))
        return sorted(values, key=lambda v: (v.stakeholder_id, v.dimension, v.map_id or 0))

    def window_changes(
        self,
        dimension: Dimension,
        since: datetime,
        until: datetime,
        fell_by_more_than: float | None = None,
    ) -> list[WindowChange]:
        low, high = as_utc(since), as_utc(until)
        by_person: dict[int, list[Rating]] = {}
        for r in ordered(self._t.ratings.values()):
            if r.dimension == dimension and r.map_id is None and r.at <= high:
                by_person.setdefault(r.stakeholder_id, []).append(r)
        changes = []
        for person, rows in sorted(by_person.items()):
            steps = StepSeries((r.at, r) for r in rows)
            inside = steps.between(low, high)
            if not inside:
                continue
            held = steps.at(low)
            notes = [r.note for r in rows if r.at > low and r.note]
            first, last = inside[0][1], inside[-1][1]
            changes.append(
                WindowChange(
                    person,
                    held.value if held else None,
                    None if held else first.value,
                    last.value,
                    last.at,
                    notes[-1] if notes else "",
                )
            )
        if fell_by_more_than is not None:
            changes = [
                c
                for c in changes
                if fell_by_more_than_rule(
                    window_change(c.before, c.first, c.last, low), fell_by_more_than
                )
            ]
        return changes

    def count(self) -> int:
        return len(self._t.ratings)
