"""The main window on a real workspace: add a person through the widgets, undo, redo, restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from domain.model import Stakeholder
from domain.usecases.stakeholders import add_stakeholder, list_stakeholders
from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from ui.stakeholders.new_stakeholder_dialog import NewStakeholderDialog


def _names(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.register.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _add_through_dialog(qtbot, window, name: str, title: str = "") -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = qtbot.waitUntil(lambda: _open_dialog() is not None) or _open_dialog()
    assert isinstance(dialog, NewStakeholderDialog)
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.job_title, title)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _open_dialog() -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, NewStakeholderDialog) and widget.isVisible():
            return widget
    return None


def test_add_undo_redo_and_find_after_restart(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    workspace = tmp_path / "people.rapport"
    ctx, window = open_main_window(qtbot, workspace, isolated_settings)
    assert window.register.model.rowCount() == 0

    _add_through_dialog(qtbot, window, "Margaret Chen", "Chief Financial Officer")
    assert _names(window) == ["Margaret Chen"]
    assert window.person.editor.name.text() == "Margaret Chen"
    assert window.undo_action.isEnabled()

    window.undo_action.trigger()
    assert _names(window) == []
    assert list_stakeholders(ctx.uow()) == []

    window.redo_action.trigger()
    assert _names(window) == ["Margaret Chen"]
    stored = list_stakeholders(ctx.uow())
    assert [(p.name, p.job_title) for p in stored] == [("Margaret Chen", "Chief Financial Officer")]

    window.close()
    ctx.close_workspace()

    ctx2, window2 = open_main_window(qtbot, workspace, isolated_settings)
    qtbot.keyClicks(window2.register.filter_edit, "chen")
    assert window2.register.proxy.rowCount() == 1
    assert window2.register.proxy.index(0, 0).data() == "Margaret Chen"
    ctx2.close_workspace()


def test_editing_a_field_saves_at_once_and_undoes(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    ctx, window = open_main_window(qtbot, tmp_path / "w.rapport", isolated_settings)
    _add_through_dialog(qtbot, window, "Tom Becker")
    editor = window.person.editor
    editor.job_title.setFocus()
    qtbot.keyClicks(editor.job_title, "CMO")
    qtbot.keyClick(editor.job_title, Qt.Key.Key_Return)
    assert list_stakeholders(ctx.uow())[0].job_title == "CMO"

    window.undo_action.trigger()
    assert list_stakeholders(ctx.uow())[0].job_title == ""
    assert editor.job_title.text() == ""
    window.redo_action.trigger()
    assert list_stakeholders(ctx.uow())[0].job_title == "CMO"
    ctx.close_workspace()


def test_invalid_email_is_refused_with_a_message(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    ctx, window = open_main_window(qtbot, tmp_path / "w.rapport", isolated_settings)
    _add_through_dialog(qtbot, window, "Ana Ruiz")
    editor = window.person.editor
    editor.email.setFocus()
    qtbot.keyClicks(editor.email, "not-an-address")
    qtbot.keyClick(editor.email, Qt.Key.Key_Return)
    assert editor.error.isVisible()
    assert "not an e-mail address" in editor.error.text()
    assert list_stakeholders(ctx.uow())[0].email == ""
    ctx.close_workspace()


def test_names_are_plain_text_never_html(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    ctx, window = open_main_window(qtbot, tmp_path / "w.rapport", isolated_settings)
    _add_through_dialog(qtbot, window, "<b>Eve</b> & <i>Co</i>")
    editor = window.person.editor
    assert editor.heading.textFormat() == Qt.TextFormat.PlainText
    assert editor.heading.text() == "<b>Eve</b> & <i>Co</i>"
    assert _names(window) == ["<b>Eve</b> & <i>Co</i>"]
    ctx.close_workspace()


def test_archive_hides_the_person_and_undo_brings_them_back(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    ctx, window = open_main_window(qtbot, tmp_path / "w.rapport", isolated_settings)
    _add_through_dialog(qtbot, window, "Raj Patel")
    qtbot.mouseClick(window.person.editor.archive_button, Qt.MouseButton.LeftButton)
    assert _names(window) == []
    window.register.show_archived.setChecked(True)
    assert _names(window) == ["Raj Patel  (archived)"]
    window.undo_action.trigger()
    assert list_stakeholders(ctx.uow())[0].archived is False
    ctx.close_workspace()


def test_a_second_window_on_the_same_workspace_is_told_who_holds_it(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    workspace = tmp_path / "shared.rapport"
    ctx, _window = open_main_window(qtbot, workspace, isolated_settings)
    from ui.app import build_window, create_application

    ctx2, window2 = build_window(create_application())
    window2.settings = isolated_settings
    window2.workspace_menu.settings = isolated_settings
    qtbot.addWidget(window2)
    assert window2.workspace_menu.open_path(workspace) is False
    box = window2.findChild(QMessageBox, "workspaceInUseBox")
    assert box is not None
    assert "shared.rapport is open on" in box.text() and " since " in box.text()
    assert ".lock" not in box.text()  # never "delete the lock file": Open Read-Only, Take Over
    assert not ctx2.has_workspace
    ctx.close_workspace()


def test_a_refused_file_leaves_a_window_that_says_how_to_go_on(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    from ui.app import build_window, create_application

    notes = tmp_path / "notes.rapport"
    notes.write_text("not a database\n", "utf-8")
    before = notes.read_bytes()
    ctx, window = build_window(create_application())
    window.settings = isolated_settings
    window.workspace_menu.settings = isolated_settings
    qtbot.addWidget(window)
    window.show()
    assert window.workspace_menu.open_path(notes) is False
    box = window.findChild(QMessageBox, "workspaceErrorBox")
    assert box is not None and "not a Rapport workspace" in box.text()
    assert notes.read_bytes() == before
    assert window.person.editor.heading.text() == "No workspace open"
    assert "Ctrl+O" in window.statusBar().currentMessage()
    assert not window.workspace_menu.export_action.isEnabled()
    assert not window.workspace_menu.copy_action.isEnabled()
    assert not window.new_action.isEnabled()
    assert not ctx.has_workspace


def test_a_refused_edit_creates_no_organisation(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    from domain.usecases.organisations import list_organisations

    ctx, window = open_main_window(qtbot, tmp_path / "w.rapport", isolated_settings)
    _add_through_dialog(qtbot, window, "Lena Park")
    editor = window.person.editor
    editor.name.clear()  # a blank name is refused…
    editor.organisation.setEditText("Globex")  # …together with the new organisation typed
    editor.organisation.lineEdit().setFocus()
    qtbot.keyClick(editor.organisation.lineEdit(), Qt.Key.Key_Return)
    assert editor.error.isVisible()
    assert list_organisations(ctx.uow()) == []

    editor.name.setText("Lena Park")  # once the edit is accepted the organisation is made
    qtbot.keyClick(editor.organisation.lineEdit(), Qt.Key.Key_Return)
    assert [o.name for o in list_organisations(ctx.uow())] == ["Globex"]
    assert list_stakeholders(ctx.uow())[0].organisation_id is not None
    ctx.close_workspace()


def test_the_register_gets_the_larger_share_and_sorts_titles_by_name(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    workspace = tmp_path / "sorted.rapport"
    with create_workspace(workspace) as fresh:
        for name in ("Kevin O'Brien", "Dr. Katrin Vogel", "Helen Marsh"):
            add_stakeholder(fresh.uow(), Stakeholder(name, job_title="Chief Information Officer"))
    ctx, window = open_main_window(qtbot, workspace, isolated_settings)
    window.resize(1360, 860)

    def table_first() -> None:  # no saved layout: the table gets the larger share
        register, person = window.splitter.sizes()
        assert register >= 1.5 * person > 0

    qtbot.waitUntil(table_first)
    header = window.register.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(1) >= 150)  # job titles readable, once fitted
    shown = window.register.proxy
    names = [shown.index(row, 0).data() for row in range(shown.rowCount())]
    assert names == ["Helen Marsh", "Dr. Katrin Vogel", "Kevin O'Brien"]  # the title is not "D"
    ctx.close_workspace()


def test_an_empty_workspace_shows_how_to_start_and_never_says_none_is_open(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    ctx, window = open_main_window(qtbot, tmp_path / "mine.rapport", isolated_settings)
    start = window.empty_register
    assert start is not None
    qtbot.waitUntil(lambda: window.register_stack.currentWidget() is start)
    assert start.isVisible()
    assert window.person.editor.heading.text() != "No workspace open"
    assert "(Ctrl+N)" in start.add_button.text()

    qtbot.mouseClick(start.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _open_dialog() is not None)
    dialog = _open_dialog()
    assert isinstance(dialog, NewStakeholderDialog)
    qtbot.keyClicks(dialog.name, "Margaret Chen")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: window.register_stack.currentWidget() is window.splitter)
    assert _names(window) == ["Margaret Chen"]

    window.undo_action.trigger()  # no one again: the start page comes back
    assert window.register_stack.currentWidget() is start
    ctx.close_workspace()


def test_the_start_page_opens_the_demo(qtbot, tmp_path: Path, isolated_settings: QSettings) -> None:
    from ui.workspace.locations import demo_workspace_path

    ctx, window = open_main_window(qtbot, tmp_path / "mine.rapport", isolated_settings)
    start = window.empty_register
    assert start is not None
    qtbot.waitUntil(lambda: window.register_stack.currentWidget() is start)
    qtbot.mouseClick(start.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            ctx.workspace.path == demo_workspace_path() and window.register.model.rowCount() > 0
        ),
        timeout=60_000,
    )
    assert window.register_stack.currentWidget() is window.splitter
    ctx.close_workspace()
