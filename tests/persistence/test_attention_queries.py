"""The reads behind the attention list on SQLite, checked against the fake (the ports' spec):
window_changes, placements, names, overdue commitments."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from domain.model import (
    Commitment,
    CommitmentDirection,
    Dimension,
    MapMembership,
    Rating,
    Stakeholder,
    StakeholderMap,
)
from persistence.workspace import Workspace
from tests.fakes import FakeUnitOfWorkFactory

T0 = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)
TODAY = date(2025, 6, 1)


def _fill(uow: Any) -> dict[str, int]:
    with uow as w:
        a, b, c, gone = (
            w.stakeholders.add(Stakeholder(n, archived=n == "Gone")).id
            for n in ("Ada", "Bob", "Cy", "Gone")
        )
        erp = w.maps.add(StakeholderMap("ERP")).id
        crm = w.maps.add(StakeholderMap("CRM")).id
        w.maps.add_member(MapMembership(erp, a, T0))
        w.maps.add_member(MapMembership(erp, b, T0 + DAY))
        w.maps.add_member(MapMembership(crm, a, T0 + 2 * DAY))
        rows = [
            # Ada: held 5, then in the window 7 and 9 at the same moment (9 is later), then 2.
            Rating(a, Dimension.TRUST, 5, T0, recorded_at=T0, id=1),
            Rating(a, Dimension.TRUST, 7, T0 + 20 * DAY, note="good", recorded_at=T0, id=2),
            Rating(a, Dimension.TRUST, 9, T0 + 20 * DAY, recorded_at=T0, id=3),
            Rating(a, Dimension.TRUST, 2, T0 + 25 * DAY, note="budget", recorded_at=T0, id=4),
            Rating(a, Dimension.TRUST, 1, T0 + 40 * DAY, recorded_at=T0, id=5),  # after window
            # Bob: first rated inside the window, 4 then 6 at that same first moment (6 is the
            # later entry, so the value held from then), no notes.
            Rating(b, Dimension.TRUST, 4, T0 + 15 * DAY, recorded_at=T0, id=6),
            Rating(b, Dimension.TRUST, 6, T0 + 15 * DAY, recorded_at=T0, id=17),
            Rating(b, Dimension.TRUST, 3, T0 + 16 * DAY, recorded_at=T0, id=7),
            # Cy: rated before the window only.
            Rating(c, Dimension.TRUST, 8, T0, recorded_at=T0, id=8),
            Rating(a, Dimension.INFLUENCE, 4, T0 + 20 * DAY, recorded_at=T0, id=9),
            # Map values: Ada on ERP (moved), on CRM (power only); Bob on ERP attitude only.
            Rating(a, Dimension.POWER, 8, T0, map_id=erp, recorded_at=T0, id=10),
            Rating(a, Dimension.POWER, 3, T0 + DAY, map_id=erp, recorded_at=T0, id=11),
            Rating(a, Dimension.INTEREST, 6, T0, map_id=erp, recorded_at=T0, id=12),
            Rating(a, Dimension.POWER, 9, T0, map_id=crm, recorded_at=T0, id=13),
            Rating(b, Dimension.SUPPORT, 1, T0, map_id=erp, recorded_at=T0, id=14),
            Rating(b, Dimension.DESIRED_SUPPORT, 4, T0, map_id=erp, recorded_at=T0, id=15),
            # Cy rated on ERP but not a member: not a placement.
            Rating(c, Dimension.POWER, 9, T0, map_id=erp, recorded_at=T0, id=16),
        ]
        for rating in rows:
            w.ratings.add(rating)
        for who, due, done in (
            (a, TODAY - 3 * DAY, None),
            (b, TODAY - 10 * DAY, None),
            (a, TODAY, None),
            (b, None, None),
            (a, TODAY - 30 * DAY, T0),
        ):
            w.commitments.add(
                Commitment(who, CommitmentDirection.OURS, "x", due_on=due, done_at=done)
            )
        w.commit()
    return {"a": a, "b": b, "c": c, "gone": gone, "erp": erp, "crm": crm}


def _read(uow: Any) -> dict[str, Any]:
    with uow as w:
        return {
            "window": w.ratings.window_changes(Dimension.TRUST, T0 + 10 * DAY, T0 + 30 * DAY),
            "empty": w.ratings.window_changes(Dimension.TRUST, T0 + 50 * DAY, T0 + 60 * DAY),
            "fell_2_9": w.ratings.window_changes(
                Dimension.TRUST, T0 + 10 * DAY, T0 + 30 * DAY, fell_by_more_than=2.9
            ),
            "fell_3": w.ratings.window_changes(
                Dimension.TRUST, T0 + 10 * DAY, T0 + 30 * DAY, fell_by_more_than=3.0
            ),
            "placements": list(
                w.maps.placements(
                    [
                        Dimension.POWER,
                        Dimension.INTEREST,
                        Dimension.SUPPORT,
                        Dimension.DESIRED_SUPPORT,
                    ]
                )
            ),
            "names": w.stakeholders.names(),
            "all_names": w.stakeholders.names(include_archived=True),
            "overdue": [(c.stakeholder_id, c.due_on) for c in w.commitments.overdue(TODAY)],
        }


def test_attention_reads_match_the_fake(workspace: Workspace) -> None:
    ids = _fill(workspace.uow())
    real = _read(workspace.uow())
    fake = FakeUnitOfWorkFactory()
    assert _fill(fake()) == ids
    assert real == _read(fake())

    a, b, erp, crm = ids["a"], ids["b"], ids["erp"], ids["crm"]
    window = {c.stakeholder_id: c for c in real["window"]}
    assert set(window) == {a, b}
    ada, bob = window[a], window[b]
    assert (ada.before, ada.first, ada.last, ada.note) == (5, None, 2, "budget")
    assert ada.last_at == T0 + 25 * DAY
    assert (bob.before, bob.first, bob.last, bob.note) == (None, 6, 3, "")
    assert real["empty"] == []
    # Both fell by 3 (Ada from the value held before, Bob from his first inside): "more than 3"
    # keeps neither, and the rows kept are the unfiltered ones.
    assert real["fell_2_9"] == real["window"]
    assert real["fell_3"] == []

    spots = {(p.map_id, p.stakeholder_id): p.values for p in real["placements"]}
    assert spots == {
        (erp, a): {Dimension.POWER: 3, Dimension.INTEREST: 6},
        (erp, b): {Dimension.SUPPORT: 1, Dimension.DESIRED_SUPPORT: 4},
        (crm, a): {Dimension.POWER: 9},
    }
    assert real["names"] == {a: "Ada", b: "Bob", ids["c"]: "Cy"}
    assert real["all_names"][ids["gone"]] == "Gone"
    assert real["overdue"] == [(b, TODAY - 10 * DAY), (a, TODAY - 3 * DAY)]
