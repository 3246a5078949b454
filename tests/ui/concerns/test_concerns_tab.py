"""Concerns through the person's Concerns tab: recorded, refused, resolved, reopened, deleted,
each step undone and redone through the window's undo stack."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt

from domain.clock import local_today
from domain.model import ConcernStatus, Stakeholder
from domain.usecases.concerns import concerns_of
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from ui.concerns.concerns_tab import OVERDUE, ConcernsTab


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "people.rapport"
    with create_workspace(path) as opened:
        ada = add_stakeholder(opened.uow(), Stakeholder("Ada Lovelace", job_title="CFO"))
    return path, ada.id or 0


def _tab(qtbot, window, person: int) -> ConcernsTab:  # type: ignore[no-untyped-def]
    window.show_stakeholder(person)
    for index in range(window.person.count()):
        if window.person.tabText(index) == "Concerns":
            window.person.setCurrentIndex(index)
    tab = window.person.currentWidget().page
    assert isinstance(tab, ConcernsTab)
    qtbot.waitUntil(lambda: tab.person is not None and tab.person.id == person)
    qtbot.waitUntil(tab.isVisible)
    return tab


def _qdate(days_from_today: int) -> QDate:
    day = local_today() + timedelta(days=days_from_today)
    return QDate(day.year, day.month, day.day)


def test_a_concern_is_recorded_resolved_reopened_and_deleted_undoably(
    qtbot, workspace: tuple[Path, int], isolated_settings: QSettings
) -> None:
    path, ada = workspace
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    tab = _tab(qtbot, window, ada)
    assert tab.summary.text() == "0 open concerns"

    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.title, "Month-end close slips")
    dialog.raised.setDate(_qdate(-30))
    dialog.has_target.setChecked(True)
    dialog.target.setDate(_qdate(-40))  # before it was raised: refused, dialog stays open
    dialog.accept()
    assert dialog.isVisible() and "before the concern was raised" in dialog.error.text()
    assert concerns_of(ctx.uow(), ada) == []
    dialog.target.setDate(_qdate(-2))
    dialog.accept()
    assert not dialog.isVisible()

    [stored] = concerns_of(ctx.uow(), ada)
    assert stored.title == "Month-end close slips" and stored.is_overdue(local_today())
    qtbot.waitUntil(lambda: tab.summary.text() == "1 open concern, 1 overdue")
    row = tab.tree.topLevelItem(0)
    assert row.text(2) == "overdue 2 d" and row.foreground(0).color() == OVERDUE
    assert "Issue, raised" in row.toolTip(0)
    assert ctx.undo_stack.undoText() == "Record concern “Month-end close slips”"

    tab.select(stored.id or 0)
    qtbot.mouseClick(tab.resolve_button, Qt.MouseButton.LeftButton)
    resolving = tab.dialog
    assert resolving is not None and resolving.status.currentData() == ConcernStatus.RESOLVED
    assert resolving.closed.isEnabled()
    qtbot.keyClicks(resolving.resolution, "Moved the batch window")
    resolving.accept()
    [closed] = concerns_of(ctx.uow(), ada)
    assert (closed.status, closed.closed_on, closed.resolution) == (
        ConcernStatus.RESOLVED,
        local_today(),
        "Moved the batch window",
    )
    qtbot.waitUntil(lambda: tab.summary.text() == "0 open concerns · 1 closed")

    ctx.undo_stack.undo()  # the resolution
    assert concerns_of(ctx.uow(), ada)[0].is_open
    ctx.undo_stack.redo()
    assert not concerns_of(ctx.uow(), ada)[0].is_open

    tab.select(stored.id or 0)
    qtbot.mouseClick(tab.reopen_button, Qt.MouseButton.LeftButton)
    assert concerns_of(ctx.uow(), ada)[0].is_open
    assert ctx.undo_stack.undoText() == "Reopen concern “Month-end close slips”"

    tab.select(stored.id or 0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert concerns_of(ctx.uow(), ada) == []
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 0)
    ctx.undo_stack.undo()
    [back] = concerns_of(ctx.uow(), ada)
    assert back.id == stored.id and back.is_open
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1)
    for _ in range(4):
        ctx.undo_stack.undo()
    assert concerns_of(ctx.uow(), ada) == []  # back to before the concern was recorded
