"""Keeping what the user picked and where they scrolled while a page reads its data again.

After another team member's change a page reloads under the user's eyes (ui/workspace/
live_updates.py): its lists and trees are refilled, which clears their selection, and some
scroll to their current row. :class:`KeptViewState` notes, for every list, table and tree of a
page, which rows are selected and current (by the row's id, ``Qt.UserRole``, or else its text)
and where it is scrolled, and puts them back once the page has reloaded. Rows that are gone
stay unselected.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget


def _key(index: QModelIndex) -> tuple[int, Any] | None:
    """What identifies the row of ``index``: its id where the model gives one, else its text."""
    first = index.siblingAtColumn(0)
    value = first.data(Qt.ItemDataRole.UserRole)
    if value is not None:
        return int(Qt.ItemDataRole.UserRole), value
    text = first.data(Qt.ItemDataRole.DisplayRole)
    return (int(Qt.ItemDataRole.DisplayRole), text) if text is not None else None


def _find(model: QAbstractItemModel, key: tuple[int, Any]) -> QModelIndex:
    role, value = key
    found = model.match(
        model.index(0, 0),
        role,
        value,
        1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )
    return found[0] if found else QModelIndex()


@dataclass
class _ViewState:
    view: QAbstractItemView
    current: tuple[int, Any] | None
    selected: list[tuple[int, Any]]
    scrolled: tuple[int, int]

    def restore(self) -> None:
        view = self.view
        model, selection = view.model(), view.selectionModel()
        if model is None or selection is None:
            return
        rows = QItemSelectionModel.SelectionFlag.Rows
        if self.current is not None:
            current = _find(model, self.current)
            if current.isValid():
                selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        chosen = QItemSelection()
        for key in self.selected:
            index = _find(model, key)
            if index.isValid():
                chosen.select(index, index)
        if chosen.indexes() or selection.hasSelection():
            selection.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect | rows)
        view.horizontalScrollBar().setValue(self.scrolled[0])
        view.verticalScrollBar().setValue(self.scrolled[1])


class KeptViewState:
    """The selection, current row and scroll position of every item view in ``page``."""

    def __init__(self, page: QWidget) -> None:
        self._views: list[_ViewState] = []
        for view in page.findChildren(QAbstractItemView):
            if isinstance(view, QHeaderView) or not view.isVisible():
                continue
            selection = view.selectionModel()
            if view.model() is None or selection is None:
                continue
            keys = [_key(index) for index in _selected_rows(view)]
            self._views.append(
                _ViewState(
                    view,
                    _key(view.currentIndex()) if view.currentIndex().isValid() else None,
                    [key for key in keys if key is not None],
                    (view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
                )
            )

    def restore(self) -> None:
        for state in self._views:
            state.restore()


def _selected_rows(view: QAbstractItemView) -> list[QModelIndex]:
    selection = view.selectionModel()
    seen: set[tuple[int, int]] = set()
    rows = []
    for index in selection.selectedIndexes():
        where = (index.row(), id(index.internalPointer()) if index.parent().isValid() else 0)
        if where not in seen:
            seen.add(where)
            rows.append(index)
    return rows
