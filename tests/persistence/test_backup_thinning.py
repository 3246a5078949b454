"""The thinning rule on fixed dates: which automatic backups are kept (no files, no real clock)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from persistence.workspace.backup_thinning import RetentionPolicy, backups_to_keep

NOW = datetime(2026, 6, 17, 15, 0, tzinfo=UTC)  # a Wednesday


@dataclass(frozen=True)
class Taken:
    taken_at: datetime
    size: int = 100


def ago(**delta: float) -> Taken:
    return Taken(NOW - timedelta(**delta))


def kept_ages(backups: list[Taken], **policy: object) -> list[timedelta]:
    kept = backups_to_keep(backups, NOW, RetentionPolicy(**policy))  # type: ignore[arg-type]
    return [NOW - b.taken_at for b in kept]


def test_nothing_to_keep_from_nothing() -> None:
    assert backups_to_keep([], NOW) == []


def test_every_backup_of_the_last_day_is_kept_up_to_ten_newest() -> None:
    hourly = [ago(hours=h, minutes=30) for h in range(17)]  # 00:30 … 16:30 ago
    kept = kept_ages(hourly)
    assert kept[:10] == [timedelta(hours=h, minutes=30) for h in range(10)]
    # Beyond the ten, only the newest of each calendar day stays: 15:30 ago is yesterday 23:30.
    assert kept[10:] == [timedelta(hours=15, minutes=30)]


def test_one_a_day_for_a_week_the_newest_of_each_day() -> None:
    backups = [ago(days=d, hours=h) for d in range(1, 10) for h in (1, 5)]
    kept = backups_to_keep(backups, NOW)
    days = [b.taken_at.date() for b in kept]
    assert len(days) == len(set(days))  # one per day
    for backup in kept:
        same_day = [b for b in backups if b.taken_at.date() == backup.taken_at.date()]
        assert backup.taken_at == max(b.taken_at for b in same_day)  # the newest of its day
    # Every day of the last week has its backup.
    week = {(NOW - timedelta(days=d)).date() for d in range(1, 7)}
    assert week <= set(days)


def test_one_a_week_for_four_weeks_then_one_a_month_for_a_year() -> None:
    daily_for_two_years = [ago(days=d) for d in range(1, 730)]
    kept = backups_to_keep(daily_for_two_years, NOW)
    ages = [(NOW - b.taken_at).days for b in kept]
    assert ages[:6] == [1, 2, 3, 4, 5, 6]  # the daily ones
    weeks = {b.taken_at.isocalendar()[:2] for b in kept if (NOW - b.taken_at).days < 28}
    assert len(weeks) == 5  # this week and the four before it (the 28 days touch five weeks)
    older = [b for b in kept if (NOW - b.taken_at).days >= 28]
    months = [(b.taken_at.year, b.taken_at.month) for b in older]
    assert len(months) == len(set(months))  # at most one a month
    assert max(ages) < 366  # nothing older than a year…
    assert len(kept) <= 6 + 5 + 13


def test_the_newest_backup_is_kept_however_old() -> None:
    two_years = [ago(days=800), ago(days=900)]
    assert kept_ages(two_years) == [timedelta(days=800)]


def test_days_are_calendar_days_in_the_time_zone_of_now() -> None:
    # 23:30 and 00:30 local time in UTC+2 are two days, though 60 minutes apart.
    plus_two = timezone(timedelta(hours=2))
    now = datetime(2026, 6, 20, 12, 0, tzinfo=plus_two)
    late = Taken(datetime(2026, 6, 16, 23, 30, tzinfo=plus_two))
    early = Taken(datetime(2026, 6, 17, 0, 30, tzinfo=plus_two))
    newer = Taken(datetime(2026, 6, 19, 9, 0, tzinfo=plus_two))
    kept = backups_to_keep([late, early, newer], now)
    assert kept == [newer, early, late]


def test_the_disk_budget_drops_the_oldest_first_but_never_the_newest() -> None:
    backups = [Taken(NOW - timedelta(hours=h), size=400) for h in range(5)]
    kept = backups_to_keep(backups, NOW, RetentionPolicy(budget_bytes=1000))
    assert [NOW - b.taken_at for b in kept] == [timedelta(0), timedelta(hours=1)]
    huge = [Taken(NOW, size=5000), Taken(NOW - timedelta(hours=1), size=10)]
    assert backups_to_keep(huge, NOW, RetentionPolicy(budget_bytes=1000)) == [huge[0]]


def test_a_month_back_from_the_31st() -> None:
    # 12 months before 31 May is 31 May a year earlier; 3 months before is 28 (29) February.
    now = datetime(2026, 5, 31, 12, tzinfo=UTC)
    feb = Taken(datetime(2026, 2, 28, 13, tzinfo=UTC))
    assert backups_to_keep([Taken(now), feb], now, RetentionPolicy(monthly_months=3)) == [
        Taken(now),
        feb,
    ]


@given(
    st.lists(st.integers(min_value=0, max_value=3 * 365 * 24 * 60), max_size=60),
    st.integers(min_value=1, max_value=10_000),
)
def test_thinning_keeps_a_newest_first_stable_subset(minutes: list[int], budget: int) -> None:
    backups = [Taken(NOW - timedelta(minutes=m), size=37) for m in minutes]
    kept = backups_to_keep(backups, NOW, RetentionPolicy(budget_bytes=budget))
    assert all(b in backups for b in kept)
    assert [b.taken_at for b in kept] == sorted((b.taken_at for b in kept), reverse=True)
    if backups:
        assert kept[0].taken_at == max(b.taken_at for b in backups)
        assert sum(b.size for b in kept) <= max(budget, 37)
    # Thinning what was kept keeps it all: nothing is deleted on the next run at the same time.
    assert backups_to_keep(kept, NOW, RetentionPolicy(budget_bytes=budget)) == kept
