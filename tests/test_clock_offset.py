"""The clock used by the date-sensitive run of scripts/test: with RAPPORT_CLOCK_OFFSET_DAYS set,
Python's clock (and so Rapport's: domain.clock) really reads that far ahead of the system's, which
Qt still reads; the tests marked date_sensitive then run as if a year had passed (issue 10,
item 8)."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime

from domain.clock import local_today, utc_now

pytestmark = pytest.mark.date_sensitive


def test_the_app_reads_the_moved_clock_and_the_system_clock_is_left_alone() -> None:
    offset = int(os.environ.get("RAPPORT_CLOCK_OFFSET_DAYS", "0") or 0)
    system = datetime.fromtimestamp(QDateTime.currentSecsSinceEpoch(), UTC)  # not moved
    ahead = utc_now() - system
    assert abs(ahead - timedelta(days=offset)) < timedelta(minutes=5)
    assert local_today() == date.today() == datetime.now().date()
