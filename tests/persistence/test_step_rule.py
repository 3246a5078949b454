"""The SQL reads and the in-memory fake hold a rating history by the domain's one rule.

domain.rules.step_series.StepSeries says which rating holds at a moment: the last at or before
it, and of two entries for the very same moment the later entry (the higher id). The reads the
stores write for speed (window functions, correlated seeks, the current-values table) restate that
rule in SQL, and the fake restates it in Python; each case here is answered by all three.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from domain.model import Dimension, Rating, Stakeholder
from domain.rules.step_series import StepSeries, in_hold_order
from persistence.workspace import Workspace
from tests.fakes import FakeUnitOfWorkFactory

T0 = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)
TRUST = Dimension.TRUST

#: (day, entry id, value), entered in this order: where two share a day, the later entry (the
#: higher id) is sometimes entered first, so that only the id can break the tie.
CASES: dict[str, list[tuple[int, int, float]]] = {
    "steps without ties": [(0, 1, 5), (10, 2, 7), (20, 3, 3)],
    "a tie before the window": [(0, 2, 8), (0, 1, 5), (20, 3, 3)],
    "a tie as the window opens": [(0, 1, 5), (10, 3, 6), (10, 2, 9), (20, 4, 3)],
    "a tie at the first moment inside": [(12, 6, 6), (12, 5, 4), (16, 7, 3)],
    "a tie at the last moment inside": [(0, 1, 5), (25, 9, 2), (25, 8, 1)],
    "a tie as the window closes": [(0, 1, 5), (30, 3, 1), (30, 2, 7)],
    "a tie of three": [(11, 4, 2), (11, 6, 9), (11, 5, 3)],
    "only before the window": [(0, 1, 8)],
    "only after the window": [(40, 1, 5)],
}
WINDOWS = [(10, 30), (12, 25), (0, 40), (11, 11)]


def _fill(uow: Any, entries: list[tuple[int, int, float]]) -> int:
    with uow as w:
        person = w.stakeholders.add(Stakeholder("Ada")).id
        for day, entry, value in entries:
            w.ratings.add(Rating(person, TRUST, value, T0 + day * DAY, recorded_at=T0, id=entry))
        w.commit()
    return int(person)


def _rule(entries: list[tuple[int, int, float]]) -> StepSeries[datetime, float]:
    return in_hold_order((T0 + day * DAY, entry, value) for day, entry, value in entries)


def _probes(entries: list[tuple[int, int, float]]) -> list[datetime]:
    days = {day for day, _entry, _value in entries} | {d for w in WINDOWS for d in w}
    second = timedelta(seconds=1)
    return sorted(
        {T0 + day * DAY + shift for day in days for shift in (-second, 0 * second, second)}
    )


def _stores(workspace: Workspace) -> dict[str, Callable[[], Any]]:
    return {"SQLite": workspace.uow, "fake": FakeUnitOfWorkFactory()}


@pytest.mark.parametrize("case", CASES)
def test_every_store_reads_a_history_by_the_step_rule(workspace: Workspace, case: str) -> None:
    answers = {
        store: read_by_the_rule(uow, CASES[case]) for store, uow in _stores(workspace).items()
    }
    assert answers["SQLite"] == answers["fake"]


def read_by_the_rule(uow: Callable[[], Any], entries: list[tuple[int, int, float]]) -> list[Any]:
    """Fill a store with ``entries``, check each of its reads against the rule, and return what it
    said about each window (so that stores can be compared to the letter)."""
    rule = _rule(entries)
    person = _fill(uow(), entries)
    with uow() as w:
        history = w.ratings.history(person, [TRUST])
        whole = StepSeries((r.at, r.value) for r in history)
        for moment in _probes(entries):
            assert whole.at(moment) == rule.at(moment), moment
        [current] = w.ratings.current([TRUST], [person])
        assert current.value == rule.last()
        points = StepSeries((p.at, p.value) for p in w.ratings.points([TRUST]))
        assert (list(points.times), list(points.values)) == (list(rule.times), list(rule.values))
        return [
            _windowed(w, person, T0 + low * DAY, T0 + high * DAY, rule) for low, high in WINDOWS
        ]


def _windowed(
    w: Any, person: int, since: datetime, until: datetime, rule: StepSeries[datetime, float]
) -> tuple[Any, ...]:
    """What the store says about one window, after checking it against the rule."""
    inside = rule.between(since, until)
    held = rule.at(since)
    [*changes] = w.ratings.window_changes(TRUST, since, until)
    if not inside:
        assert changes == []
    else:
        [change] = changes
        expected_first = None if held is not None else inside[0][1]
        assert (change.before, change.first) == (held, expected_first)
        assert (change.last_at, change.last) == inside[-1]
    # A history read from ``since`` answers every question from then on as the whole one does.
    windowed = w.ratings.histories([person], [TRUST], since).get(person, [])
    steps = StepSeries((r.at, r.value) for r in windowed)
    for moment in (since, *(at for at, _value in inside), until):
        assert steps.at(moment) == rule.at(moment)
    return (tuple(changes), tuple((r.id, r.value) for r in windowed))
