"""Relationship-health grades for everyone on a big workspace, against the same facts read by
hand-written SQL.

Workspace: the attention benchmark's (10,000 people, 1,000,000 ratings over five years, 20,000
interactions, 10,000 commitments; built once per run, untimed), plus 5,000 concerns.

    health.grades   health_board(uow): every person's facts (attitude gap, contact against the
                    cadence of their most demanding quadrant, overdue commitments, open and
                    overdue concerns, the trust trend over 90 days) through the use case and
                    the SQLAlchemy repositories, graded, and every business unit's mean
    baseline        the same facts by hand-written SQL on a raw sqlite3 connection to the same
                    file, fetched into Python and graded by the same rule

Both must give every person the same grade and score (to 0.01), or the figure reads
"unavailable". Target: ≤ 500 ms.
"""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from _registry import Context, Measurement, benchmark
from attention import NOW, TODAY, _open, _ts, build_workspace

CONCERNS = 5_000
TRUST_WINDOW = 90


def add_concerns(path: Path) -> Path:
    """5,000 concerns on the big workspace: a third closed, some open ones past their target."""
    from domain.model import Concern, ConcernKind, ConcernSeverity, ConcernStatus
    from persistence.workspace import open_workspace

    rng = random.Random(19)
    with open_workspace(path, lock=False) as workspace, workspace.uow() as uow:
        people = sorted(uow.stakeholders.names())
        if uow.concerns.list(open_only=False):
            return path
        for n in range(CONCERNS):
            raised = TODAY - timedelta(days=rng.randint(1, 400))
            closed = rng.random() < 0.33
            uow.concerns.add(
                Concern(
                    rng.choice(people),
                    f"Concern {n}",
                    raised,
                    rng.choice(list(ConcernKind)),
                    rng.choice(list(ConcernSeverity)),
                    target_on=raised + timedelta(days=rng.randint(5, 120)),
                    status=ConcernStatus.RESOLVED if closed else ConcernStatus.OPEN,
                    closed_on=TODAY if closed else None,
                )
            )
        uow.commit()
    return path


def run_use_case(workspace: Any) -> dict[int, tuple[str, float]]:
    from domain.rules.attention import AttentionSettings
    from domain.rules.relationship_health import HealthGrading
    from domain.usecases.health import health_board

    board = health_board(workspace.uow(), AttentionSettings(), HealthGrading(), NOW, TODAY)
    return {p: (h.health.grade.value, round(h.health.score, 2)) for p, h in board.people.items()}


SQL_PLACES = """
SELECT m.stakeholder_id, m.added_at,
       p.value AS power, i.value AS interest, s.value AS support, d.value AS desired
FROM map_memberships m
JOIN stakeholders st ON st.id = m.stakeholder_id AND st.archived = 0
LEFT JOIN current_ratings p ON p.stakeholder_id = m.stakeholder_id AND p.map_key = m.map_id
                           AND p.dimension = 'power'
LEFT JOIN current_ratings i ON i.stakeholder_id = m.stakeholder_id AND i.map_key = m.map_id
                           AND i.dimension = 'interest'
LEFT JOIN current_ratings s ON s.stakeholder_id = m.stakeholder_id AND s.map_key = m.map_id
                           AND s.dimension = 'support'
LEFT JOIN current_ratings d ON d.stakeholder_id = m.stakeholder_id AND d.map_key = m.map_id
                           AND d.dimension = 'desired support'
"""
SQL_CONTACT = """
SELECT ip.stakeholder_id, MAX(x.happened_at)
FROM interaction_participants ip JOIN interactions x ON x.id = ip.interaction_id
WHERE x.happened_at <= :now GROUP BY ip.stakeholder_id
"""
SQL_COMMITMENTS = """
SELECT stakeholder_id, COUNT(*) FROM commitments
WHERE done_at IS NULL AND due_on < :today GROUP BY stakeholder_id
"""
SQL_CONCERNS = """
SELECT stakeholder_id, COUNT(*), SUM(target_on < :today) FROM concerns
WHERE status = 'open' GROUP BY stakeholder_id
"""
SQL_TRUST = """
WITH ranked AS (
    SELECT stakeholder_id, value,
           ROW_NUMBER() OVER (PARTITION BY stakeholder_id ORDER BY at DESC, id DESC) AS last_rank,
           ROW_NUMBER() OVER (PARTITION BY stakeholder_id ORDER BY at, id DESC) AS first_rank
    FROM ratings
    WHERE map_id IS NULL AND dimension = 'trust' AND at > :start AND at <= :now
), ends AS (
    SELECT stakeholder_id,
           MAX(CASE WHEN last_rank = 1 THEN value END) AS last,
           MAX(CASE WHEN first_rank = 1 THEN value END) AS first
    FROM ranked GROUP BY stakeholder_id
)
SELECT e.stakeholder_id, e.last,
       COALESCE((SELECT b.value FROM ratings b
                 WHERE b.stakeholder_id = e.stakeholder_id AND b.dimension = 'trust'
                   AND b.map_id IS NULL AND b.at <= :start
                 ORDER BY b.at DESC, b.id DESC LIMIT 1), e.first)
FROM ends e
"""
# (Only falls count: rises are left out by the caller, as the use case asks the store for falls.)


def run_sql(path: Path) -> dict[int, tuple[str, float]]:
    """The same facts by hand-written SQL, graded by the same rule."""
    from domain.rules.relationship_health import HealthFacts, HealthGrading, score

    grading = HealthGrading()
    now, today = NOW, TODAY
    params = {
        "now": _ts(now),
        "today": today.isoformat(),
        "start": _ts(now - timedelta(days=TRUST_WINDOW)),
    }
    cadences = {(True, True): 7, (True, False): 14, (False, True): 30, (False, False): 90}
    connection = sqlite3.connect(path)
    try:
        people = [row[0] for row in connection.execute(
            "SELECT id FROM stakeholders WHERE archived = 0"
        )]  # fmt: skip
        gap: dict[int, float] = {}
        placed: dict[int, tuple[int, datetime]] = {}
        for person, added, power, interest, support, desired in connection.execute(SQL_PLACES):
            if support is not None and desired is not None:
                gap[person] = max(gap.get(person, float("-inf")), desired - support)
            if power is None or interest is None:
                continue
            cadence = cadences[(power >= 5, interest >= 5)]
            joined = datetime.fromisoformat(added).replace(tzinfo=UTC)
            known = placed.get(person)
            if known is not None:
                cadence, joined = min(known[0], cadence), min(known[1], joined)
            placed[person] = (cadence, joined)
        contact = {
            p: datetime.fromisoformat(at).replace(tzinfo=UTC)
            for p, at in connection.execute(SQL_CONTACT, params)
        }
        commitments = dict(connection.execute(SQL_COMMITMENTS, params).fetchall())
        concerns = {p: (n, late) for p, n, late in connection.execute(SQL_CONCERNS, params)}
        trust = {
            p: last - first
            for p, last, first in connection.execute(SQL_TRUST, params)
            if last - first < -1e-9
        }
    finally:
        connection.close()
    found = {}
    for person in people:
        late_periods = None
        if person in placed:
            days, joined = placed[person]
            since = contact.get(person, joined)
            late = (now - since - timedelta(days=days)) / timedelta(days=days)
            late_periods = max(0.0, late)
        open_count, overdue = concerns.get(person, (0, 0))
        facts = HealthFacts(
            attitude_gap=gap.get(person),
            contact_periods_late=late_periods,
            overdue_commitments=commitments.get(person, 0),
            open_concerns=open_count,
            overdue_concerns=overdue,
            trust_change=trust.get(person),
        )
        result = score(facts, grading)
        found[person] = (result.grade.value, round(result.score, 2))
    return found


@benchmark("health.grades")
def grades(ctx: Context) -> dict[str, Measurement]:
    path = ctx.once("attention.workspace", lambda: build_workspace(ctx.workdir / "big.rapport"))
    ctx.once("health.concerns", lambda: add_concerns(path))
    workspace = ctx.once("attention.open", lambda: _open(path))
    started = time.perf_counter()
    ours = run_use_case(workspace)
    ours_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    theirs = run_sql(path)
    baseline_ms = (time.perf_counter() - started) * 1000
    differ = [p for p in ours if ours[p] != theirs.get(p)]
    if differ or len(ours) != len(theirs):
        sample = differ[:3]
        return {
            "health.grades": Measurement(
                None,
                "ms",
                baseline_ms,
                f"{len(differ)} people graded differently, e.g. "
                + ", ".join(f"{p}: {ours.get(p)} vs {theirs.get(p)}" for p in sample),
            )
        }
    return {"health.grades": Measurement(ours_ms, "ms", baseline_ms)}


if __name__ == "__main__":  # time it once on a workspace built before (bench/attention.py PATH)
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/big.rapport")
    if not target.exists():
        build_workspace(target)
    add_concerns(target)
    opened = _open(target)
    begun = time.perf_counter()
    graded = run_use_case(opened)
    print(f"graded {len(graded)} in {(time.perf_counter() - begun) * 1000:.0f} ms", date.today())
