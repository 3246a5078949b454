"""Concern and workspace-settings repositories."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from datetime import date

from sqlalchemy import Select, case, delete, func, nulls_last, select

from domain.errors import NotFoundError
from domain.model import Concern, ConcernKind, ConcernSeverity, ConcernStatus
from persistence.repositories.base import (
    MAX_BOUND_IDS,
    SqlRepository,
    chunked,
    flush_guarded,
    keep_revision,
    revision_of,
)
from persistence.tables import ConcernRow, WorkspaceSettingRow

_OPEN = ConcernStatus.OPEN.value


def _concern(row: ConcernRow) -> Concern:
    return Concern(
        stakeholder_id=row.stakeholder_id,
        title=row.title,
        raised_on=row.raised_on,
        kind=ConcernKind(row.kind),
        severity=ConcernSeverity(row.severity),
        target_on=row.target_on,
        details=row.details,
        status=ConcernStatus(row.status),
        closed_on=row.closed_on,
        resolution=row.resolution,
        created_at=row.created_at,
        id=row.id,
        revision=revision_of(row),
    )


def _fill(row: ConcernRow, concern: Concern) -> None:
    row.stakeholder_id = concern.stakeholder_id
    row.title = concern.title
    row.kind = ConcernKind(concern.kind).value
    row.severity = int(ConcernSeverity(concern.severity))
    row.raised_on = concern.raised_on
    row.target_on = concern.target_on
    row.details = concern.details
    row.status = ConcernStatus(concern.status).value
    row.closed_on = concern.closed_on
    row.resolution = concern.resolution
    row.created_at = concern.created_at


def _listed() -> Select[ConcernRow]:
    """Open first, then by target date (undated last), then by the day raised."""
    return select(ConcernRow).order_by(
        case((ConcernRow.status == _OPEN, 0), else_=1),
        nulls_last(ConcernRow.target_on),
        ConcernRow.raised_on,
        ConcernRow.id,
    )


class SqlConcernRepository(SqlRepository):
    def add(self, concern: Concern) -> Concern:
        row = ConcernRow(id=concern.id)
        _fill(row, concern)
        keep_revision(row, concern.revision)
        self._insert(row, concern.id)
        return _concern(row)

    def get(self, concern_id: int) -> Concern | None:
        row = self._get_kept(ConcernRow, concern_id)
        return _concern(row) if row else None

    def update(self, concern: Concern) -> None:
        row = self._get_kept(ConcernRow, concern.id) if concern.id else None
        if row is None:
            raise NotFoundError("That concern no longer exists.")
        _fill(row, concern)
        flush_guarded(self._session, row, f"the concern “{row.title}”")

    def delete(self, concern_id: int) -> None:
        self._session.execute(delete(ConcernRow).where(ConcernRow.id == concern_id))
        self._after_bulk_change()

    def list(self, stakeholder_id: int | None = None, open_only: bool = False) -> list[Concern]:
        query = _listed()
        if stakeholder_id is not None:
            query = query.where(ConcernRow.stakeholder_id == stakeholder_id)
        if open_only:
            query = query.where(ConcernRow.status == _OPEN)
        return [_concern(row) for row in self._session.scalars(query)]

    def open_for(self, stakeholder_ids: Iterable[int]) -> dict[int, builtins.list[Concern]]:
        found: dict[int, builtins.list[Concern]] = {}
        for chunk in chunked(sorted(set(stakeholder_ids)), MAX_BOUND_IDS):
            query = _listed().where(
                ConcernRow.status == _OPEN, ConcernRow.stakeholder_id.in_(chunk)
            )
            for row in self._session.scalars(query):
                found.setdefault(row.stakeholder_id, []).append(_concern(row))
        return found

    def open_counts(self, today: date) -> dict[int, tuple[int, int]]:
        c = ConcernRow.__table__.c
        overdue = func.sum(case((c.target_on < today, 1), else_=0))
        query = (
            select(c.stakeholder_id, func.count(), overdue)
            .where(c.status == _OPEN)
            .group_by(c.stakeholder_id)
        )
        return {
            person: (int(count), int(late or 0))
            for person, count, late in self._session.connection().execute(query)
        }


class SqlSettingsRepository(SqlRepository):
    def get(self, key: str) -> str | None:
        row = self._session.get(WorkspaceSettingRow, key)
        return row.value if row else None

    def put(self, key: str, value: str | None) -> None:
        row = self._session.get(WorkspaceSettingRow, key)
        if value is None:
            if row is not None:
                self._session.delete(row)
        elif row is None:
            self._session.add(WorkspaceSettingRow(key=key, value=value))
        else:
            row.value = value
        self._session.flush()

    def all(self) -> dict[str, str]:
        query = select(WorkspaceSettingRow).order_by(WorkspaceSettingRow.key)
        return {row.key: row.value for row in self._session.scalars(query)}
