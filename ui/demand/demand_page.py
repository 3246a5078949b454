"""The Demand page: the demand log of every business unit, or of one (with the units inside it),
as a pipeline board with a column per status.

Log an item, edit it (double-click), move it to the next status or decline it, delete
it: each an undoable step. Filter by unit, kind and text; export what is shown to CSV or XLSX.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.clock import local_today
from domain.model import DemandKind, DemandStatus
from domain.rules.demand import next_statuses
from domain.rules.unit_paths import unit_path
from domain.usecases.demand import (
    EXPORT_HEADER,
    DemandRow,
    Pipeline,
    demand_pipeline,
    export_rows,
)
from domain.usecases.organisations import organisations_by_id
from domain.usecases.timeline import people_names
from persistence.exchange.spreadsheet_safety import write_csv, write_xlsx
from ui.app_context import AppContext, Topic
from ui.attention.settings import load_settings
from ui.demand.commands import (
    AddDemandCommand,
    DeleteDemandCommand,
    EditDemandCommand,
    MoveDemandCommand,
)
from ui.demand.item_dialog import DemandItemDialog
from ui.demand.pipeline_board import PipelineBoard, format_value
from ui.file_saving import ask_save_path, warn
from ui.plain_text import plain_label, tooltip
from ui.reload_when_shown import ReloadWhenShown
from ui.translation import tr
from ui.undo.use_case_command import push

_RELOAD_ON = {Topic.DEMAND, Topic.ORGANISATIONS, Topic.STAKEHOLDERS, Topic.WORKSPACE}
ALL_UNITS = "All units"
ALL_KINDS = "All kinds"
EXPORTS = {".csv": "CSV (*.csv)", ".xlsx": "Excel workbook (*.xlsx)"}


@dataclass(frozen=True, slots=True)
class Filters:
    unit_id: int | None = None
    kind: DemandKind | None = None
    text: str = ""

    def keeps(self, row: DemandRow) -> bool:
        if self.kind is not None and row.item.kind is not self.kind:
            return False
        if self.text:
            haystack = f"{row.item.title} {row.unit} {row.sponsor} {row.item.notes}".casefold()
            return self.text.casefold() in haystack
        return True


class DemandPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demandPage")
        self.ctx = ctx
        self.pipeline: Pipeline | None = None
        self.shown: list[DemandRow] = []
        #: The last dialog the page opened (tests look at it).
        self.last_dialog: QWidget | None = None
        self.freshness = ReloadWhenShown(self, ctx, _RELOAD_ON, self.reload)

        self.unit_filter = QComboBox(objectName="demandUnitFilter")
        self.unit_filter.setMinimumContentsLength(28)
        self.unit_filter.setToolTip(tooltip("One unit (with the units inside it), or all"))
        self.kind_filter = QComboBox(objectName="demandKindFilter")
        self.kind_filter.addItem(ALL_KINDS, None)
        for kind in DemandKind:
            self.kind_filter.addItem(kind.label, kind.value)
        self.search = QLineEdit(objectName="demandSearch")
        self.search.setPlaceholderText(tr("Filter by title, unit, sponsor…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)
        self.board = PipelineBoard()
        self.summary = plain_label(object_name="demandSummary")
        self._build_actions()
        self._build_layout()
        self.unit_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.search.textChanged.connect(lambda _t: self._apply_filters())
        self.board.current_changed.connect(lambda _id: self._update_actions())
        self.board.activated.connect(lambda _id: self.edit_item())
        self.reload()

    # -- layout -------------------------------------------------------------------------------
    def _action(self, text: str, slot: object, tip: str, shortcut: str = "") -> QAction:
        action = QAction(text, self)
        action.setToolTip(tooltip(tip + (f" ({shortcut})" if shortcut else "")))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            "Log Demand…", self.new_item, "A request, opportunity or joint initiative"
        )
        self.edit_action = self._action("Edit…", self.edit_item, "Edit the chosen item")
        self.advance_action = self._action(
            "Advance", self.advance, "Move the chosen item to the next status", "Ctrl+Right"
        )
        self.decline_action = self._action("Decline", self.decline, "Decline the chosen item")
        self.delete_action = self._action("Delete", self.delete_item, "Delete the chosen item")
        self.csv_action = self._action(
            "CSV…", lambda: self.ask_and_export(".csv"), "The items shown, as CSV"
        )
        self.xlsx_action = self._action(
            "Excel Workbook…", lambda: self.ask_and_export(".xlsx"), "The items shown, as XLSX"
        )

    def _build_layout(self) -> None:
        toolbar = QToolBar()
        toolbar.setObjectName("demandToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addWidget(self.unit_filter)
        toolbar.addWidget(self.kind_filter)
        toolbar.addWidget(self.search)
        toolbar.addSeparator()
        for action in (self.new_action, self.edit_action, self.advance_action):
            toolbar.addAction(action)
        toolbar.addAction(self.decline_action)
        toolbar.addAction(self.delete_action)
        toolbar.addSeparator()
        export = QToolButton(objectName="demandExportButton")
        export.setText(tr("Export"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        menu.addAction(self.csv_action)
        menu.addAction(self.xlsx_action)
        export.setMenu(menu)
        toolbar.addWidget(export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(toolbar)
        layout.addWidget(self.summary)
        layout.addWidget(self.board, 1)

    # -- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.freshness.loaded()
        if not self.ctx.has_workspace:
            return
        today = local_today()
        self._fill_units()
        stalled = load_settings().stalled_days
        self.pipeline = demand_pipeline(
            self.ctx.uow(), today, unit_id=self.unit_filter.currentData(), stalled_days=stalled
        )
        self._apply_filters()

    def _fill_units(self) -> None:
        chosen = self.unit_filter.currentData()
        everyone = organisations_by_id(self.ctx.uow())
        self.units = sorted(
            ((i, unit_path(everyone, i)) for i, o in everyone.items() if not o.archived),
            key=lambda pair: pair[1].casefold(),
        )
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(ALL_UNITS, None)
        for unit_id, path in self.units:
            self.unit_filter.addItem(path, unit_id)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(chosen), 0))
        self.unit_filter.blockSignals(False)

    def filters(self) -> Filters:
        kind = self.kind_filter.currentData()
        return Filters(
            self.unit_filter.currentData(),
            DemandKind(kind) if kind else None,
            self.search.text().strip(),
        )

    def _apply_filters(self) -> None:
        if self.pipeline is None:
            return
        keep = self.filters().keeps
        self.shown = [row for row in self.pipeline.rows if keep(row)]
        self.board.set_rows(self.shown)
        open_rows = [r for r in self.shown if r.item.status.is_open]
        value = sum(r.item.value or 0 for r in open_rows)
        stalled = sum(1 for r in open_rows if r.stalled)
        where = self.unit_filter.currentText()
        self.summary.setText(
            f"{where}: {len(self.shown)} items, {len(open_rows)} open"
            + (f" worth an estimated {format_value(value)}" if value else "")
            + (
                f", {stalled} stalled (no move for over {self.pipeline.stalled_days} days)"
                if stalled
                else ""
            )
        )
        self._update_actions()

    def current_row(self) -> DemandRow | None:
        wanted = self.board.current_id()
        return next((r for r in self.shown if r.item.id == wanted), None) if wanted else None

    def _update_actions(self) -> None:
        row = self.current_row()
        has = row is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)
        following = next_statuses(row.item.status) if row else []
        self.advance_action.setEnabled(bool(following))
        self.decline_action.setEnabled(DemandStatus.DECLINED in following)
        if following:
            self.advance_action.setText(tr("Mark {label}").format(label=following[0].label))
        else:
            self.advance_action.setText(tr("Advance"))

    # -- changing -----------------------------------------------------------------------------
    def _people(self) -> list[tuple[int, str]]:
        names = people_names(self.ctx.uow())
        return sorted(names.items(), key=lambda pair: pair[1].casefold())

    def new_item(self) -> None:
        dialog = DemandItemDialog(
            self.units, self._people(), unit_id=self.unit_filter.currentData(), parent=self
        )

        def log() -> None:
            assert dialog.result_item is not None
            if push(self.ctx, AddDemandCommand(self.ctx, dialog.result_item)):
                command = self.ctx.undo_stack.command(self.ctx.undo_stack.index() - 1)
                if isinstance(command, AddDemandCommand) and command.item.id:
                    self.board.select(command.item.id)

        self.last_dialog = dialog
        dialog.accepted.connect(log)
        dialog.open()

    def edit_item(self) -> None:
        row = self.current_row()
        if row is None:
            return
        before = row.item
        dialog = DemandItemDialog(self.units, self._people(), before, parent=self)

        def save() -> None:
            assert dialog.result_item is not None
            push(self.ctx, EditDemandCommand(self.ctx, before, dialog.result_item))

        self.last_dialog = dialog
        dialog.accepted.connect(save)
        dialog.open()

    def advance(self) -> None:
        row = self.current_row()
        following = next_statuses(row.item.status) if row else []
        if row is not None and following:
            push(self.ctx, MoveDemandCommand(self.ctx, row.item, following[0], local_today()))

    def decline(self) -> None:
        row = self.current_row()
        if row is not None and DemandStatus.DECLINED in next_statuses(row.item.status):
            push(
                self.ctx,
                MoveDemandCommand(self.ctx, row.item, DemandStatus.DECLINED, local_today()),
            )

    def delete_item(self) -> None:
        row = self.current_row()
        if row is not None:
            push(self.ctx, DeleteDemandCommand(self.ctx, row.item))

    # -- export -------------------------------------------------------------------------------
    def ask_and_export(self, suffix: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target = ask_save_path(
            self,
            "Export demand",
            Path(folder) / f"demand{suffix}",
            EXPORTS[suffix],
            suffix,
            protect=[self.ctx.workspace.path],
        )
        if target is None:
            return
        try:
            self.export_to(target)
        except OSError as error:  # OutputWriteError among them, saying why
            warn(self, "The demand was not exported", f"{target}\n\n{error}")

    def export_to(self, path: Path) -> None:
        """The items shown (after the filters) as CSV or XLSX, by the file's suffix."""
        rows = export_rows(self.shown)
        if path.suffix.lower() == ".xlsx":
            write_xlsx(path, "Demand", EXPORT_HEADER, rows)
        else:
            write_csv(path, EXPORT_HEADER, rows)
