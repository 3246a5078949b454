"""The declarative base, constraint naming and the column type for aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, Integer, MetaData, String, literal_column
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from domain.clock import utc_now

# Named constraints: Alembic (and SQLite's batch mode in particular) can only alter or drop a
# constraint it can name, and the names come out the same on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in Python, naive UTC in the database.

    Naive UTC sorts and compares the same on every backend (SQLite keeps datetimes as text) and
    no server time zone setting can shift it. A naive value handed in is taken to be UTC already,
    as ``domain.clock.as_utc`` does.
    """

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        """On SQLite, text straight to an aware UTC datetime in one C call.

        The generic path (parse to naive, then ``replace(tzinfo=UTC)`` through two Python-level
        calls) costs about 1.5 µs a value, which is tens of milliseconds on the big lists the
        attention view reads; this costs about 0.3 µs and gives the same value.
        """
        if dialect.name == "sqlite":
            return _utc_from_sqlite_text
        return super().result_processor(dialect, coltype)


def _utc_from_sqlite_text(value: str | None) -> datetime | None:
    # SQLAlchemy stores SQLite datetimes as "YYYY-MM-DD HH:MM:SS.ffffff" (naive UTC here).
    if value is None:
        return None
    return datetime.fromisoformat(value + "+00:00")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


#: Where a connection keeps the author of the changes made through it (``Connection.info``):
#: the computer's user on a workspace file, the login on a server (persistence/authorship.py).
AUTHOR_KEY = "rapport.author"


def author_of_change(context: Any) -> str | None:
    """The author column's default: the author of the connection the change goes through."""
    author = context.connection.info.get(AUTHOR_KEY)
    return author or None


def _now(_context: Any) -> datetime:
    return utc_now()


class Versioned:
    """Who last changed a row, when, and its version (schema 9).

    Filled on every INSERT and UPDATE that does not set them itself, by the ORM and by Core
    statements alike: the author from the connection (on PostgreSQL a trigger then insists on
    ``current_user``, so a member cannot write another's name), the time from the clock, and the
    version one more than before. NULL author or time: changed before Rapport kept them.
    """

    changed_by: Mapped[str | None] = mapped_column(
        String, default=author_of_change, onupdate=author_of_change
    )
    changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=_now, onupdate=_now)
    version: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1", onupdate=literal_column("version") + 1
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # The ORM's UPDATE names the version it loaded (WHERE version = ...) and sets the next:
        # a row changed meanwhile by another connection is not overwritten (StaleDataError).
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
