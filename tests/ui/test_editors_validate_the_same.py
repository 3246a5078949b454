"""The editors and dialogs refuse and clean text by the domain's one set of rules, with the same
bad inputs as the use cases, import-json and the command line (issue 11, item 8): a refusal
shows the message and keeps what was typed; control characters and NUL bytes are not stored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from domain.model import Meeting, Stakeholder
from domain.usecases.meetings import get_meeting, plan_meeting
from domain.usecases.stakeholders import add_stakeholder, get_stakeholder
from persistence.workspace import create_workspace
from tests.bad_text import CLEAN_NAME, CLEAN_NOTE, DIRTY_NAME, DIRTY_NOTE, LONG_NAME, LONG_NOTE
from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import main_page, settle
from ui.meetings.meetings_page import MeetingsPage
from ui.meetings.new_meeting_dialog import NewMeetingDialog


def _workspace(path: Path) -> tuple[int, int]:
    with create_workspace(path) as opened:
        ada = add_stakeholder(opened.uow(), Stakeholder("Ada Lovelace")).id
        meeting = plan_meeting(
            opened.uow(), Meeting("Budget review", datetime.now(UTC) + timedelta(days=2))
        ).id
    assert ada is not None and meeting is not None
    return ada, meeting


def _type_line(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Put ``text`` in a line edit as typed (the last character by key) and press Return."""
    edit.setFocus()
    edit.setText(text[:-1])
    qtbot.keyClicks(edit, text[-1])
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    settle()


def _leave(editor, text_edit, text: str, elsewhere) -> None:  # type: ignore[no-untyped-def]
    text_edit.setFocus()
    text_edit.setPlainText(text)
    elsewhere.setFocus()
    settle()


def test_the_stakeholder_editor_refuses_and_cleans_as_every_way_in(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    ada, _meeting = _workspace(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, tmp_path / "w.rapport", isolated_settings)
    window.show_stakeholder(ada)
    editor = window.person.editor

    _type_line(qtbot, editor.name, LONG_NAME)
    assert editor.error.isVisible()
    assert editor.error.text() == "The name is longer than 200 characters; shorten it."
    # What was typed stays, to be shortened (a line edit holds at most 32,767 characters).
    assert editor.name.text() == LONG_NAME[: editor.name.maxLength()]
    assert get_stakeholder(ctx.uow(), ada).name == "Ada Lovelace"

    _type_line(qtbot, editor.name, DIRTY_NAME)
    assert not editor.error.isVisible()
    assert get_stakeholder(ctx.uow(), ada).name == CLEAN_NAME

    _leave(editor, editor.notes, LONG_NOTE, editor.job_title)
    assert editor.error.isVisible() and "longer than 100,000" in editor.error.text()
    assert get_stakeholder(ctx.uow(), ada).notes == ""
    _leave(editor, editor.notes, DIRTY_NOTE, editor.job_title)
    assert get_stakeholder(ctx.uow(), ada).notes == CLEAN_NOTE
    window.close()
    ctx.close_workspace()


def test_the_meeting_editor_and_new_meeting_dialog_refuse_and_clean_the_same(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    _ada, meeting_id = _workspace(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, tmp_path / "w.rapport", isolated_settings)
    page = main_page(window, "Meetings")
    assert isinstance(page, MeetingsPage)
    page.select_meeting(meeting_id)
    editor = page.editor

    _type_line(qtbot, editor.title, LONG_NAME)
    assert editor.error.isVisible()
    assert editor.error.text() == "The title is longer than 1,000 characters; shorten it."
    assert get_meeting(ctx.uow(), meeting_id).title == "Budget review"
    _type_line(qtbot, editor.title, DIRTY_NAME)
    assert get_meeting(ctx.uow(), meeting_id).title == CLEAN_NAME

    _leave(editor, editor.agenda, LONG_NOTE, editor.place)
    assert editor.error.isVisible() and "agenda is longer than 100,000" in editor.error.text()
    assert get_meeting(ctx.uow(), meeting_id).agenda == ""
    _leave(editor, editor.agenda, DIRTY_NOTE, editor.place)
    assert get_meeting(ctx.uow(), meeting_id).agenda == CLEAN_NOTE.strip()

    page.new_meeting()
    dialog = page.last_dialog
    assert isinstance(dialog, NewMeetingDialog)
    dialog.title.setText(LONG_NAME)
    plan = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(plan, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.isVisible() and "longer than 1,000" in dialog.error.text()
    assert dialog.title.text() == LONG_NAME[: dialog.title.maxLength()]
    dialog.reject()
    QApplication.processEvents()
    window.close()
    ctx.close_workspace()


def test_the_map_dialog_refuses_a_long_name_and_keeps_it_open(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    from domain.usecases.maps import list_maps
    from ui.grid.map_dialogs import MapDialog
    from ui.grid.map_page import MapPage

    _workspace(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, tmp_path / "w.rapport", isolated_settings)
    page = main_page(window, "Maps")
    assert isinstance(page, MapPage)
    seen: list[str] = []

    def act() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MapDialog) and w.isVisible()
        )
        dialog.name.setText(LONG_NAME)
        dialog.purpose.setPlainText(DIRTY_NOTE)
        dialog.accept()
        seen.append(dialog.error.text() if dialog.isVisible() else "closed")
        dialog.name.setText(DIRTY_NAME)
        dialog.accept()
        seen.append("closed" if not dialog.isVisible() else dialog.error.text())

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, act)
    page.actions_.new_map.trigger()
    settle()
    assert seen == ["The map name is longer than 200 characters; shorten it.", "closed"]
    assert [(m.name, m.purpose) for m in list_maps(ctx.uow())] == [(CLEAN_NAME, CLEAN_NOTE)]
    window.close()
    ctx.close_workspace()
