"""Tables for what happens between people: interactions (with participants), commitments and
influence links."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from persistence.tables.base import Base, UtcDateTime, Versioned
from persistence.tables.people import AUTOINCREMENT


class InteractionRow(Versioned, Base):
    __tablename__ = "interactions"
    __table_args__ = (Index(None, "happened_at"), AUTOINCREMENT)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # ``when`` in the domain; a reserved word in SQL.
    happened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String(32))
    summary: Mapped[str] = mapped_column(Text, default="")
    sentiment: Mapped[int] = mapped_column(Integer, default=0)
    # When it was entered; NULL for interactions from before schema 4 (not known).
    recorded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    participants: Mapped[list[InteractionParticipantRow]] = relationship(
        order_by="InteractionParticipantRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )


class InteractionParticipantRow(Base):
    __tablename__ = "interaction_participants"
    __table_args__ = (Index(None, "stakeholder_id", "interaction_id"),)

    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE"), primary_key=True
    )
    stakeholder_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class CommitmentRow(Versioned, Base):
    __tablename__ = "commitments"
    __table_args__ = (Index(None, "stakeholder_id"), Index(None, "interaction_id"), AUTOINCREMENT)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stakeholder_id: Mapped[int] = mapped_column(ForeignKey("stakeholders.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL")
    )


class InfluenceLinkRow(Versioned, Base):
    __tablename__ = "influence_links"
    __table_args__ = (
        CheckConstraint("source_id <> target_id", name="not_self"),
        Index(None, "source_id"),
        Index(None, "target_id"),
        AUTOINCREMENT,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("stakeholders.id", ondelete="CASCADE"))
    target_id: Mapped[int] = mapped_column(ForeignKey("stakeholders.id", ondelete="CASCADE"))
    strength: Mapped[int] = mapped_column(Integer, default=3)
    note: Mapped[str] = mapped_column(Text, default="")
