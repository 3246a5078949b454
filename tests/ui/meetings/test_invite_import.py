"""Invites on the Meetings page: read off the GUI thread (Cancel leaves nothing), answers and
cancellations shown for what they are, recurring meetings marked, answers next to attendees."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox

from domain.model import AttendeeResponse, Stakeholder
from domain.usecases.meetings import list_meetings
from domain.usecases.stakeholders import add_stakeholder, list_stakeholders
from persistence.workspace import create_workspace
from tests.persistence.ics_text import calendar
from tests.ui.conftest import open_main_window
from ui.background import BackgroundTask
from ui.meetings.attendee_editor import ANSWER_COLUMN
from ui.meetings.import_dialog import ImportInviteDialog
from ui.meetings.meetings_page import MeetingsPage

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "ics"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / "invites.rapport"
    with create_workspace(path) as opened:
        add_stakeholder(
            opened.uow(), Stakeholder("Ada Lovelace", email="ada.lovelace@northwind.example")
        )
        add_stakeholder(
            opened.uow(), Stakeholder("Bob Marley", email="bob.marley@northwind.example")
        )
    return path


def _page(qtbot, window) -> MeetingsPage:  # type: ignore[no-untyped-def]
    for index in range(window.pages.count()):
        if window.pages.tabText(index) == "Meetings":
            window.pages.setCurrentIndex(index)
    page = window.pages.currentWidget().page
    assert isinstance(page, MeetingsPage)
    qtbot.waitUntil(page.isVisible)
    return page


def _import(qtbot, page: MeetingsPage, path: Path) -> ImportInviteDialog:  # type: ignore[no-untyped-def]
    page.import_paths([path])
    qtbot.waitUntil(lambda: page.last_dialog is not None, timeout=20_000)
    dialog = page.last_dialog
    assert isinstance(dialog, ImportInviteDialog)
    return dialog


def test_an_exchange_decline_is_an_answer_not_a_meeting_and_shows_next_to_the_attendee(
    qtbot, workspace: Path, isolated_settings: QSettings
) -> None:
    ctx, window = open_main_window(qtbot, workspace, isolated_settings)
    page = _page(qtbot, window)
    _import(qtbot, page, FIXTURES / "outlook_teams.ics").import_button.click()
    people = len(list_stakeholders(ctx.uow()))

    dialog = _import(qtbot, page, FIXTURES / "exchange_reply_declined.ics")
    top = dialog.tree.topLevelItem(0)
    assert top.text(2) == "records the answer"
    assert (top.child(1).text(0), top.child(1).text(2)) == ("Bob Marley", "declined")
    assert dialog.chosen_keys() == set()
    dialog.import_button.click()

    [meeting] = list_meetings(ctx.uow())
    assert meeting.title == "ERP business case review"
    assert len(list_stakeholders(ctx.uow())) == people
    page.list.select(meeting.id or 0)
    table = page.editor.attendees.table
    answers = {
        table.item(row, 0).text(): table.item(row, ANSWER_COLUMN).text()
        for row in range(table.rowCount())
    }
    assert answers["Bob Marley"] == "✕ declined" and answers["Ada Lovelace"] == ""
    assert "1 answered" in page.editor.status.text()
    window.undo_action.trigger()
    [meeting] = list_meetings(ctx.uow())
    assert all(a.response is AttendeeResponse.NONE for a in meeting.attendees)
    ctx.close_workspace()


def test_a_cancellation_and_a_series_are_marked_in_the_list_and_the_editor(
    qtbot, workspace: Path, isolated_settings: QSettings
) -> None:
    ctx, window = open_main_window(qtbot, workspace, isolated_settings)
    page = _page(qtbot, window)
    _import(qtbot, page, FIXTURES / "google_meet.ics").import_button.click()
    dialog = _import(qtbot, page, FIXTURES / "google_cancel.ics")
    assert dialog.tree.topLevelItem(0).text(2) == "marks it cancelled"
    dialog.import_button.click()
    series = _import(qtbot, page, FIXTURES / "outlook_recurring_weekly.ics")
    assert "repeats every week on Tuesday" in series.tree.topLevelItem(0).child(0).text(0)
    series.import_button.click()

    titles = {}
    for group in range(page.list.tree.topLevelItemCount()):
        header = page.list.tree.topLevelItem(group)
        for row in range(header.childCount()):
            item = header.child(row)
            titles[item.text(1)] = item
    cancelled = next(item for text, item in titles.items() if "Cancelled" in text)
    assert cancelled.text(1) == "✕ Cancelled · Data platform migration — vendor check-in"
    assert "Cancelled by the organiser" in cancelled.toolTip(1)
    recurring = next(item for text, item in titles.items() if text.startswith("↻ "))
    assert "Repeats every week on Tuesday" in recurring.toolTip(1)
    meeting = next(m for m in list_meetings(ctx.uow()) if m.recurrence)
    page.list.select(meeting.id or 0)
    assert page.editor.status.text().startswith("repeats every week on Tuesday until 29 Dec 2026")
    cancelled_meeting = next(m for m in list_meetings(ctx.uow()) if m.cancelled)
    page.list.select(cancelled_meeting.id or 0)
    assert page.editor.status.text().startswith("CANCELLED by the organiser")
    ctx.close_workspace()


def test_an_answer_to_an_unknown_meeting_is_listed_as_not_imported(
    qtbot, workspace: Path, isolated_settings: QSettings
) -> None:
    ctx, window = open_main_window(qtbot, workspace, isolated_settings)
    page = _page(qtbot, window)
    dialog = _import(qtbot, page, FIXTURES / "exchange_reply_declined.ics")
    top = dialog.tree.topLevelItem(0)
    assert top.text(2) == "not imported"
    assert "import the invitation first" in top.child(1).text(0)
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert list_meetings(ctx.uow()) == []
    ctx.close_workspace()


def test_reading_runs_in_the_background_and_cancel_imports_nothing(
    qtbot, workspace: Path, isolated_settings: QSettings, tmp_path: Path
) -> None:
    many = tmp_path / "week.ics"
    many.write_text(calendar("DTSTART:20251205T090000Z", "SUMMARY:Stand-up", events=400))
    ctx, window = open_main_window(qtbot, workspace, isolated_settings)
    page = _page(qtbot, window)
    page.import_paths([many])
    task = page.import_task
    assert isinstance(task, BackgroundTask)
    task.cancel()
    qtbot.waitUntil(lambda: task.is_done, timeout=20_000)
    assert page.last_dialog is None
    assert list_meetings(ctx.uow()) == []
    ctx.close_workspace()


def test_a_windows_1252_invite_says_how_it_was_read(
    qtbot, workspace: Path, isolated_settings: QSettings, tmp_path: Path
) -> None:
    ctx, window = open_main_window(qtbot, workspace, isolated_settings)
    page = _page(qtbot, window)
    dialog = _import(qtbot, page, FIXTURES / "mozilla_latin1.ics")
    intro = dialog.findChild(QLabel, "importIntro")
    assert intro is not None and "read as Windows-1252" in intro.text()
    dialog.reject()
    ctx.close_workspace()


def test_a_hostile_invite_gets_a_message_box_in_words(
    qtbot, workspace: Path, isolated_settings: QSettings, tmp_path: Path
) -> None:
    bad = tmp_path / "year-one.ics"
    shutil.copyfile(FIXTURES / "google_meet.ics", bad)
    bad.write_bytes(
        bad.read_bytes().replace(b"DTSTART:20251203T140000Z", b"DTSTART:00010101T000000")
    )
    ctx, window = open_main_window(qtbot, workspace, isolated_settings)
    page = _page(qtbot, window)
    page.import_paths([bad])
    qtbot.waitUntil(lambda: page.last_dialog is not None, timeout=20_000)
    box = page.last_dialog
    assert isinstance(box, QMessageBox)
    assert "year-one.ics, event 1" in box.text() and "in the year 1;" in box.text()
    assert "Nothing was imported" in box.text()
    box.close()
    ctx.close_workspace()
