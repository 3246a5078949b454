"""The person's Notes tab and the profile's owner choice, driven as a user would, each change
undone and redone through the window's undo stack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from domain.model import Note, Stakeholder
from domain.usecases.stakeholders import add_stakeholder, get_stakeholder
from persistence.repositories.notes import local_login
from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from ui.ownership.notes_tab import NOTE_ROLE, NotesTab


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "people.rapport"
    with create_workspace(path) as opened:
        ada = add_stakeholder(opened.uow(), Stakeholder("Ada Lovelace", job_title="CFO"))
        assert ada.id is not None
        with opened.uow() as uow:  # a note by someone else (a colleague's, from an import)
            uow.notes.add(Note(ada.id, "Met her at the offsite.", author="carol.x"))
            uow.commit()
    return path, ada.id


def _notes_tab(qtbot, window, person: int) -> NotesTab:  # type: ignore[no-untyped-def]
    window.show_stakeholder(person)
    for index in range(window.person.count()):
        if window.person.tabText(index) == "Notes":
            window.person.setCurrentIndex(index)
    tab = window.person.currentWidget().page
    assert isinstance(tab, NotesTab)
    qtbot.waitUntil(tab.isVisible)
    return tab


def _texts(tab: NotesTab) -> list[str]:
    return [tab.list.item(row).text() for row in range(tab.list.count())]


def test_a_private_note_is_added_edited_deleted_and_each_step_undone(
    qtbot, workspace: tuple[Path, int], isolated_settings: QSettings
) -> None:
    path, ada = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    tab = _notes_tab(qtbot, window, ada)
    assert len(_texts(tab)) == 1 and _texts(tab)[0].endswith("Met her at the offsite.")
    assert not tab.save_button.isEnabled()  # nothing written yet

    qtbot.keyClicks(tab.editor, "Thinking of leaving.")
    tab.private.setChecked(True)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.editor.toPlainText() == "" and not tab.private.isChecked()
    newest = tab.list.item(0)
    assert newest.text().startswith(local_login() + " · ")
    assert newest.text().endswith("Thinking of leaving.")
    assert not newest.icon().isNull()  # the padlock
    assert tab.list.item(1).icon().isNull()
    with ctx.uow() as uow:
        [mine] = [n for n in uow.notes.list(ada) if n.author == local_login()]
    assert mine.private and mine.text == "Thinking of leaving."

    ctx.undo_stack.undo()
    assert len(_texts(tab)) == 1
    ctx.undo_stack.redo()
    assert _texts(tab)[0].endswith("Thinking of leaving.")

    # Change it: select, Edit, rewrite, make it shared.
    tab.list.setCurrentRow(0)
    assert tab.edit_button.isEnabled()
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert tab.editor.toPlainText() == "Thinking of leaving." and tab.private.isChecked()
    tab.editor.setPlainText("Thinking of leaving; wants a bigger role.")
    tab.private.setChecked(False)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert _texts(tab)[0].endswith("wants a bigger role.") and "(edited)" in _texts(tab)[0]
    assert tab.list.item(0).icon().isNull()
    ctx.undo_stack.undo()
    assert _texts(tab)[0].endswith("Thinking of leaving.")
    assert not tab.list.item(0).icon().isNull()

    # A colleague's note can be read, not changed.
    tab.list.setCurrentRow(1)
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()

    tab.list.setCurrentRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert len(_texts(tab)) == 1
    ctx.undo_stack.undo()
    assert tab.list.item(0).data(NOTE_ROLE) == mine.id  # back under its own id


def test_the_owner_is_chosen_on_the_profile_and_undone(
    qtbot, workspace: tuple[Path, int], isolated_settings: QSettings
) -> None:
    path, ada = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    window.show_stakeholder(ada)
    combo = window.person.editor.owner
    assert combo.currentText() == "Nobody"
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Nobody",
        f"{local_login()} (me)",
    ]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert get_stakeholder(ctx.uow(), ada).owner == local_login()
    assert ctx.undo_stack.undoText() == "Edit owner of Ada Lovelace"
    ctx.undo_stack.undo()
    assert get_stakeholder(ctx.uow(), ada).owner is None
    assert combo.currentText() == "Nobody"
