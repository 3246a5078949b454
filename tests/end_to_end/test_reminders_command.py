"""`python main.py reminders`: an .ics file a calendar can import again and again, and clear
refusals that leave everything as it was."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from persistence.workspace import create_workspace
from tests.end_to_end.test_command_line import rapport
from tests.persistence.sample_data import fill


@pytest.fixture
def planned(tmp_path: Path) -> Path:
    path = tmp_path / "planned.rapport"
    with create_workspace(path) as workspace:
        fill(workspace.uow)
    return path


def _uids(path: Path) -> list[str]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return sorted(str(event["UID"]) for event in calendar.walk("VEVENT"))


def test_reminders_are_written_and_a_second_export_keeps_every_uid(
    planned: Path, tmp_path: Path
) -> None:
    out = tmp_path / "reminders.ics"
    first = rapport("reminders", "--workspace", planned, "--out", out)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == f"Wrote 5 reminders to {out}"
    uids = _uids(out)
    assert len(uids) == 5 and all(u.startswith("rapport-sample-workspace-") for u in uids)
    refused = rapport("reminders", "--workspace", planned, "--out", out)
    assert (
        refused.returncode == 2 and "exists" in refused.stderr and "Traceback" not in refused.stderr
    )
    again = rapport("reminders", "--workspace", planned, "--out", out, "--force")
    assert again.returncode == 0, again.stderr
    assert _uids(out) == uids


def test_a_wrong_name_a_workspace_or_a_missing_folder_is_refused_saying_why(
    planned: Path, tmp_path: Path
) -> None:
    before = planned.read_bytes()
    for out, says in (
        (tmp_path / "reminders.txt", "name it ….ics"),
        (tmp_path / "nowhere" / "reminders.ics", "does not exist"),
    ):
        result = rapport("reminders", "--workspace", planned, "--out", out)
        assert result.returncode == 2 and says in result.stderr, result.stderr
        assert "Traceback" not in result.stderr and not out.exists()
    missing = rapport("reminders", "--workspace", tmp_path / "none.rapport", "--out", "x.ics")
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert planned.read_bytes() == before
