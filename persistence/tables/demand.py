"""The demand log (schema 7): items of a unit's demand and the statuses each went through."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from persistence.tables.base import Base, Versioned
from persistence.tables.people import AUTOINCREMENT


class DemandItemRow(Versioned, Base):
    __tablename__ = "demand_items"
    __table_args__ = (Index(None, "unit_id"), Index(None, "status"), AUTOINCREMENT)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String(32))
    sponsor_id: Mapped[int | None] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="SET NULL")
    )
    value: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: The last step's status and date, kept by the repository so that a pipeline or a
    #: "stalled" query needs no join.
    status: Mapped[str] = mapped_column(String(32))
    status_on: Mapped[date] = mapped_column(Date)
    raised_on: Mapped[date] = mapped_column(Date)


class DemandStepRow(Base):
    """One status an item reached, and when; ``position`` orders an item's steps."""

    __tablename__ = "demand_steps"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("demand_items.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(32))
    on: Mapped[date] = mapped_column(Date)
