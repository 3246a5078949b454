"""The register pane: type-to-filter box, sortable table, and a count of who is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.usecases.register import register
from ui.app_context import AppContext, Topic
from ui.elided_tooltips import show_whole_text_on_hover
from ui.fitted_columns import ColumnFitter
from ui.ownership.commands import SetOwnersCommand
from ui.ownership.owner_dialog import OwnerDialog
from ui.ownership.team_cache import current_team, my_login
from ui.plain_text import tooltip
from ui.stakeholders.register_model import ID_ROLE, Column, RegisterFilter, RegisterModel
from ui.translation import tr
from ui.undo.use_case_command import push

_REFRESH_ON = {
    Topic.STAKEHOLDERS,
    Topic.ORGANISATIONS,
    Topic.RATINGS,
    Topic.INTERACTIONS,
    Topic.WORKSPACE,
}


class StakeholderList(QWidget):
    #: The stakeholder id now selected (or -1 for none).
    current_changed = Signal(int)
    #: Emitted after the rows were (re)loaded from the workspace.
    loaded = Signal()
    #: Emitted with the paths of contact files (.vcf, .csv, .xlsx) dropped on the register.
    contact_files_dropped = Signal(list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAcceptDrops(True)
        self.model = RegisterModel(self)
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(placeholderText="Filter by name, title, organisation or tag…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setObjectName("registerFilter")
        self.show_archived = QCheckBox(tr("Show archived"))
        # Only the people the user owns (a team's account manager's own patch).
        self.mine = QCheckBox(tr("Mine"))
        self.mine.setObjectName("registerMine")
        self.mine.setToolTip(tooltip("Only the people you own"))
        self.count_label = QLabel()
        self.count_label.setObjectName("mutedLabel")

        self.table = QTableView()
        show_whole_text_on_hover(self.table)  # clipped cells show their whole text
        self.table.setObjectName("registerTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setDragEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        # Columns sized to their content; short of room, name, title and organisation give way
        # (never below their heading) and show their whole text on hover.
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.columns = ColumnFitter(
            self.table,
            [Column.NAME, Column.TITLE, Column.ORGANISATION, Column.RELATION],
            grows=Column.TITLE,
            parent=self,
            keeps={Column.NAME: 150},
        )

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.mine)
        top.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.filter_edit.textChanged.connect(self._filter)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.mine.toggled.connect(self._filter_mine)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        ctx.changed.connect(self._on_changed)

    # -- data ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the rows again, keeping who is selected; after another team member's change
        (``ctx.announcing_others``) also where the list is scrolled to and the filter."""
        keep = self.current_id()
        chosen = self.selected_ids()
        others = self.ctx.announcing_others
        scrolled = self.table.verticalScrollBar().value(), self.table.horizontalScrollBar().value()
        self.model.set_rows(register(self.ctx.uow(), self.show_archived.isChecked()))
        self._update_count()
        if keep >= 0:
            self.select(keep, keep_view=others)
        if others:
            self._select_also([i for i in chosen if i != keep])
            self.table.verticalScrollBar().setValue(scrolled[0])
            self.table.horizontalScrollBar().setValue(scrolled[1])
        self.columns.fit()
        self.loaded.emit()

    def is_empty_workspace(self) -> bool:
        """No one in the workspace at all, archived people included."""
        if self.model.rowCount():
            return False
        return self.show_archived.isChecked() or not register(self.ctx.uow(), True)

    def _on_changed(self, topic: str) -> None:
        if Topic(topic) in _REFRESH_ON and self.ctx.has_workspace:
            self.reload()

    # -- selection ----------------------------------------------------------------------------
    def current_id(self) -> int:
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else -1

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(index.data(ID_ROLE)) for index in rows]

    def select(self, stakeholder_id: int, *, keep_view: bool = False) -> bool:
        """Make ``stakeholder_id`` the one selected and scroll to them (clearing a filter that
        hides them); ``keep_view``: neither scroll nor touch the filter."""
        source_row = self.model.row_of(stakeholder_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():  # filtered out: clear the filter so the person shows
            if keep_view:
                return False
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if not keep_view:
            self.table.scrollTo(index)
        return True

    def _select_also(self, stakeholder_ids: list[int]) -> None:
        """Add ``stakeholder_ids`` (those still shown) to the selection."""
        selection = self.table.selectionModel()
        for stakeholder_id in stakeholder_ids:
            source_row = self.model.row_of(stakeholder_id)
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if source_row >= 0 and index.isValid():
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(int(current.data(ID_ROLE)) if current.isValid() else -1)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _filter_mine(self, on: bool) -> None:
        self.proxy.set_owner(my_login(self.ctx) if on and self.ctx.has_workspace else None)
        self._update_count()

    def set_owner_of_selected(self) -> None:
        """Stakeholder ▸ Set Owner…: one owner (or nobody) for every selected person, one
        undo step."""
        ids = self.selected_ids() or ([self.current_id()] if self.current_id() >= 0 else [])
        if not ids or not self.ctx.has_workspace:
            return
        team = current_team(self.ctx)
        names = [self.model.data(self.model.index(self.model.row_of(i), 0)) for i in ids]
        what = names[0] if len(ids) == 1 else f"{len(ids)} people"
        dialog = OwnerDialog(team, what, self)
        self.owner_dialog = dialog
        dialog.accepted.connect(
            lambda: push(self.ctx, SetOwnersCommand(self.ctx, ids, dialog.owner(), what))
        )
        dialog.open()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        noun = "person" if total == 1 else "people"
        self.count_label.setText(
            f"{total} {noun}" if shown == total else f"{shown} of {total} {noun} shown"
        )

    # -- dropping contact files -----------------------------------------------------------------
    def _dropped_paths(self, event: QDropEvent | QDragEnterEvent) -> list[Path]:
        from ui.contacts.import_flow import is_contact_file

        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return paths if paths and all(is_contact_file(p) for p in paths) else []

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction() if event.mimeData().hasUrls() else event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.contact_files_dropped.emit(paths)
        else:
            event.ignore()
