"""Shared values for the domain tests."""

from __future__ import annotations

from datetime import UTC, datetime

#: A fixed moment in the past, so that ratings dated around it are never "in the future".
T0 = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
