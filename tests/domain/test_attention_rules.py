"""The attention rules on their own: cadence, contact due, attitude gap."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.rules.attention import (
    DEFAULT_CADENCE_DAYS,
    Cadence,
    attitude_gap,
    contact_overdue,
    most_demanding,
)
from domain.rules.quadrant import Quadrant
from tests.domain.support import T0

DAY = timedelta(days=1)


def test_default_cadence_is_weekly_fortnightly_monthly_quarterly() -> None:
    cadence = Cadence()
    assert [cadence.for_quadrant(q).days for q in Quadrant] == [7, 14, 30, 90]
    assert DEFAULT_CADENCE_DAYS[Quadrant.MANAGE_CLOSELY] == 7


def test_a_cadence_under_one_day_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one day"):
        Cadence({**DEFAULT_CADENCE_DAYS, Quadrant.MONITOR: 0})


def test_contact_exactly_one_cadence_ago_is_on_time_and_a_minute_later_is_overdue() -> None:
    cadence = Cadence()
    last = T0 - 7 * DAY
    assert contact_overdue(last, Quadrant.MANAGE_CLOSELY, T0, cadence) is None
    due = contact_overdue(last, Quadrant.MANAGE_CLOSELY, T0 + timedelta(minutes=1), cadence)
    assert due is not None
    assert due.overdue_by == timedelta(minutes=1)
    assert due.cadence == 7 * DAY and due.last_contact == last


@pytest.mark.parametrize(
    ("quadrant", "days_since", "overdue"),
    [
        (Quadrant.KEEP_SATISFIED, 14, False),
        (Quadrant.KEEP_SATISFIED, 15, True),
        (Quadrant.KEEP_INFORMED, 30, False),
        (Quadrant.KEEP_INFORMED, 31, True),
        (Quadrant.MONITOR, 90, False),
        (Quadrant.MONITOR, 91, True),
    ],
)
def test_each_quadrant_has_its_own_cadence(
    quadrant: Quadrant, days_since: int, overdue: bool
) -> None:
    due = contact_overdue(T0 - days_since * DAY, quadrant, T0, Cadence())
    assert (due is not None) is overdue


def test_a_configured_cadence_replaces_the_default() -> None:
    cadence = Cadence({**DEFAULT_CADENCE_DAYS, Quadrant.MANAGE_CLOSELY: 3})
    due = contact_overdue(T0 - 4 * DAY, Quadrant.MANAGE_CLOSELY, T0, cadence)
    assert due is not None and due.overdue_by == DAY


def test_someone_never_contacted_is_overdue_a_cadence_after_they_were_placed() -> None:
    cadence = Cadence()
    assert contact_overdue(None, Quadrant.MANAGE_CLOSELY, T0, cadence, T0 - 5 * DAY) is None
    due = contact_overdue(None, Quadrant.MANAGE_CLOSELY, T0, cadence, T0 - 10 * DAY)
    assert due is not None and due.overdue_by == 3 * DAY and due.last_contact is None
    # Without knowing since when, never contacted is overdue now.
    assert contact_overdue(None, Quadrant.MONITOR, T0, cadence) is not None


def test_a_contact_dated_in_the_future_does_not_count() -> None:
    due = contact_overdue(T0 + DAY, Quadrant.MANAGE_CLOSELY, T0, Cadence(), T0 - 30 * DAY)
    assert due is not None and due.last_contact is None


def test_the_most_demanding_quadrant_is_the_one_with_the_shortest_cadence() -> None:
    cadence = Cadence()
    assert most_demanding([], cadence) is None
    assert (
        most_demanding([Quadrant.MONITOR, Quadrant.KEEP_SATISFIED], cadence)
        is Quadrant.KEEP_SATISFIED
    )
    # A user may configure "monitor" tighter than "keep informed".
    tight = Cadence({**DEFAULT_CADENCE_DAYS, Quadrant.MONITOR: 10})
    assert most_demanding([Quadrant.MONITOR, Quadrant.KEEP_INFORMED], tight) is Quadrant.MONITOR


def test_attitude_gap_is_desired_minus_current() -> None:
    assert attitude_gap(1, 4) == 3
    assert attitude_gap(4, 3) == -1
    assert attitude_gap(None, 3) is None
    assert attitude_gap(2, None) is None


def test_stored_settings_are_brought_within_their_limits() -> None:
    from domain.rules.attention import DEFAULT_CADENCE_DAYS, settings_within_limits
    from domain.rules.quadrant import Quadrant

    odd = settings_within_limits(
        trust_fall=12.0,
        trust_window_days=45,
        cadence_days={
            Quadrant.MONITOR: 0,
            Quadrant.MANAGE_CLOSELY: 5000,
            Quadrant.KEEP_INFORMED: 9,
        },
        min_attitude_gap=0.1,
    )
    assert odd.trust_fall == 10.0
    assert odd.trust_window_days == 30
    assert odd.min_attitude_gap == 0.5
    assert odd.cadence.for_quadrant(Quadrant.MONITOR).days == DEFAULT_CADENCE_DAYS[Quadrant.MONITOR]
    assert odd.cadence.for_quadrant(Quadrant.MANAGE_CLOSELY).days == 7
    assert odd.cadence.for_quadrant(Quadrant.KEEP_INFORMED).days == 9
    assert settings_within_limits(-1.0, 90, {}, 9.0).trust_fall == 0.0
    assert settings_within_limits(-1.0, 90, {}, 9.0).min_attitude_gap == 4.0
