"""import-invite as a script would use it: a real process, real files, one line per file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from domain.model import AttendeeResponse, Stakeholder
from persistence.workspace import create_workspace, list_backups, open_workspace
from tests.end_to_end.test_command_line import rapport
from tests.persistence.ics_text import calendar

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / "mine.rapport"
    with create_workspace(path) as opened, opened.uow() as uow:
        uow.stakeholders.add(Stakeholder("Ada Lovelace", email="ada.lovelace@northwind.example"))
        uow.stakeholders.add(Stakeholder("Bob Marley", email="bob.marley@northwind.example"))
        uow.commit()
    return path


def _meetings(path: Path) -> list:  # type: ignore[type-arg]
    with open_workspace(path) as opened, opened.uow() as uow:
        return uow.meetings.list()


def test_invitation_answer_and_a_broken_file_in_one_call(workspace: Path) -> None:
    result = rapport(
        "import-invite",
        "--workspace",
        workspace,
        FIXTURES / "outlook_teams.ics",
        FIXTURES / "exchange_reply_declined.ics",
        FIXTURES / "broken_missing_end.ics",
    )
    assert result.returncode == 2, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("outlook_teams.ics: imported “ERP business case review” on ")
    assert lines[0].endswith("(4 attendees)")
    assert lines[1] == (
        "exchange_reply_declined.ics: recorded on “ERP business case review”: Bob Marley declined"
    )
    assert lines[2] == (
        "broken_missing_end.ics: BEGIN:VEVENT on line 11 has no END:VEVENT. The file looks cut "
        "short; export the invite again."
    )
    assert lines[3] == "2 of 3 files went in; 1 refused."
    assert "Traceback" not in result.stderr
    [meeting] = _meetings(workspace)
    answers = {a.name: a.response for a in meeting.attendees}
    assert answers["Bob Marley"] is AttendeeResponse.DECLINED
    assert len(list_backups(workspace)) == 1  # backed up once, before the first change


def test_a_dry_run_says_what_would_happen_and_changes_nothing(workspace: Path) -> None:
    result = rapport(
        "import-invite",
        "--workspace",
        workspace,
        FIXTURES / "google_meet.ics",
        FIXTURES / "apple_reply_tentative.ics",
        "--dry-run",
    )
    assert result.returncode == 0, result.stderr
    first, second, last = result.stdout.splitlines()
    assert first.startswith("google_meet.ics: would import “Data platform migration")
    # The answer finds the meeting its invitation would have made in the same run.
    assert second == (
        "apple_reply_tentative.ics: would record on “Data platform migration — vendor "
        "check-in”: Ada Lovelace tentatively accepted"
    )
    assert last == "2 of 2 files would go in. Dry run: nothing was changed."
    assert _meetings(workspace) == []
    assert list_backups(workspace) == []


def test_several_hundred_files_in_one_call(workspace: Path, tmp_path: Path) -> None:
    folder = tmp_path / "invites"
    folder.mkdir()
    files = []
    for n in range(300):
        path = folder / f"invite-{n:03d}.ics"
        text = calendar(
            f"DTSTART:2026{1 + n % 12:02d}{1 + n % 28:02d}T090000Z",
            f"SUMMARY:Meeting {n}",
            'ATTENDEE;CN="Lovelace, Ada":mailto:ada.lovelace@northwind.example',
        )
        path.write_text(text.replace("UID:test-0@", f"UID:invite-{n}@"), encoding="utf-8")
        files.append(path)
    result = rapport("import-invite", "--workspace", workspace, *files, timeout=600)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 301 and lines[-1] == "300 of 300 files went in."
    assert all(
        line.startswith(f"invite-{n:03d}.ics: imported") for n, line in enumerate(lines[:-1])
    )
    assert len(_meetings(workspace)) == 300


def test_hostile_and_missing_files_get_a_line_each_and_never_a_traceback(
    workspace: Path, tmp_path: Path
) -> None:
    year_one = tmp_path / "year-one.ics"
    year_one.write_text(calendar("DTSTART:00010101T000000", "SUMMARY:Old"), encoding="utf-8")
    nul = tmp_path / "nul.ics"
    nul.write_bytes(calendar("DTSTART:20251205T090000Z", "SUMMARY:Bud\x00get").encode())
    binary = tmp_path / "photo.ics"
    binary.write_bytes(bytes(range(256)) * 40)
    folder = tmp_path / "a-folder.ics"
    folder.mkdir()
    shutil.copyfile(FIXTURES / "google_cancel.ics", tmp_path / "cancel.ics")
    result = rapport(
        "import-invite",
        "--workspace",
        workspace,
        year_one,
        nul,
        binary,
        folder,
        tmp_path / "missing.ics",
        tmp_path / "cancel.ics",
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 7
    assert lines[0].startswith("year-one.ics, event 1 (line 5) (“Old”): its start is in the year 1")
    assert lines[1].startswith("nul.ics: imported “Budget”")
    assert lines[2].startswith("photo.ics")
    assert lines[3] == "a-folder.ics is a folder, not a calendar file."
    assert lines[4].startswith("missing.ics: ") and lines[4].endswith("does not exist.")
    assert lines[5] == (
        "cancel.ics: not imported: It calls off “Data platform migration — vendor check-in”, "
        "which is not in Rapport: nothing to cancel."
    )
    assert lines[6] == "1 of 6 files went in; 5 refused."
    [meeting] = _meetings(workspace)
    assert meeting.title == "Budget"


def test_a_missing_workspace_is_refused_in_one_line(tmp_path: Path) -> None:
    result = rapport(
        "import-invite", "--workspace", tmp_path / "nope.rapport", FIXTURES / "google_meet.ics"
    )
    assert result.returncode == 2
    assert result.stderr.startswith("rapport: There is no workspace at")
    assert "Traceback" not in result.stderr
