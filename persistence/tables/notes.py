"""Notes on people (schema 8). On PostgreSQL the migration adds what the mapping cannot say: the
author defaults to ``current_user`` and row-level security hides others' private notes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from persistence.tables.base import Base, UtcDateTime
from persistence.tables.people import AUTOINCREMENT


class NoteRow(Base):
    __tablename__ = "stakeholder_notes"
    __table_args__ = (Index(None, "stakeholder_id"), AUTOINCREMENT)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stakeholder_id: Mapped[int] = mapped_column(ForeignKey("stakeholders.id", ondelete="CASCADE"))
    #: The writer's login (on PostgreSQL the server fills it in: DEFAULT current_user).
    author: Mapped[str] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
