"""Small behaviours of the entities themselves."""

from __future__ import annotations

from datetime import date, timedelta, timezone

import pytest

from domain.clock import as_utc
from domain.model import Attitude, Commitment, CommitmentDirection, Dimension, Sentiment
from tests.domain.support import T0


def test_only_trust_and_influence_are_rated_per_person() -> None:
    assert {d for d in Dimension if not d.per_map} == {Dimension.TRUST, Dimension.INFLUENCE}


def test_support_uses_the_attitude_scale_and_the_rest_zero_to_ten() -> None:
    assert Dimension.SUPPORT.scale == Dimension.DESIRED_SUPPORT.scale == (0.0, 4.0)
    assert Dimension.POWER.scale == Dimension.TRUST.scale == (0.0, 10.0)


@pytest.mark.parametrize(
    ("value", "attitude"),
    [
        (-3, Attitude.BLOCKER),
        (0.4, Attitude.BLOCKER),
        (2.6, Attitude.SUPPORTER),
        (9, Attitude.CHAMPION),
    ],
)
def test_attitude_from_value_rounds_and_clamps(value: float, attitude: Attitude) -> None:
    assert Attitude.from_value(value) is attitude


def test_labels_read_as_words() -> None:
    assert Attitude.CHAMPION.label == "champion"
    assert Sentiment.VERY_NEGATIVE.label == "very negative"


def test_a_done_commitment_is_never_overdue() -> None:
    late = Commitment(1, CommitmentDirection.THEIRS, "Sign the DPA", due_on=date(2025, 1, 1))
    assert late.is_overdue(date(2025, 1, 2))
    late.done_at = T0
    assert not late.is_open and not late.is_overdue(date(2025, 1, 2))


def test_as_utc_converts_other_zones_and_reads_naive_as_utc() -> None:
    paris = T0.astimezone(timezone(timedelta(hours=1)))
    assert as_utc(paris) == T0 and as_utc(paris).utcoffset() == timedelta(0)
    assert as_utc(T0.replace(tzinfo=None)) == T0
