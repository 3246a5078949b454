"""The reminders export at scale: 10,000 planned touchpoints to an .ics file.

Workspace (built once per run, untimed): 1,000 people on one map, each with an engagement plan of
ten monthly touchpoints (a third of them done), a standing message sent to all of them, and one
dated commitment each.

    reminders.export    read every reminder (reminders(): touchpoints, message dates, commitments,
                        next contacts) and write the .ics file (write_reminders), as
                        `python main.py reminders` does
        baseline        the same reminders serialised by the icalendar library (Calendar, Event
                        and Alarm objects, to_ical()) and written to a file

Both with the garbage collector tuned as the app and the command tune it (ui.gc_tuning).

Target: ≤ 1 s.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from _registry import Context, Measurement, benchmark

PEOPLE = 1_000
TOUCHPOINTS_EACH = 10


def _build(workdir: Path) -> Path:
    from domain.model import (
        Channel,
        Commitment,
        CommitmentDirection,
        Dimension,
        EngagementPlan,
        Frequency,
        MapMembership,
        Message,
        Rating,
        Recipient,
        Stakeholder,
        StakeholderMap,
        Tone,
        Touchpoint,
        TouchpointKind,
    )
    from domain.rules.plan_schedule import add_months
    from persistence.workspace import create_workspace

    path = workdir / "reminders-10000.rapport"
    if path.exists():
        return path
    start = date(2026, 1, 5)
    at = datetime(2026, 1, 1, tzinfo=UTC)
    with create_workspace(path) as workspace, workspace.uow() as uow:
        board = uow.maps.add(StakeholderMap("Transformation"))
        assert board.id is not None
        people = uow.stakeholders.add_many(Stakeholder(f"Person {n:04d}") for n in range(PEOPLE))
        for n, person in enumerate(people):
            assert person.id is not None
            uow.maps.add_member(MapMembership(board.id, person.id, at))
            for dimension in (Dimension.POWER, Dimension.INTEREST):
                uow.ratings.add(Rating(person.id, dimension, 3 + n % 6, at, map_id=board.id))
            uow.plans.add(
                EngagementPlan(
                    person.id,
                    f"Person {n:04d}: neutral → supporter by Q4",
                    start,
                    target_attitude=3,
                    strategy="Monthly 1:1, numbers first; a lunch each quarter.",
                    owner="CIO office",
                    touchpoints=[
                        Touchpoint(
                            add_months(start, k),
                            TouchpointKind.CALL,
                            "1:1 on the roadmap, budget; risks",
                            done_on=add_months(start, k) if k < 3 else None,
                            series="every month, 10 times",
                        )
                        for k in range(TOUCHPOINTS_EACH)
                    ],
                )
            )
            uow.commitments.add(
                Commitment(
                    person.id,
                    CommitmentDirection.OURS,
                    "Send the portfolio figures",
                    due_on=start + timedelta(days=n % 90),
                )
            )
        uow.messages.add(
            Message(
                "Quarterly portfolio update",
                Channel.WRITTEN,
                Tone.FORMAL,
                Frequency.QUARTERLY,
                start,
                owner="PMO",
                recipients=[Recipient(p.id or 0, at) for p in people],
            )
        )
        uow.commit()
    return path


def _with_icalendar(found: object, out: Path) -> None:
    import icalendar

    from domain.usecases.reminders import ReminderSet

    assert isinstance(found, ReminderSet)
    stamp = datetime.now(UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Rapport//Relationship reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    for reminder in found.reminders:
        event = icalendar.Event()
        event.add("uid", f"rapport-{found.workspace_uid}-{reminder.key}")
        event.add("dtstamp", stamp)
        event.add("sequence", 1)
        event.add("dtstart", reminder.day)
        event.add("dtend", reminder.day + timedelta(days=1))
        event.add("summary", reminder.summary)
        if reminder.description:
            event.add("description", reminder.description)
        if not reminder.done:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", reminder.summary)
            alarm.add("trigger", -timedelta(hours=15))
            event.add_component(alarm)
        calendar.add_component(event)
    out.write_bytes(calendar.to_ical())


@benchmark("reminders.export")
def reminders_export(ctx: Context) -> dict[str, Measurement]:
    from domain.usecases.reminders import reminders
    from persistence.reminders_ics import write_reminders
    from persistence.workspace import open_workspace
    from ui.gc_tuning import tune_collector

    path = ctx.once("reminders.workspace", lambda: _build(ctx.workdir))
    out = ctx.workdir / "reminders.ics"
    tune_collector()  # as the app and the command do (ui.gc_tuning)
    with open_workspace(path) as workspace:
        started = time.perf_counter()
        found = reminders(workspace.uow())
        count = write_reminders(found, out, replace=True, protect=[path])
        elapsed = time.perf_counter() - started
        touchpoints = sum(1 for r in found.reminders if r.key.startswith("touchpoint-"))
    if touchpoints != PEOPLE * TOUCHPOINTS_EACH:
        return {"reminders.export": Measurement.missing("s", f"{touchpoints} touchpoints")}
    started = time.perf_counter()
    _with_icalendar(found, ctx.workdir / "reminders-icalendar.ics")
    baseline = time.perf_counter() - started
    del count
    return {"reminders.export": Measurement(elapsed, "s", baseline)}
