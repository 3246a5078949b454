"""Logging an interaction through the dialog's widgets and finding it on the person's timeline."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from domain.model import Commitment, CommitmentDirection, InteractionKind, Sentiment, Stakeholder
from domain.usecases.interactions import add_commitment, commitments_of, interactions_of
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from ui.interactions.log_dialog import LogInteractionDialog
from ui.interactions.timeline_tab import OVERDUE, TimelineTab


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, int, int]:
    path = tmp_path / "people.rapport"
    with create_workspace(path) as opened:
        ada = add_stakeholder(opened.uow(), Stakeholder("Ada Lovelace", job_title="CFO"))
        bob = add_stakeholder(opened.uow(), Stakeholder("Bob Marley", job_title="CMO"))
        add_commitment(
            opened.uow(),
            Commitment(
                ada.id or 0,
                CommitmentDirection.OURS,
                "Send the cost bridge",
                date.today() - timedelta(days=3),
            ),
        )
    return path, ada.id or 0, bob.id or 0


def _timeline(qtbot, window, person: int) -> TimelineTab:  # type: ignore[no-untyped-def]
    window.show_stakeholder(person)
    for index in range(window.person.count()):
        if window.person.tabText(index) == "Timeline":
            window.person.setCurrentIndex(index)
    tab = window.person.currentWidget().page
    assert isinstance(tab, TimelineTab)
    qtbot.waitUntil(lambda: tab.timeline is not None and tab.timeline.stakeholder_id == person)
    qtbot.waitUntil(tab.isVisible)  # a lazily built page shows on the next turn of the loop
    return tab


def _items(tab: TimelineTab) -> list[QTreeWidgetItem]:
    found: list[QTreeWidgetItem] = []

    def walk(item: QTreeWidgetItem) -> None:
        found.append(item)
        for row in range(item.childCount()):
            walk(item.child(row))

    for index in range(tab.tree.topLevelItemCount()):
        walk(tab.tree.topLevelItem(index))
    return found


def _row(tab: TimelineTab, text: str) -> QTreeWidgetItem:
    matches = [i for i in _items(tab) if any(text in i.text(c) for c in range(4))]
    assert matches, f"no row showing {text!r}"
    return matches[0]


@pytest.mark.date_sensitive  # reads the clock: run a year ahead too
def test_log_an_interaction_in_a_few_keystrokes_and_see_it_on_the_timeline(
    qtbot, workspace: tuple[Path, int, int], isolated_settings: QSettings
) -> None:
    path, ada, bob = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    tab = _timeline(qtbot, window, ada)

    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, LogInteractionDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.participants.selected_ids() == [ada]

    # Kind by its first letter, a second participant by name, a summary, a follow-up.
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "c")
    assert dialog.kind.currentData() == InteractionKind.CALL.value
    qtbot.keyClicks(dialog.participants.edit, "Bob Marley")
    qtbot.keyClick(dialog.participants.edit, Qt.Key.Key_Return)
    assert dialog.participants.selected_ids() == [ada, bob]
    qtbot.keyClicks(dialog.summary, "Budget call: agreed the <b>cost</b> envelope")
    dialog.sentiment.setCurrentIndex(dialog.sentiment.findData(int(Sentiment.POSITIVE)))
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(dialog.summary, Qt.Key.Key_F, shift_ctrl)
    row = dialog.follow_ups.rows[0]
    row.direction.setCurrentIndex(1)  # they owe
    qtbot.keyClicks(row.description, "Share the FY26 budget")
    row.person.setCurrentIndex(row.person.findData(bob))
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    (logged,) = interactions_of(ctx.uow(), ada)
    assert logged.kind is InteractionKind.CALL
    assert logged.participant_ids == [ada, bob]
    assert logged.summary == "Budget call: agreed the <b>cost</b> envelope"
    assert logged.sentiment is Sentiment.POSITIVE
    (promise,) = commitments_of(ctx.uow(), bob)
    assert (promise.direction, promise.description) == (
        CommitmentDirection.THEIRS,
        "Share the FY26 budget",
    )
    assert promise.interaction_id == logged.id

    item = _row(tab, "Budget call: agreed the <b>cost</b> envelope")
    assert item.text(1).startswith("Call") and item.text(3) == "Bob Marley"

    window.undo_action.trigger()
    assert interactions_of(ctx.uow(), ada) == [] and commitments_of(ctx.uow(), bob) == []
    assert not [i for i in _items(tab) if "Budget call" in i.text(2)]
    window.redo_action.trigger()
    assert [i.id for i in interactions_of(ctx.uow(), ada)] == [logged.id]
    ctx.close_workspace()


def test_overdue_commitments_stand_out_and_are_marked_done_with_a_tick(
    qtbot, workspace: tuple[Path, int, int], isolated_settings: QSettings
) -> None:
    path, ada, _bob = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    tab = _timeline(qtbot, window, ada)
    assert "1 overdue" in tab.summary.text()
    item = _row(tab, "Send the cost bridge")
    assert item.text(0) == "overdue 3 d"
    assert item.foreground(2).color() == OVERDUE and item.font(2).bold()
    assert item.parent().text(0).startswith("Open commitments (1)")

    item.setCheckState(0, Qt.CheckState.Checked)
    (done,) = commitments_of(ctx.uow(), ada)
    assert done.done_at is not None
    qtbot.waitUntil(lambda: "0 open commitments" in tab.summary.text())
    window.undo_action.trigger()
    assert commitments_of(ctx.uow(), ada)[0].done_at is None
    assert "1 overdue" in tab.summary.text()
    ctx.close_workspace()


def test_the_dialog_refuses_no_participants_and_a_future_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = LogInteractionDialog({1: "Ada Lovelace"}, [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ok_button.click()
    assert dialog.isVisible() and "at least one person" in dialog.error.text()
    dialog.participants.add_person(1)
    dialog.date.setDate(dialog.date.date().addDays(3))
    dialog.ok_button.click()
    assert dialog.isVisible() and "future" in dialog.error.text()
    assert dialog.result_interaction is None


def test_when_is_now_to_the_minute_a_follow_up_is_made_when_entered_and_the_status_bar_says_so(
    qtbot, workspace: tuple[Path, int, int], isolated_settings: QSettings
) -> None:
    from datetime import datetime

    path, ada, _bob = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    tab = _timeline(qtbot, window, ada)
    before = datetime.now().astimezone().replace(second=0, microsecond=0)
    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, LogInteractionDialog)
    shown = dialog.time.time()
    after = datetime.now().astimezone()
    assert (shown.hour(), shown.minute()) in {
        (before.hour, before.minute),
        (after.hour, after.minute),
    }  # not rounded down to five minutes

    dialog.date.setDate(dialog.date.date().addDays(-2))  # a call two days ago, entered now
    dialog.kind.setCurrentIndex(dialog.kind.findData(InteractionKind.CALL.value))
    dialog.follow_ups.add_row()
    qtbot.keyClicks(dialog.follow_ups.rows[0].description, "Send the minutes")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert window.statusBar().currentMessage() == (
        "Logged call with Ada Lovelace. 1 follow-up added."
    )
    made = next(c for c in commitments_of(ctx.uow(), ada) if c.description == "Send the minutes")
    assert made.created_at is not None
    assert made.created_at.astimezone() >= before
    ctx.close_workspace()
