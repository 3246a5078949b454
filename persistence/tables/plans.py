"""Tables for planning ahead: engagement plans with their touchpoints, the communication plan's
standing messages (recipients, and the interactions in which they went out)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from persistence.tables.base import Base, UtcDateTime, Versioned
from persistence.tables.people import AUTOINCREMENT


class EngagementPlanRow(Versioned, Base):
    __tablename__ = "engagement_plans"
    __table_args__ = (Index(None, "stakeholder_id"), AUTOINCREMENT)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stakeholder_id: Mapped[int] = mapped_column(ForeignKey("stakeholders.id", ondelete="CASCADE"))
    map_id: Mapped[int | None] = mapped_column(ForeignKey("maps.id", ondelete="SET NULL"))
    objective: Mapped[str] = mapped_column(Text)
    strategy: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[date] = mapped_column(Date)
    target_attitude: Mapped[int | None] = mapped_column(Integer)
    target_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    touchpoints: Mapped[list[TouchpointRow]] = relationship(
        order_by="[TouchpointRow.on_date, TouchpointRow.id]",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )


class TouchpointRow(Base):
    __tablename__ = "plan_touchpoints"
    __table_args__ = (
        Index(None, "plan_id"),
        Index(None, "on_date"),
        Index(None, "interaction_id"),
        AUTOINCREMENT,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("engagement_plans.id", ondelete="CASCADE"))
    # ``on`` in the domain; a reserved word in SQL.
    on_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(32))
    purpose: Mapped[str] = mapped_column(Text, default="")
    series: Mapped[str] = mapped_column(String(200), default="")
    done_on: Mapped[date | None] = mapped_column(Date)
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL")
    )


class MessageRow(Versioned, Base):
    __tablename__ = "plan_messages"
    __table_args__ = (AUTOINCREMENT,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(32))
    tone: Mapped[str] = mapped_column(String(32))
    frequency: Mapped[str] = mapped_column(String(32))
    starts_on: Mapped[date] = mapped_column(Date)
    owner: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    recipients: Mapped[list[MessageRecipientRow]] = relationship(
        order_by="MessageRecipientRow.stakeholder_id",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )
    sends: Mapped[list[MessageSendRow]] = relationship(
        order_by="MessageSendRow.interaction_id",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )


class MessageRecipientRow(Base):
    __tablename__ = "plan_message_recipients"
    __table_args__ = (Index(None, "stakeholder_id"),)

    message_id: Mapped[int] = mapped_column(
        ForeignKey("plan_messages.id", ondelete="CASCADE"), primary_key=True
    )
    stakeholder_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), primary_key=True
    )
    assigned_at: Mapped[datetime] = mapped_column(UtcDateTime)


class MessageSendRow(Base):
    __tablename__ = "plan_message_sends"
    __table_args__ = (Index(None, "interaction_id"),)

    message_id: Mapped[int] = mapped_column(
        ForeignKey("plan_messages.id", ondelete="CASCADE"), primary_key=True
    )
    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE"), primary_key=True
    )
