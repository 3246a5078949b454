"""Tables for stakeholder maps, who is on them, and ratings: the append-only history and the
``current_ratings`` table that keeps the latest value of every key at hand."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from persistence.tables.base import Base, UtcDateTime, Versioned, author_of_change
from persistence.tables.people import AUTOINCREMENT

#: The dimensions rated per person rather than per map (``Dimension.per_map`` is False).
PER_PERSON_DIMENSIONS = ("trust", "influence")
_PER_PERSON_SQL = ", ".join(f"'{d}'" for d in PER_PERSON_DIMENSIONS)


class MapRow(Versioned, Base):
    __tablename__ = "maps"
    # Map ids are positive: current_ratings uses 0 as the map key of per-person dimensions.
    __table_args__ = (CheckConstraint("id > 0", name="positive_id"), AUTOINCREMENT)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    purpose: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)


class MapMembershipRow(Base):
    __tablename__ = "map_memberships"
    __table_args__ = (Index(None, "stakeholder_id"),)

    map_id: Mapped[int] = mapped_column(ForeignKey("maps.id", ondelete="CASCADE"), primary_key=True)
    stakeholder_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), primary_key=True
    )
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)


class RatingRow(Base):
    """One dated assessment. Rows are only ever added or removed, never changed."""

    __tablename__ = "ratings"
    __table_args__ = (
        CheckConstraint(
            f"(dimension IN ({_PER_PERSON_SQL})) = (map_id IS NULL)", name="map_matches_dimension"
        ),
        # The latest rating of one person in one dimension (and map): an index range scan read
        # backwards, however long the history.
        Index("ix_ratings_person_dimension_map_at", "stakeholder_id", "dimension", "map_id", "at"),
        # A map's ratings as of a date: every rating of the map's dimensions up to that date.
        Index("ix_ratings_map_dimension_at", "map_id", "dimension", "at"),
        AUTOINCREMENT,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stakeholder_id: Mapped[int] = mapped_column(ForeignKey("stakeholders.id", ondelete="CASCADE"))
    dimension: Mapped[str] = mapped_column(String(32))
    map_id: Mapped[int | None] = mapped_column(ForeignKey("maps.id", ondelete="CASCADE"))
    value: Mapped[float] = mapped_column(Float)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    #: Who entered it (schema 9; NULL before): filled as Versioned.changed_by is.
    recorded_by: Mapped[str | None] = mapped_column(String, default=author_of_change)


class CurrentRatingRow(Base):
    """The latest rating per (person, dimension, map), kept up to date by the rating repository.

    ``map_key`` is ``map_id`` or 0 for per-person dimensions: a primary key column cannot be NULL
    on PostgreSQL, and SQLite would treat NULLs in a unique key as all different. ``map_id``
    stays alongside so that deleting a map cascades here too.
    """

    __tablename__ = "current_ratings"
    __table_args__ = (
        CheckConstraint("map_key = COALESCE(map_id, 0)", name="map_key_matches_map"),
        Index(None, "map_id", "dimension"),
        Index(None, "dimension"),
        Index(None, "rating_id"),
    )

    stakeholder_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), primary_key=True
    )
    dimension: Mapped[str] = mapped_column(String(32), primary_key=True)
    map_key: Mapped[int] = mapped_column(Integer, primary_key=True)
    map_id: Mapped[int | None] = mapped_column(ForeignKey("maps.id", ondelete="CASCADE"))
    value: Mapped[float] = mapped_column(Float)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    rating_id: Mapped[int] = mapped_column(ForeignKey("ratings.id", ondelete="CASCADE"))
