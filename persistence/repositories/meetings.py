"""The meeting repository: meetings with their attendees and the maps they concern."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select

from domain.clock import as_utc
from domain.errors import NotFoundError
from domain.model import AttendeeResponse, AttendeeRole, Meeting, MeetingAttendee
from persistence.repositories.base import SqlRepository, unique_in_order
from persistence.tables import MeetingAttendeeRow, MeetingMapRow, MeetingRow


def _meeting(row: MeetingRow) -> Meeting:
    return Meeting(
        title=row.title,
        start=as_utc(row.start_at),
        end=as_utc(row.end_at) if row.end_at else None,
        place=row.place,
        objective=row.objective,
        agenda=row.agenda,
        attendees=[
            MeetingAttendee(
                a.stakeholder_id,
                a.name,
                a.email,
                AttendeeRole(a.role),
                a.talking_points,
                AttendeeResponse(a.response),
            )
            for a in row.attendees
        ],
        map_ids=[m.map_id for m in row.maps],
        interaction_id=row.interaction_id,
        ical_uid=row.ical_uid,
        cancelled=row.cancelled,
        recurrence=row.recurrence,
        id=row.id,
    )


def _fill(row: MeetingRow, meeting: Meeting) -> None:
    row.title = meeting.title
    row.start_at = as_utc(meeting.start)
    row.end_at = as_utc(meeting.end) if meeting.end else None
    row.place = meeting.place
    row.objective = meeting.objective
    row.agenda = meeting.agenda
    row.interaction_id = meeting.interaction_id
    row.ical_uid = meeting.ical_uid
    row.cancelled = meeting.cancelled
    row.recurrence = meeting.recurrence
    row.attendees = [
        MeetingAttendeeRow(
            position=position,
            stakeholder_id=a.stakeholder_id,
            name=a.name,
            email=a.email,
            role=AttendeeRole(a.role).value,
            talking_points=a.talking_points,
            response=AttendeeResponse(a.response).value,
        )
        for position, a in enumerate(meeting.attendees)
    ]
    row.maps = [
        MeetingMapRow(map_id=map_id, position=position)
        for position, map_id in enumerate(unique_in_order(meeting.map_ids))
    ]


class SqlMeetingRepository(SqlRepository):
    def add(self, meeting: Meeting) -> Meeting:
        row = MeetingRow(id=meeting.id)
        _fill(row, meeting)
        self._insert(row, meeting.id)
        return _meeting(row)

    def get(self, meeting_id: int) -> Meeting | None:
        row = self._session.get(MeetingRow, meeting_id)
        return _meeting(row) if row else None

    def update(self, meeting: Meeting) -> None:
        row = self._session.get(MeetingRow, meeting.id) if meeting.id else None
        if row is None:
            raise NotFoundError(f"No meeting with id {meeting.id}.")
        _fill(row, meeting)
        self._session.flush()

    def delete(self, meeting_id: int) -> None:
        self._session.execute(delete(MeetingRow).where(MeetingRow.id == meeting_id))
        self._after_bulk_change()

    def list(self, start: datetime | None = None, end: datetime | None = None) -> list[Meeting]:
        """Meetings by start time, optionally those starting in [start, end)."""
        query = select(MeetingRow).order_by(MeetingRow.start_at, MeetingRow.id)
        if start is not None:
            query = query.where(MeetingRow.start_at >= as_utc(start))
        if end is not None:
            query = query.where(MeetingRow.start_at < as_utc(end))
        return [_meeting(row) for row in self._session.scalars(query)]
