"""Reminders as an .ics file, read back with the icalendar library: every touchpoint, recipient's
next date, dated commitment and next contact of a planned person; alarms on what is still to do;
UIDs that stay the same across exports so that a calendar updates instead of duplicating; folding
and escaping that survive any text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.model import Dimension, Interaction, InteractionKind
from domain.usecases.interactions import log_interaction
from domain.usecases.ratings import rate
from domain.usecases.reminders import Reminder, ReminderSet, reminders
from persistence.errors import OutputExistsError, OutputRefusedError
from persistence.reminders_ics import calendar_text, escape_text, fold, write_reminders
from persistence.workspace import Workspace
from tests.persistence.sample_data import T0, Sample, fill

NOW = datetime(2025, 3, 15, 12, 0, tzinfo=UTC)


def _filled(workspace: Workspace) -> Sample:
    """The sample workspace with Ada placed in "manage closely" (weekly contact)."""
    ids = fill(workspace.uow)
    rate(workspace.uow(), ids.ada, Dimension.INTEREST, 7, at=T0, map_id=ids.erp)
    return ids


def _events(path: Path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert calendar["METHOD"] == "PUBLISH" and calendar["VERSION"] == "2.0"
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_the_file_holds_every_reminder_with_alarms_on_what_is_still_to_do(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = _filled(workspace)
    out = tmp_path / "reminders.ics"
    assert write_reminders(reminders(workspace.uow(), now=NOW), out, moment=NOW) == 6
    events = _events(out)
    prefix = "rapport-sample-workspace-"
    assert sorted(events) == sorted(
        prefix + key
        for key in (
            "touchpoint-1",
            "touchpoint-2",
            "touchpoint-3",
            f"message-1-person-{ids.ada}",
            "commitment-1",
            f"contact-{ids.ada}",
        )
    )  # Bob is archived: his message date is left out
    lunch = events[prefix + "touchpoint-1"]
    assert str(lunch["SUMMARY"]) == "✓ Lunch with Ada Lovelace: Hear her out"
    assert lunch.decoded("DTSTART") == date(2025, 3, 10)
    assert lunch.decoded("DTEND") == date(2025, 3, 11)
    assert not lunch.walk("VALARM")  # done: no alarm
    call = events[prefix + "touchpoint-2"]
    [alarm] = call.walk("VALARM")
    assert (str(alarm["ACTION"]), alarm.decoded("TRIGGER")) == ("DISPLAY", -timedelta(hours=15))
    assert "Plan: Ada: neutral → supporter by end of Q3" in str(call["DESCRIPTION"])
    assert "every month, 2 times" in str(call["DESCRIPTION"])
    message = events[prefix + f"message-1-person-{ids.ada}"]
    assert str(message["SUMMARY"]) == "Quarterly portfolio update → Ada Lovelace"
    last = NOW.replace(day=10, hour=9).astimezone().date()
    assert message.decoded("DTSTART") == date(2025, 6, last.day)  # a quarter after the lunch
    assert str(events[prefix + "commitment-1"]["SUMMARY"]) == "Due to Ada Lovelace: Send the budget"
    assert events[prefix + "commitment-1"].decoded("DTSTART") == date(2025, 3, 20)
    contact = events[prefix + f"contact-{ids.ada}"]
    assert str(contact["SUMMARY"]) == "Get in touch with Ada Lovelace"
    assert contact.decoded("DTSTART") == (T0 + timedelta(days=7)).astimezone().date()
    for event in events.values():
        assert event.decoded("DTSTAMP") == NOW and int(event["SEQUENCE"]) > 0


def test_two_exports_give_the_same_uids_and_a_logged_interaction_updates_the_same_events(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = _filled(workspace)
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    write_reminders(reminders(workspace.uow(), now=NOW), first, moment=NOW)
    # The call of 10 April is held early and the quarterly update goes out with it.
    held = datetime(2025, 4, 8, 10, tzinfo=UTC)
    log_interaction(
        workspace.uow(),
        Interaction(held, InteractionKind.CALL, "1:1", participant_ids=[ids.ada]),
        fulfils=[2],
        sends=[1],
    )
    later = NOW + timedelta(days=30)
    write_reminders(reminders(workspace.uow(), now=later), second, moment=later)
    before, after = _events(first), _events(second)
    assert sorted(before) == sorted(after)
    for key, event in after.items():
        assert int(event["SEQUENCE"]) > int(before[key]["SEQUENCE"])
    prefix = "rapport-sample-workspace-"
    call = after[prefix + "touchpoint-2"]
    assert str(call["SUMMARY"]).startswith("✓ Call with Ada") and not call.walk("VALARM")
    update = after[prefix + f"message-1-person-{ids.ada}"]
    assert update.decoded("DTSTART") == date(2025, 7, held.astimezone().day)
    contact = after[prefix + f"contact-{ids.ada}"]
    assert "Last contact 08 Apr 2025" in str(contact["DESCRIPTION"])


def test_the_file_is_never_written_over_a_workspace_or_an_existing_file_unasked(
    workspace: Workspace, tmp_path: Path
) -> None:
    _filled(workspace)
    found = reminders(workspace.uow(), now=NOW)
    assert workspace.path is not None
    with pytest.raises(OutputRefusedError):
        write_reminders(found, workspace.path, replace=True)
    out = tmp_path / "kept.ics"
    out.write_text("mine")
    with pytest.raises(OutputExistsError):
        write_reminders(found, out)
    assert out.read_text() == "mine"
    write_reminders(found, out, replace=True)
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_long_lines_fold_at_75_octets_without_splitting_a_character() -> None:
    line = "SUMMARY:" + "Réunion budgétaire — 予算会議 " * 10
    folded = fold(line)
    parts = folded.split("\r\n")[:-1]
    assert all(len(part.encode("utf-8")) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line
    assert escape_text("a;b,c\\d\r\ne\x00") == "a\\;b\\,c\\\\d\\ne"


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    summary=st.text(min_size=1, max_size=300),
    description=st.text(max_size=600),
    key=st.from_regex(r"[a-z]+-[0-9]{1,6}", fullmatch=True),
)
def test_any_text_comes_back_from_the_calendar_as_written(
    summary: str, description: str, key: str
) -> None:
    reminder = Reminder(key, date(2026, 5, 4), summary, description, category="Touchpoint")
    text = calendar_text(ReminderSet("ws", [reminder]), NOW)
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    [event] = icalendar.Calendar.from_ical(text.encode("utf-8")).walk("VEVENT")
    assert str(event.get("SUMMARY", "")) == _cleaned(summary)
    if _cleaned(description):
        assert str(event["DESCRIPTION"]) == _cleaned(description)
    assert str(event["UID"]) == f"rapport-ws-{key}"


def _cleaned(text: str) -> str:
    """What the file keeps of a text: line breaks as LF, tabs, no other control character."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\n\t" or not (ord(c) < 0x20 or ord(c) == 0x7F))
