"""A page reloading after a team member's change keeps what the user picked and where they
scrolled (ui/kept_view_state.py through ui/reload_when_shown.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget

from persistence.workspace import create_workspace
from ui.app import create_application
from ui.app_context import AppContext, Topic
from ui.reload_when_shown import ReloadWhenShown


class _Page(QWidget):
    """A table of people (ids in UserRole), refilled from scratch on every reload, in a new
    order, as real pages do."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.resize(400, 300)
        self.people = list(range(1, 101))
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_model = QStandardItemModel()
        self.table.setModel(self.table_model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.freshness = ReloadWhenShown(self, ctx, {Topic.STAKEHOLDERS}, self.reload)

    def reload(self) -> None:
        self.freshness.loaded()
        self.table_model.clear()
        for person in self.people:
            item = QStandardItem(f"Person {person}")
            item.setData(person, Qt.ItemDataRole.UserRole)
            self.table_model.appendRow([item, QStandardItem("x")])


@pytest.fixture
def ctx(qtbot, tmp_path: Path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    create_application()
    context = AppContext()
    context.set_workspace(create_workspace(tmp_path / "w.rapport"))
    yield context
    context.close_workspace()


def _ids(view: QTableView) -> set[int]:
    return {int(i.data(Qt.ItemDataRole.UserRole)) for i in view.selectionModel().selectedRows()}


def test_selection_current_row_and_scroll_survive_a_reload_after_others_changes(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = _Page(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    table = page.table
    rows = QItemSelectionModel.SelectionFlag.Rows
    selection = table.selectionModel()
    selection.setCurrentIndex(
        page.table_model.index(50, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | rows
    )
    selection.select(page.table_model.index(52, 0), QItemSelectionModel.SelectionFlag.Select | rows)
    table.verticalScrollBar().setValue(40)

    page.people = [p for p in reversed(page.people) if p != 53]  # a colleague's change
    ctx.announce_others({Topic.STAKEHOLDERS})
    assert _ids(table) == {51}  # person 53 is gone; 51 stays picked, in their new row
    assert table.currentIndex().data(Qt.ItemDataRole.UserRole) == 51
    assert table.verticalScrollBar().value() == 40

    ctx.announce(Topic.STAKEHOLDERS)  # the user's own change: the page does as it always did
    assert _ids(table) == set()
