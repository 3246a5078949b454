"""Tables for people and organisations: stakeholders (with tags), organisations and units, and
the maturity assessments of a unit over time."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from persistence.tables.base import Base, UtcDateTime, Versioned

# SQLite's AUTOINCREMENT keeps ids from being reused after a delete, as PostgreSQL's sequences
# do: an id handed out once (and perhaps held by an undo command) never names another row.
AUTOINCREMENT = {"sqlite_autoincrement": True}


class OrganisationRow(Versioned, Base):
    __tablename__ = "organisations"
    __table_args__ = (Index(None, "parent_id"), AUTOINCREMENT)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String(32))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The team member looking after the unit (a login, schema 8).
    owner: Mapped[str | None] = mapped_column(String)


class MaturityAssessmentRow(Base):
    __tablename__ = "maturity_assessments"
    __table_args__ = (Index(None, "organisation_id", "at"), AUTOINCREMENT)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    level: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    assessor: Mapped[str] = mapped_column(String, default="")


class MaturityTargetRow(Base):
    """The level a unit should reach and by when (schema 7): one row per unit at most."""

    __tablename__ = "maturity_targets"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    level: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)


class StakeholderRow(Versioned, Base):
    __tablename__ = "stakeholders"
    __table_args__ = (
        Index(None, "organisation_id"),
        Index(None, "unit_id"),
        Index(None, "owner"),
        AUTOINCREMENT,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    job_title: Mapped[str] = mapped_column(String, default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    relation: Mapped[str] = mapped_column(String, default="business unit")
    email: Mapped[str] = mapped_column(String, default="")
    #: ``email`` stripped and case-folded, kept by the repository: find_by_email compares it
    #: (SQL's lower() folds only ASCII on SQLite, so an expression index would not do).
    email_folded: Mapped[str] = mapped_column(String, default="", index=True)
    phone: Mapped[str] = mapped_column(String, default="")
    #: Further e-mail addresses and phone numbers, one per line (schema 3).
    other_emails: Mapped[str] = mapped_column(Text, default="")
    other_phones: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    communication_preferences: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The team member looking after the relationship (a login, schema 8).
    owner: Mapped[str | None] = mapped_column(String)

    tags: Mapped[list[StakeholderTagRow]] = relationship(
        order_by="StakeholderTagRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )


class StakeholderTagRow(Base):
    """One tag of one person; ``position`` keeps the order the person's tags were given in."""

    __tablename__ = "stakeholder_tags"
    __table_args__ = (Index(None, "tag"),)

    stakeholder_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class StakeholderPhotoRow(Base):
    """A person's photo (schema 3), apart from their row so that lists never load the bytes."""

    __tablename__ = "stakeholder_photos"

    stakeholder_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), primary_key=True
    )
    mime: Mapped[str] = mapped_column(String(32))
    data: Mapped[bytes] = mapped_column(LargeBinary)
