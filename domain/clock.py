"""Time helpers: the domain stores aware UTC datetimes everywhere."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_today() -> date:
    """Today on the computer's own calendar. The UI asks this rather than Qt's
    QDate.currentDate(), so that the whole app (and a test that moves the clock) reads one
    clock."""
    return datetime.now().astimezone().date()


def as_utc(moment: datetime) -> datetime:
    """Return ``moment`` as an aware UTC datetime; a naive value is taken to be UTC already."""
    if moment.tzinfo is UTC:  # the common case (stores hand out UTC): no new object
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
