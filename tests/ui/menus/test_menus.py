"""The menu bar as a user meets it: every command in a menu with its shortcut, page switching,
clipboard on the focused field, and the person and meeting commands working from any page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from domain.model import Meeting, MeetingAttendee, Stakeholder
from domain.usecases.interactions import interactions_of
from domain.usecases.meetings import plan_meeting
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from ui.interactions.log_dialog import LogInteractionDialog
from ui.menus.help_actions import ShortcutsDialog
from ui.menus.menu_bar import Menu
from ui.printing.preview import PrepSheetPreview
from ui.ratings.rating_dialog import RatingDialog

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "menus.rapport"
    with create_workspace(path) as opened:
        ada = add_stakeholder(opened.uow(), Stakeholder("Ada Lovelace", job_title="CFO"))
        add_stakeholder(opened.uow(), Stakeholder("Bob Marley", job_title="CMO"))
        plan_meeting(
            opened.uow(),
            Meeting(
                "Budget review",
                NOW + timedelta(days=1),
                NOW + timedelta(days=1, hours=1),
                attendees=[MeetingAttendee(ada.id, ada.name)],
            ),
        )
    return path, ada.id or 0


def _texts(window, menu: Menu) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text().replace("&", "") for m, a in window.menus.actions() if m is menu]


def _press(qtbot, window, keys: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``keys`` into the window, then let go of Ctrl: when a shortcut takes the key,
    Qt still thinks Ctrl is held afterwards, and a click in a later test would then toggle
    instead of select."""
    combo = QKeySequence(keys)[0]
    qtbot.keyClick(window, combo.key(), combo.keyboardModifiers())
    qtbot.keyRelease(window, Qt.Key.Key_Control, Qt.KeyboardModifier.NoModifier)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


def _top_dialog(kind: type) -> object | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def test_the_menus_hold_every_command_in_the_platforms_order(
    qtbot, workspace: tuple[Path, int], isolated_settings: QSettings
) -> None:
    path, _ada = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    titles = [a.text() for a in window.menuBar().actions()]
    assert [t.replace("&", "") for t in titles] == [
        "File", "Edit", "View", "Stakeholder", "Map", "Meeting", "Help",
    ]  # fmt: skip
    assert {"Undo", "Redo", "Cut", "Copy", "Paste", "Select All"} <= set(_texts(window, Menu.EDIT))
    view = _texts(window, Menu.VIEW)
    assert view[:5] == ["Stakeholders", "Maps", "Attention", "Charts", "Meetings"]
    assert {"Zoom In", "Zoom Out", "Full Screen"} <= set(view)
    assert {"New Stakeholder…", "Log Interaction…", "Rate…", "Archive"} <= set(
        _texts(window, Menu.STAKEHOLDER)
    )
    assert {"New Map…", "Add People…", "Print Map…", "As PDF Document…"} <= set(
        _texts(window, Menu.MAP)
    )
    assert {
        "New Meeting…",
        "Import Invite…",
        "Prep Sheet…",
        "All Meetings That Day…",
        "All Meetings That Week…",
    } <= set(_texts(window, Menu.MEETING))
    assert _texts(window, Menu.HELP) == ["Keyboard Shortcuts", "Open Data Folder", "About Rapport"]
    assert "Open the Demo Workspace" in _texts(window, Menu.FILE)
    ctx.close_workspace()


def test_no_key_means_two_commands_on_any_page(
    qtbot, workspace: tuple[Path, int], isolated_settings: QSettings
) -> None:
    path, _ada = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        qtbot.waitUntil(lambda: window.pages.currentWidget().isVisible())
        seen: dict[str, str] = {}
        for _menu, action in window.menus.actions():
            if not action.isEnabled():
                continue
            for key in action.shortcuts():
                text = key.toString()
                assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
                seen[text] = action.text()
        # The pages' own actions gave their keys to the menu's: none left to clash.
        page = window.pages.currentWidget()
        for action in page.findChildren(type(window.undo_action)):
            if action.isEnabled() and not action.shortcuts():
                continue
            for key in action.shortcuts():
                owner = seen.get(key.toString())
                assert owner is None or owner == action.text(), (key.toString(), owner)
    ctx.close_workspace()


def test_ctrl_1_to_5_switch_pages(
    qtbot, workspace: tuple[Path, int], isolated_settings: QSettings
) -> None:
    path, _ada = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    for number in (2, 5, 3, 4, 1):
        _press(qtbot, window, f"Ctrl+{number}")
        assert window.pages.currentIndex() == number - 1
    ctx.close_workspace()


def test_log_interaction_ctrl_l_works_from_any_page_on_the_current_person(
    qtbot, workspace: tuple[Path, int], isolated_settings: QSettings
) -> None:
    path, ada = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    window.show_stakeholder(ada)
    _press(qtbot, window, "Ctrl+4")  # Charts: no Timeline tab in sight
    _press(qtbot, window, "Ctrl+L")
    qtbot.waitUntil(lambda: _top_dialog(LogInteractionDialog) is not None)
    dialog = _top_dialog(LogInteractionDialog)
    assert isinstance(dialog, LogInteractionDialog)
    assert dialog.participants.selected_ids() == [ada]
    qtbot.keyClicks(dialog.summary, "Coffee after the steering committee")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (logged,) = interactions_of(ctx.uow(), ada)
    assert logged.summary == "Coffee after the steering committee"
    assert window.statusBar().currentMessage() == "Logged meeting with Ada Lovelace."
    ctx.close_workspace()


def test_rate_opens_for_the_person_selected_on_the_map_shown(
    qtbot, workspace: tuple[Path, int], isolated_settings: QSettings
) -> None:
    path, ada = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    window.show_stakeholder(ada)
    window.rate_action.trigger()
    dialog = window.last_dialog
    assert isinstance(dialog, RatingDialog)
    assert dialog.stakeholder_id == ada
    dialog.close()
    ctx.close_workspace()


def test_prep_sheet_ctrl_p_from_the_register_previews_the_next_meeting(
    qtbot, workspace: tuple[Path, int], isolated_settings: QSettings
) -> None:
    path, _ada = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    assert window.current_page_title() == "Stakeholders"
    window.register.table.setFocus()
    _press(qtbot, window, "Ctrl+P")
    qtbot.waitUntil(lambda: _top_dialog(PrepSheetPreview) is not None)
    preview = _top_dialog(PrepSheetPreview)
    assert isinstance(preview, PrepSheetPreview)
    assert window.current_page_title() == "Stakeholders"  # printed without leaving the register
    preview.close()
    ctx.close_workspace()


def test_map_commands_apply_while_the_map_shows(
    qtbot, workspace: tuple[Path, int], isolated_settings: QSettings
) -> None:
    path, _ada = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    new_map = next(a for m, a in window.menus.actions() if a.text() == "&New Map…")
    zoom = next(a for m, a in window.menus.actions() if a.text() == "Zoom &In")
    assert not new_map.isEnabled() and not zoom.isEnabled()
    _press(qtbot, window, "Ctrl+2")
    qtbot.waitUntil(lambda: new_map.isEnabled())
    _press(qtbot, window, "Ctrl+1")
    assert not new_map.isEnabled()
    ctx.close_workspace()


def test_copy_and_paste_act_on_the_focused_field_and_a_table_copies_its_rows(
    qtbot, workspace: tuple[Path, int], isolated_settings: QSettings
) -> None:
    path, ada = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    clipboard = window.clipboard
    window.show_stakeholder(ada)
    window.register.table.setFocus()
    qtbot.waitUntil(lambda: clipboard.copy.isEnabled())
    assert not clipboard.paste.isEnabled()  # nothing to paste into a table
    clipboard.copy.trigger()
    assert QGuiApplication.clipboard().text().startswith("Ada Lovelace\tCFO")

    field = window.register.filter_edit
    field.setFocus()
    qtbot.waitUntil(lambda: clipboard.paste.isEnabled())
    QGuiApplication.clipboard().setText("Bob")
    clipboard.paste.trigger()
    assert field.text() == "Bob"
    clipboard.select_all.trigger()
    clipboard.cut.trigger()
    assert field.text() == ""
    assert QGuiApplication.clipboard().text() == "Bob"
    ctx.close_workspace()


def test_keyboard_shortcuts_lists_every_command_with_its_keys(
    qtbot, workspace: tuple[Path, int], isolated_settings: QSettings
) -> None:
    path, _ada = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    window.help_actions.shortcuts.trigger()
    dialog = window.help_actions.dialog
    assert isinstance(dialog, ShortcutsDialog)
    rows = dialog.rows()
    assert ("Stakeholder", "Log Interaction…", "Ctrl+L") in rows
    assert ("Meeting", "Prep Sheet…", "Ctrl+P") in rows
    dialog.filter.setText("interaction")
    assert {r[1] for r in dialog.rows()} == {"Log Interaction…", "Record as Interaction…"}
    dialog.close()
    ctx.close_workspace()


class _Catch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_data_folder_opens_where_the_workspace_lives(
    qtbot, workspace: tuple[Path, int], isolated_settings: QSettings
) -> None:
    from ui.workspace.locations import data_dir

    path, _ada = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    catch = _Catch()
    QDesktopServices.setUrlHandler("file", catch, "open")
    try:
        window.help_actions.data_folder.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in catch.urls] == [data_dir()]
    ctx.close_workspace()
