"""What a rating must satisfy before it is stored."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.errors import ValidationError
from domain.model import Dimension, Rating
from domain.usecases.ratings import check
from tests.domain.support import T0

NOW = T0 + timedelta(days=30)


@pytest.mark.parametrize(
    ("dimension", "value", "map_id"),
    [
        (Dimension.TRUST, -0.1, None),
        (Dimension.TRUST, 10.5, None),
        (Dimension.POWER, 11, 1),
        (Dimension.SUPPORT, 5, 1),
        (Dimension.DESIRED_SUPPORT, -1, 1),
    ],
)
def test_values_outside_the_scale_are_refused(
    dimension: Dimension, value: float, map_id: int | None
) -> None:
    with pytest.raises(ValidationError) as refused:
        check(Rating(1, dimension, value, T0, map_id=map_id), now=NOW)
    assert refused.value.field == "value"


@pytest.mark.parametrize(
    ("dimension", "value"),
    [(Dimension.TRUST, 0), (Dimension.TRUST, 10), (Dimension.SUPPORT, 0), (Dimension.SUPPORT, 4)],
)
def test_scale_ends_are_accepted(dimension: Dimension, value: float) -> None:
    map_id = 1 if dimension.per_map else None
    assert check(Rating(1, dimension, value, T0, map_id=map_id), now=NOW).value == value


def test_a_map_dimension_needs_a_map() -> None:
    with pytest.raises(ValidationError) as refused:
        check(Rating(1, Dimension.INTEREST, 5, T0), now=NOW)
    assert refused.value.field == "map"


@pytest.mark.parametrize("dimension", [Dimension.TRUST, Dimension.INFLUENCE])
def test_a_per_person_dimension_refuses_a_map(dimension: Dimension) -> None:
    with pytest.raises(ValidationError, match="per person"):
        check(Rating(1, dimension, 5, T0, map_id=3), now=NOW)


def test_a_future_dated_rating_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        check(Rating(1, Dimension.TRUST, 5, NOW + timedelta(hours=1)), now=NOW)
    assert refused.value.field == "at"


def test_two_minutes_ahead_is_taken_as_now() -> None:
    ahead = NOW + timedelta(minutes=2)
    assert check(Rating(1, Dimension.TRUST, 5, ahead), now=NOW).at == ahead


def test_check_makes_times_aware_utc_and_stamps_the_entry() -> None:
    checked = check(Rating(1, "trust", 5, T0.replace(tzinfo=None)), now=NOW)  # type: ignore[arg-type]
    assert checked.dimension is Dimension.TRUST
    assert checked.at == T0
    assert checked.recorded_at == NOW


def test_check_keeps_an_existing_entry_stamp() -> None:
    stamped = T0 + timedelta(days=1)
    assert check(Rating(1, Dimension.TRUST, 5, T0, recorded_at=stamped), now=NOW).recorded_at == (
        stamped
    )
