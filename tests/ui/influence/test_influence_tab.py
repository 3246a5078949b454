"""The Influence tab: add who influences whom through the dialog, see it from both people's side,
remove it, undo and redo; a double-click opens the other person."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from domain.usecases.influence import influence_around, links_of
from tests.ui.ratings.support import open_person_tab, person_tab, settle
from ui.influence.influence_tab import INWARD, InfluenceTab
from ui.influence.link_dialog import InfluenceLinkDialog


def _rows(tree) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2))
        for i in range(tree.topLevelItemCount())
    ]


def _add(qtbot, tab: InfluenceTab, who: str, strength: int, why: str, direction: int = 0) -> None:  # type: ignore[no-untyped-def]
    tab.add_link(direction)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nobody picked yet
    qtbot.keyClicks(dialog.other.lineEdit(), who)
    assert ok.isEnabled()
    dialog.strength.setCurrentIndex(strength - 1)
    qtbot.keyClicks(dialog.note, why)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_add_see_from_both_sides_remove_undo_and_redo(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample, ctx, window, tab = open_person_tab(
        qtbot, tmp_path, isolated_settings, "ada", "Who influences", InfluenceTab
    )
    assert _rows(tab.influences) == [("Nobody recorded yet", "", "")]

    _add(qtbot, tab, "Bob Marley", 5, "Her budget sponsor")
    _add(qtbot, tab, "cy young", 2, "", direction=INWARD)  # any case
    assert _rows(tab.influences) == [("Bob Marley", "5 · decisive", "Her budget sponsor")]
    assert _rows(tab.influenced_by) == [("Cy Young", "2 · some", "")]
    assert tab.influences_title.text() == "Influences (1)"
    assert window.undo_action.text() == "&Undo Link: Cy Young influences Ada Lovelace"

    window.show_stakeholder(sample.bob)  # Bob's side of the same link
    bob_tab = person_tab(window, "Who influences")
    assert _rows(bob_tab.influenced_by) == [("Ada Lovelace", "5 · decisive", "Her budget sponsor")]

    window.show_stakeholder(sample.ada)
    tab = person_tab(window, "Who influences")
    tab.influences.setCurrentItem(tab.influences.topLevelItem(0))
    assert tab.remove_button.isEnabled()
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert _rows(tab.influences) == [("Nobody recorded yet", "", "")]
    assert len(links_of(ctx.uow())) == 1

    window.undo_action.trigger()  # the link is back, with its note
    assert _rows(tab.influences) == [("Bob Marley", "5 · decisive", "Her budget sponsor")]
    window.undo_action.trigger()
    window.undo_action.trigger()  # before both links
    assert links_of(ctx.uow()) == []
    window.redo_action.trigger()
    assert [i.other_name for i in influence_around(ctx.uow(), sample.ada).influences] == [
        "Bob Marley"
    ]
    ctx.close_workspace()


def test_the_same_link_twice_is_refused_with_a_message(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    _sample, ctx, _window, tab = open_person_tab(
        qtbot, tmp_path, isolated_settings, "ada", "Who influences", InfluenceTab
    )
    messages: list[str] = []
    ctx.error.connect(messages.append)
    _add(qtbot, tab, "Bob Marley", 3, "")
    _add(qtbot, tab, "Bob Marley", 4, "again")
    assert len(links_of(ctx.uow())) == 1
    assert messages and "already influences" in messages[-1]
    ctx.close_workspace()


def test_a_double_click_opens_the_other_person(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample, ctx, window, tab = open_person_tab(
        qtbot, tmp_path, isolated_settings, "ada", "Who influences", InfluenceTab
    )
    _add(qtbot, tab, "Bob Marley", 3, "")
    item = tab.influences.topLevelItem(0)
    tab.influences.itemDoubleClicked.emit(item, 0)
    settle()
    assert window.person.stakeholder_id == sample.bob
    ctx.close_workspace()


def test_delete_elsewhere_leaves_links_alone_and_undo_says_which_link(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    _sample, ctx, window, tab = open_person_tab(
        qtbot, tmp_path, isolated_settings, "ada", "Who influences", InfluenceTab
    )
    _add(qtbot, tab, "Bob Marley", 3, "")
    tab.influences.setCurrentItem(tab.influences.topLevelItem(0))
    window.register.table.setFocus()
    qtbot.waitUntil(window.register.table.hasFocus)
    qtbot.keyClick(window.register.table, Qt.Key.Key_Delete)  # in the register, not the tab
    assert len(links_of(ctx.uow())) == 1

    tab.influences.setFocus()
    qtbot.waitUntil(tab.influences.hasFocus)
    qtbot.keyClick(tab.influences, Qt.Key.Key_Delete)
    assert links_of(ctx.uow()) == []
    assert window.undo_action.text() == "&Undo Unlink: Ada Lovelace influences Bob Marley"
    ctx.close_workspace()


def test_namesakes_are_told_apart_by_the_one_chosen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = InfluenceLinkDialog({1: "Ada", 2: "John Smith", 3: "John Smith"}, 1)
    qtbot.addWidget(dialog)
    dialog.other.setCurrentIndex(1)  # the second John Smith in the list
    assert dialog.other.itemData(1) == dialog.other_id()
    assert dialog.link().target_id == dialog.other.itemData(1)
