"""The "needs attention" list on a big workspace, against the same query in plain SQL.

Workspace (built once per run, untimed): 10,000 people, 1,000,000 ratings over five years (trust,
influence, and power/interest/attitude on three maps), 20,000 interactions, 10,000 commitments.

    attention.list      attention_list(uow) through the use case and the SQLAlchemy repositories
    baseline            the same four sections computed by hand-written SQL on a raw sqlite3
                        connection to the same file, each row with what the view shows (names,
                        notes, maps, commitment details), fetched into Python

Both must list the same people in the same order in every section, or the figure reads
"unavailable".

Target: ≤ 500 ms and within 1.5× the baseline.
"""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from _registry import Context, Measurement, benchmark

PEOPLE = 10_000
RATINGS = 1_000_000
MAPS = 3
INTERACTIONS = 20_000
COMMITMENTS = 10_000
YEARS = 5
#: "Now" for the benchmark: fixed, so every run asks the same question.
NOW = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
TODAY = NOW.date()


def build_workspace(path: Path, *, people_count: int = PEOPLE, ratings: int = RATINGS) -> Path:
    """The big workspace, through persistence (bulk insert for ratings); smaller if asked
    (bench/team.py --quick)."""
    from domain.model import (
        Commitment,
        CommitmentDirection,
        Dimension,
        Interaction,
        InteractionKind,
        MapMembership,
        Rating,
        Sentiment,
        Stakeholder,
        StakeholderMap,
    )
    from persistence.workspace import create_workspace

    rng = random.Random(4)
    start = NOW - timedelta(days=365 * YEARS)
    span = (NOW - start).total_seconds()
    workspace = create_workspace(path)
    with workspace.uow() as uow:
        maps = [uow.maps.add(StakeholderMap(f"Initiative {n + 1}")).id for n in range(MAPS)]
        people = [
            uow.stakeholders.add(Stakeholder(f"Person {n:05d}")).id for n in range(people_count)
        ]
        for person in people:
            assert person is not None
            uow.maps.add_member(MapMembership(rng.choice(maps), person, start))  # type: ignore[arg-type]
        uow.commit()
    with workspace.uow() as uow:
        for n in range(INTERACTIONS):
            when = start + timedelta(seconds=rng.random() * span)
            uow.interactions.add(
                Interaction(
                    when,
                    rng.choice(list(InteractionKind)),
                    f"Conversation {n}",
                    Sentiment(rng.randint(-2, 2)),
                    [rng.choice(people)],  # type: ignore[list-item]
                )
            )
        for n in range(COMMITMENTS):
            due = TODAY + timedelta(days=rng.randint(-120, 60))
            uow.commitments.add(
                Commitment(
                    rng.choice(people),  # type: ignore[arg-type]
                    rng.choice(list(CommitmentDirection)),
                    f"Promise {n}",
                    due_on=due,
                    done_at=NOW if rng.random() < 0.5 else None,
                    created_at=start,
                )
            )
        uow.commit()
    with workspace.uow() as uow:
        membership = {}
        for map_id in maps:
            for member in uow.maps.members(map_id):  # type: ignore[arg-type]
                membership[member.stakeholder_id] = map_id

        def rating_rows() -> Any:
            per_person = ratings // people_count
            mix = (
                [Dimension.TRUST] * 40
                + [Dimension.INFLUENCE] * 30
                + [Dimension.POWER] * 8
                + [Dimension.INTEREST] * 8
                + [Dimension.SUPPORT] * 7
                + [Dimension.DESIRED_SUPPORT] * 7
            )
            for person in people:
                assert person is not None
                for dimension in mix[:per_person]:
                    low, high = dimension.scale
                    yield Rating(
                        person,
                        dimension,
                        round(low + rng.random() * (high - low)),
                        start + timedelta(seconds=rng.random() * span),
                        map_id=membership[person] if dimension.per_map else None,
                        note="",
                        recorded_at=NOW,
                    )

        uow.ratings.add_many(rating_rows())  # type: ignore[attr-defined]
        uow.commit()
    workspace.close()
    return path


def _open(path: Path) -> Any:
    """The workspace opened as the app has it: once the first workspace is open the app tunes
    the garbage collector (ui.gc_tuning: start-up objects frozen, rarer young collections)."""
    from persistence.workspace import open_workspace
    from ui.gc_tuning import tune_collector

    workspace = open_workspace(path, lock=False)
    tune_collector()
    return workspace


def run_use_case(workspace: Any) -> Found:
    from domain.rules.attention import AttentionSettings
    from domain.usecases.attention import attention_list

    report = attention_list(workspace.uow(), AttentionSettings(), now=NOW, today=TODAY)
    sections = (
        report.trust_falls,
        report.overdue_contacts,
        report.overdue_commitments,
        report.attitude_gaps,
    )
    return tuple([row.stakeholder_id for row in rows] for rows in sections)  # type: ignore[return-value]


def _ts(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


SQL_TRUST = """
WITH inside AS (
    SELECT stakeholder_id, value, at,
           ROW_NUMBER() OVER (PARTITION BY stakeholder_id ORDER BY at DESC, id DESC) AS rank
    FROM ratings
    WHERE map_id IS NULL AND dimension = 'trust' AND at > :start AND at <= :now
), ends AS (
    SELECT stakeholder_id, value AS last, at AS last_at,
           (SELECT b.value FROM ratings b
            WHERE b.stakeholder_id = inside.stakeholder_id AND b.dimension = 'trust'
              AND b.map_id IS NULL AND b.at <= :start
            ORDER BY b.at DESC, b.id DESC LIMIT 1) AS before
    FROM inside WHERE rank = 1
), moved AS (
    SELECT stakeholder_id, last, last_at,
           COALESCE(before, (SELECT f.value FROM ratings f
                             WHERE f.stakeholder_id = ends.stakeholder_id AND f.dimension = 'trust'
                               AND f.map_id IS NULL AND f.at > :start AND f.at <= :now
                             ORDER BY f.at, f.id DESC LIMIT 1)) AS start_value
    FROM ends
)
SELECT m.stakeholder_id, s.name, m.start_value, m.last, m.last_at,
       (SELECT n.note FROM ratings n
        WHERE n.stakeholder_id = m.stakeholder_id AND n.dimension = 'trust' AND n.map_id IS NULL
          AND n.at > :start AND n.at <= :now AND n.note != ''
        ORDER BY n.at DESC, n.id DESC LIMIT 1) AS note
FROM moved m JOIN stakeholders s ON s.id = m.stakeholder_id AND s.archived = 0
WHERE m.start_value - m.last > :fall
ORDER BY m.last - m.start_value, s.name
"""

SQL_CONTACT = """
WITH placed AS (
    SELECT m.stakeholder_id, m.map_id, m.added_at,
           CASE WHEN p.value >= 5 AND i.value >= 5 THEN 7
                WHEN p.value >= 5 THEN 14
                WHEN i.value >= 5 THEN 30 ELSE 90 END AS cadence
    FROM map_memberships m
    JOIN current_ratings p ON p.stakeholder_id = m.stakeholder_id AND p.map_key = m.map_id
                          AND p.dimension = 'power'
    JOIN current_ratings i ON i.stakeholder_id = m.stakeholder_id AND i.map_key = m.map_id
                          AND i.dimension = 'interest'
), person AS (
    SELECT stakeholder_id, MIN(cadence) AS cadence, MIN(added_at) AS joined
    FROM placed GROUP BY stakeholder_id
), on_maps AS (
    SELECT p.stakeholder_id, group_concat(mp.name, ', ') AS maps
    FROM person p
    JOIN placed q ON q.stakeholder_id = p.stakeholder_id AND q.cadence = p.cadence
    JOIN maps mp ON mp.id = q.map_id
    GROUP BY p.stakeholder_id
), contact AS (
    SELECT ip.stakeholder_id, MAX(x.happened_at) AS last_contact
    FROM interaction_participants ip JOIN interactions x ON x.id = ip.interaction_id
    WHERE x.happened_at <= :now GROUP BY ip.stakeholder_id
)
SELECT p.stakeholder_id, s.name, p.cadence, o.maps, c.last_contact,
       julianday(:now) - julianday(COALESCE(c.last_contact, p.joined)) - p.cadence AS late
FROM person p JOIN stakeholders s ON s.id = p.stakeholder_id AND s.archived = 0
JOIN on_maps o ON o.stakeholder_id = p.stakeholder_id
LEFT JOIN contact c ON c.stakeholder_id = p.stakeholder_id
WHERE late > 0
ORDER BY p.cadence, late DESC, s.name
"""

SQL_COMMITMENTS = """
SELECT c.stakeholder_id, s.name, c.id, c.direction, c.description, c.due_on, c.created_at,
       c.interaction_id, julianday(:today) - julianday(c.due_on) AS days
FROM commitments c JOIN stakeholders s ON s.id = c.stakeholder_id AND s.archived = 0
WHERE c.done_at IS NULL AND c.due_on < :today
ORDER BY days DESC, s.name, c.due_on, c.id
"""

SQL_GAPS = """
SELECT m.stakeholder_id, s.name, m.map_id, mp.name, now_.value, want.value,
       want.value - now_.value AS gap
FROM map_memberships m
JOIN stakeholders s ON s.id = m.stakeholder_id AND s.archived = 0
JOIN maps mp ON mp.id = m.map_id
JOIN current_ratings now_ ON now_.stakeholder_id = m.stakeholder_id AND now_.map_key = m.map_id
                          AND now_.dimension = 'support'
JOIN current_ratings want ON want.stakeholder_id = m.stakeholder_id AND want.map_key = m.map_id
                          AND want.dimension = 'desired support'
WHERE want.value - now_.value >= 1
ORDER BY gap DESC, s.name, mp.name
"""

#: Who each section lists, in order: what both sides must agree on.
Found = tuple[list[int], list[int], list[int], list[int]]


def run_sql(path: Path) -> Found:
    """The four sections by hand-written SQL, each row with what the view shows, fetched."""
    connection = sqlite3.connect(path)
    try:
        params = {
            "now": _ts(NOW),
            "start": _ts(NOW - timedelta(days=30)),
            "fall": 1.0,
            "today": TODAY.isoformat(),
        }
        trust = connection.execute(SQL_TRUST, params).fetchall()
        contact = connection.execute(SQL_CONTACT, params).fetchall()
        commitments = connection.execute(SQL_COMMITMENTS, params).fetchall()
        gaps = connection.execute(SQL_GAPS, params).fetchall()
    finally:
        connection.close()
    return tuple([row[0] for row in rows] for rows in (trust, contact, commitments, gaps))  # type: ignore[return-value]


@benchmark("attention.list")
def attention(ctx: Context) -> dict[str, Measurement]:
    path = ctx.once("attention.workspace", lambda: build_workspace(ctx.workdir / "big.rapport"))
    workspace = ctx.once("attention.open", lambda: _open(path))
    started = time.perf_counter()
    ours = run_use_case(workspace)
    ours_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    theirs = run_sql(path)
    baseline_ms = (time.perf_counter() - started) * 1000
    if ours != theirs:
        counts = [len(rows) for rows in ours], [len(rows) for rows in theirs]
        return {
            "attention.list": Measurement(
                None, "ms", baseline_ms, f"use case listed {counts[0]}, SQL listed {counts[1]}"
            )
        }
    return {"attention.list": Measurement(ours_ms, "ms", baseline_ms)}


if __name__ == "__main__":  # build the workspace alone, to look at it
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/big.rapport")
    begun = time.perf_counter()
    build_workspace(target)
    print(f"built {target} in {time.perf_counter() - begun:.1f} s", date.today())
