"""Tables for planned meetings: the meeting, its attendees (known stakeholders or not) with their
talking points, and the maps it concerns."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from persistence.tables.base import Base, UtcDateTime, Versioned
from persistence.tables.people import AUTOINCREMENT


class MeetingRow(Versioned, Base):
    __tablename__ = "meetings"
    __table_args__ = (
        Index(None, "start_at"),
        Index(None, "interaction_id"),
        Index(None, "ical_uid"),
        AUTOINCREMENT,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String)
    start_at: Mapped[datetime] = mapped_column(UtcDateTime)
    end_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    place: Mapped[str] = mapped_column(String, default="")
    objective: Mapped[str] = mapped_column(Text, default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL")
    )
    ical_uid: Mapped[str] = mapped_column(String, default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    recurrence: Mapped[str] = mapped_column(String, default="", server_default="")

    attendees: Mapped[list[MeetingAttendeeRow]] = relationship(
        order_by="MeetingAttendeeRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )
    maps: Mapped[list[MeetingMapRow]] = relationship(
        order_by="MeetingMapRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )


class MeetingAttendeeRow(Base):
    """An attendee; ``stakeholder_id`` is NULL for someone Rapport does not know (or no longer)."""

    __tablename__ = "meeting_attendees"
    __table_args__ = (Index(None, "meeting_id", "position"), Index(None, "stakeholder_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    stakeholder_id: Mapped[int | None] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="SET NULL")
    )
    name: Mapped[str] = mapped_column(String, default="")
    email: Mapped[str] = mapped_column(String, default="")
    role: Mapped[str] = mapped_column(String(16), default="required")
    talking_points: Mapped[str] = mapped_column(Text, default="")
    #: "", "accepted", "declined" or "tentative" (AttendeeResponse), from the attendee's reply.
    response: Mapped[str] = mapped_column(String(16), default="", server_default="")


class MeetingMapRow(Base):
    __tablename__ = "meeting_maps"
    __table_args__ = (Index(None, "map_id"),)

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    map_id: Mapped[int] = mapped_column(ForeignKey("maps.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
