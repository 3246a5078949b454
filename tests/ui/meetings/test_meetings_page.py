"""The Meetings page through its widgets: plan, attendees and talking points, import an invite by
dropping it, refuse a broken one, record a held meeting, preview and save prep sheets."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from domain.model import AttendeeRole, Meeting, MeetingAttendee
from domain.usecases.interactions import commitments_of, interactions_of
from domain.usecases.meetings import get_meeting, list_meetings, plan_meeting
from domain.usecases.stakeholders import list_stakeholders
from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from tests.ui.printing.sample_meeting import build_sample
from ui.interactions.log_dialog import LogInteractionDialog
from ui.meetings.import_dialog import ImportInviteDialog
from ui.meetings.meetings_page import MeetingsPage
from ui.meetings.new_meeting_dialog import NewMeetingDialog
from ui.printing.preview import PrepSheetPreview

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "ics"
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, int, int]:
    path = tmp_path / "meetings.rapport"
    with create_workspace(path) as opened:
        sample = build_sample(opened.uow, NOW)
        ada, eve = sample.people[0], sample.people[1]
        held = plan_meeting(
            opened.uow(),
            Meeting(
                "Budget review",
                NOW - timedelta(days=1),
                NOW - timedelta(days=1) + timedelta(hours=1),
                attendees=[
                    MeetingAttendee(ada.id, ada.name, role=AttendeeRole.ORGANISER),
                    MeetingAttendee(eve.id, eve.name),
                    MeetingAttendee(None, "Pat Outsider", "pat@elsewhere.example"),
                ],
            ),
        )
    return path, sample.meeting.id or 0, held.id or 0


def _page(qtbot, window) -> MeetingsPage:  # type: ignore[no-untyped-def]
    for index in range(window.pages.count()):
        if window.pages.tabText(index) == "Meetings":
            window.pages.setCurrentIndex(index)
    page = window.pages.currentWidget().page
    assert isinstance(page, MeetingsPage)
    qtbot.waitUntil(page.isVisible)
    return page


def test_plan_a_meeting_add_an_attendee_and_talking_points_undoably(
    qtbot, workspace: tuple[Path, int, int], isolated_settings: QSettings
) -> None:
    path, _steerco, _held = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    page = _page(qtbot, window)
    page.new_action.trigger()
    dialog = page.last_dialog
    assert isinstance(dialog, NewMeetingDialog)
    qtbot.keyClicks(dialog.title, "Vendor <b>dinner</b>")
    qtbot.keyClicks(dialog.place, "Board room")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    planned = next(m for m in list_meetings(ctx.uow()) if m.title == "Vendor <b>dinner</b>")
    assert page.list.current_id() == planned.id
    assert page.editor.heading.text() == "Vendor <b>dinner</b>"  # shown as typed, not as markup

    editor = page.editor.attendees
    qtbot.keyClicks(editor.picker.edit, "Grace Hopper")
    qtbot.keyClick(editor.picker.edit, Qt.Key.Key_Return)
    stored = get_meeting(ctx.uow(), planned.id or 0)
    assert [a.name for a in stored.attendees] == ["Grace Hopper"]

    editor.points.setFocus()
    qtbot.keyClicks(editor.points, "Ask about the renewal")
    editor.picker.edit.setFocus()  # leaving the box saves it
    qtbot.waitUntil(
        lambda: (
            get_meeting(ctx.uow(), planned.id or 0).attendees[0].talking_points
            == "Ask about the renewal"
        )
    )
    window.undo_action.trigger()
    assert get_meeting(ctx.uow(), planned.id or 0).attendees[0].talking_points == ""
    window.undo_action.trigger()
    assert get_meeting(ctx.uow(), planned.id or 0).attendees == []
    ctx.close_workspace()


def test_dropping_an_outlook_invite_imports_it_with_matches_and_new_people(
    qtbot, workspace: tuple[Path, int, int], isolated_settings: QSettings, tmp_path: Path
) -> None:
    path, _steerco, _held = workspace
    invite = tmp_path / "invite.ics"
    shutil.copyfile(FIXTURES / "outlook_teams.ics", invite)
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    page = _page(qtbot, window)
    people_before = len(list_stakeholders(ctx.uow()))

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(invite))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    qtbot.waitUntil(lambda: page.last_dialog is not None)  # read off the GUI thread
    dialog = page.last_dialog
    assert isinstance(dialog, ImportInviteDialog)
    (plan,) = dialog.plans
    # No address is on file: names match at the same domain ("Lovelace, Ada" as Outlook writes
    # it); the sample's Grace Hopper is at another domain than the invite's, so someone else.
    assert {m.display_name: m.stakeholder is not None for m in plan.matches} == {
        "Ada Lovelace": True,
        "Bob Marley": True,
        "Grace Hopper": False,
        "Tim Berners-Lee": False,
    }
    assert dialog.chosen_keys() == {"g.hopper@contoso-consulting.example", "tim@w3.example"}
    # Untick Grace: she stays on the meeting by name only.
    grace = dialog.tree.topLevelItem(0).child(3)
    assert grace.text(0).startswith("Grace Hopper")
    grace.setCheckState(2, Qt.CheckState.Unchecked)
    dialog.import_button.click()

    imported = next(m for m in list_meetings(ctx.uow()) if m.title == "ERP business case review")
    assert page.list.current_id() == imported.id
    assert imported.attendees[0].role is AttendeeRole.ORGANISER
    grace = next(a for a in imported.attendees if a.name == "Grace Hopper")
    assert grace.stakeholder_id is None and grace.email == "g.hopper@contoso-consulting.example"
    assert len(list_stakeholders(ctx.uow())) == people_before + 1
    window.undo_action.trigger()
    assert all(m.title != "ERP business case review" for m in list_meetings(ctx.uow()))
    assert len(list_stakeholders(ctx.uow())) == people_before
    ctx.close_workspace()


def test_a_broken_invite_is_refused_with_its_reason_and_nothing_is_imported(
    qtbot, workspace: tuple[Path, int, int], isolated_settings: QSettings
) -> None:
    path, _steerco, _held = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    page = _page(qtbot, window)
    before = list_meetings(ctx.uow())
    page.import_paths([FIXTURES / "broken_missing_end.ics"])
    qtbot.waitUntil(lambda: page.last_dialog is not None)
    box = page.last_dialog
    assert isinstance(box, QMessageBox)
    assert "BEGIN:VEVENT on line 11 has no END:VEVENT" in box.text()
    assert "Nothing was imported" in box.text()
    box.close()
    assert list_meetings(ctx.uow()) == before
    ctx.close_workspace()


@pytest.mark.date_sensitive  # reads the clock: run a year ahead too
def test_record_a_held_meeting_as_an_interaction_with_a_follow_up(
    qtbot, workspace: tuple[Path, int, int], isolated_settings: QSettings
) -> None:
    path, _steerco, held = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    page = _page(qtbot, window)
    assert page.list.select(held)
    assert page.record_action.isEnabled()
    page.record_action.trigger()
    dialog = page.last_dialog
    assert isinstance(dialog, LogInteractionDialog)
    assert dialog.fixed_label.text() == "Ada Lovelace, <b>Eve</b> & <script>"
    qtbot.keyClicks(dialog.summary, "Agreed phase 1; Eve worried about timing")
    row = dialog.follow_ups.add_row()
    qtbot.keyClicks(row.description, "Send the revised plan")
    dialog.ok_button.click()

    meeting = get_meeting(ctx.uow(), held)
    ada = meeting.attendees[0].stakeholder_id or 0
    (interaction,) = [i for i in interactions_of(ctx.uow(), ada) if i.id == meeting.interaction_id]
    assert interaction.summary == "Agreed phase 1; Eve worried about timing"
    assert len(interaction.participant_ids) == 2
    assert any(c.description == "Send the revised plan" for c in commitments_of(ctx.uow(), ada))
    assert not page.record_action.isEnabled()

    window.undo_action.trigger()
    assert get_meeting(ctx.uow(), held).interaction_id is None
    assert all(c.description != "Send the revised plan" for c in commitments_of(ctx.uow(), ada))
    ctx.close_workspace()


def test_prep_sheet_preview_a_day_of_meetings_and_save_as_pdf(
    qtbot,
    workspace: tuple[Path, int, int],
    isolated_settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, steerco, _held = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    page = _page(qtbot, window)
    assert page.list.select(steerco)
    page.preview_action.trigger()
    preview = page.last_preview
    assert isinstance(preview, PrepSheetPreview)
    qtbot.waitUntil(lambda: preview.pages_painted >= 2, timeout=10_000)
    assert [s.title for s in preview.sheets] == ["ERP steering"]
    preview.close()

    plan_meeting(ctx.uow(), Meeting("Same-day follow-up", NOW + timedelta(days=1, minutes=90)))
    page.preview_span(1)
    day = page.last_preview
    assert isinstance(day, PrepSheetPreview)
    assert [s.title for s in day.sheets] == ["ERP steering", "Same-day follow-up"]
    day.close()

    target = tmp_path / "steerco.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)"))
    )
    page.paper.setCurrentIndex(page.paper.findData("Letter"))
    page.pdf_action.trigger()
    reader = PdfReader(target)
    assert float(reader.pages[0].mediabox.width) == pytest.approx(612, abs=0.5)
    text = " ".join((reader.pages[0].extract_text() or "").split())
    assert "ERP steering" in text
    QApplication.processEvents()
    ctx.close_workspace()
