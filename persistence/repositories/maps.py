"""The map repository: maps and who is on them."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import and_, delete, select
from sqlalchemy.orm import aliased, join

from domain.clock import as_utc
from domain.errors import NotFoundError
from domain.model import Dimension, MapMembership, StakeholderMap
from domain.ports import MembershipValues
from persistence.repositories.base import SqlRepository, flush_guarded, keep_revision, revision_of
from persistence.tables import CurrentRatingRow, MapMembershipRow, MapRow


def _map(row: MapRow) -> StakeholderMap:
    return StakeholderMap(
        row.name, row.purpose, row.starts_on, row.ends_on, row.id, revision=revision_of(row)
    )


def _membership(row: MapMembershipRow) -> MapMembership:
    return MapMembership(row.map_id, row.stakeholder_id, as_utc(row.added_at))


class SqlMapRepository(SqlRepository):
    def add(self, stakeholder_map: StakeholderMap) -> StakeholderMap:
        row = MapRow(id=stakeholder_map.id)
        self._fill(row, stakeholder_map)
        keep_revision(row, stakeholder_map.revision)
        self._insert(row, stakeholder_map.id)
        return _map(row)

    def get(self, map_id: int) -> StakeholderMap | None:
        row = self._get_kept(MapRow, map_id)
        return _map(row) if row else None

    def update(self, stakeholder_map: StakeholderMap) -> None:
        row = self._get_kept(MapRow, stakeholder_map.id) if stakeholder_map.id else None
        if row is None:
            raise NotFoundError(f"No map with id {stakeholder_map.id}.")
        self._fill(row, stakeholder_map)
        flush_guarded(self._session, row, f"the map {row.name}")

    def delete(self, map_id: int) -> None:
        """Removes the map with its memberships and ratings; meetings forget it."""
        self._session.execute(delete(MapRow).where(MapRow.id == map_id))
        self._after_bulk_change()

    def list(self) -> list[StakeholderMap]:
        maps = [_map(row) for row in self._session.scalars(select(MapRow))]
        return sorted(maps, key=lambda m: (m.name.casefold(), m.id or 0))

    def add_member(self, membership: MapMembership) -> None:
        """Adds the person to the map; adding someone already on it changes nothing."""
        key = (membership.map_id, membership.stakeholder_id)
        if self._session.get(MapMembershipRow, key) is not None:
            return
        self._session.add(
            MapMembershipRow(
                map_id=membership.map_id,
                stakeholder_id=membership.stakeholder_id,
                added_at=as_utc(membership.added_at),
            )
        )
        self._session.flush()

    def remove_member(self, map_id: int, stakeholder_id: int) -> None:
        """Takes the person off the map; their ratings on it are kept."""
        row = self._session.get(MapMembershipRow, (map_id, stakeholder_id))
        if row is not None:
            self._session.delete(row)
            self._session.flush()

    def members(self, map_id: int) -> builtins.list[MapMembership]:
        query = (
            select(MapMembershipRow)
            .where(MapMembershipRow.map_id == map_id)
            .order_by(MapMembershipRow.added_at, MapMembershipRow.stakeholder_id)
        )
        return [_membership(row) for row in self._session.scalars(query)]

    def maps_of(self, stakeholder_id: int) -> builtins.list[int]:
        query = (
            select(MapMembershipRow.map_id)
            .where(MapMembershipRow.stakeholder_id == stakeholder_id)
            .order_by(MapMembershipRow.map_id)
        )
        return list(self._session.scalars(query))

    def placements(self, dimensions: Iterable[Dimension]) -> Iterator[MembershipValues]:
        """One row per membership with a primary-key lookup in current_ratings per dimension
        (a left join each: about 15% faster in SQLite than correlated subqueries), no history
        read, no ORM objects, yielded as the rows are read."""
        wanted = [Dimension(d) for d in dict.fromkeys(dimensions)]
        member = MapMembershipRow
        source: Any = member
        values = []
        for dimension in wanted:
            current = aliased(CurrentRatingRow)
            source = join(
                source,
                current,
                and_(
                    current.stakeholder_id == member.stakeholder_id,
                    current.dimension == dimension.value,
                    current.map_key == member.map_id,
                ),
                isouter=True,
            )
            values.append(current.value)
        query = (
            select(member.map_id, member.stakeholder_id, member.added_at, *values)
            .select_from(source)
            .order_by(member.map_id, member.stakeholder_id)
        )
        for map_id, person, added_at, *found in self._session.connection().execute(query):
            yield MembershipValues(
                map_id,
                person,
                added_at,
                {d: v for d, v in zip(wanted, found, strict=True) if v is not None},
            )

    @staticmethod
    def _fill(row: MapRow, stakeholder_map: StakeholderMap) -> None:
        row.name = stakeholder_map.name
        row.purpose = stakeholder_map.purpose
        row.starts_on = stakeholder_map.starts_on
        row.ends_on = stakeholder_map.ends_on
