"""One unit's page: its path, its maturity now and against its target, the assessments (record,
edit, delete) and the chart of its maturity beside the mix of its demand."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.clock import local_today
from domain.model import DemandItem, MaturityAssessment
from domain.usecases.maturity import UnitMaturityView
from ui.formatting import format_date
from ui.ownership.owner_combo import OwnerCombo
from ui.plain_text import plain_label, tooltip
from ui.translation import tr
from ui.units.unit_chart import UnitChart


class UnitPanel(QWidget):
    """Shows one unit; asks its page to act through the signals (the page owns the commands)."""

    assess_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    target_requested = Signal()
    #: The owner chosen in the panel (a login, or None for nobody).
    owner_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitPanel")
        self.view: UnitMaturityView | None = None
        self.heading = plain_label(object_name="unitHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.summary = plain_label(object_name="maturitySummary")
        self.summary.setWordWrap(True)
        self.demand_line = plain_label(object_name="unitDemandLine")
        self.demand_line.setObjectName("mutedLabel")
        self.assess_button = QPushButton(tr("Assess Maturity…"))
        self.assess_button.setObjectName("assessButton")
        self.edit_button = QPushButton(tr("Edit…"))
        self.edit_button.setObjectName("editAssessmentButton")
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setObjectName("deleteAssessmentButton")
        self.target_button = QPushButton(tr("Target…"))
        self.target_button.setObjectName("targetButton")
        self.target_button.setToolTip(tooltip("The level this unit should reach, and by when"))
        self.owner = OwnerCombo(object_name="unitOwnerCombo")
        self.owner.setToolTip(tooltip("The team member who looks after this unit"))
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("assessmentTable")
        self.table.setHorizontalHeaderLabels(
            [tr("Date"), tr("Level"), tr("Assessed by"), tr("Evidence")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.chart = UnitChart()
        self.empty = QLabel(tr("Choose an organisation or unit on the left."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("mutedLabel")

        buttons = QHBoxLayout()
        for button in (self.assess_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(tr("Owner")))
        buttons.addWidget(self.owner)
        buttons.addWidget(self.target_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addWidget(self.summary)
        body.addWidget(self.demand_line)
        body.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setStretchFactor(1, 2)
        body.addWidget(split, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        self.body.hide()

        self.assess_button.clicked.connect(self.assess_requested)
        self.target_button.clicked.connect(self.target_requested)
        self.owner.activated.connect(lambda _i: self.owner_chosen.emit(self.owner.owner()))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._edit())

    def show_unit(self, view: UnitMaturityView | None, items: list[DemandItem]) -> None:
        self.view = view
        self.empty.setVisible(view is None)
        self.body.setVisible(view is not None)
        if view is None:
            return
        self.heading.setText(view.path)
        self.summary.setText(summary_text(view))
        open_items = [i for i in items if i.status.is_open]
        value = sum(i.value or 0 for i in open_items)
        self.demand_line.setText(
            f"Demand: {len(items)} items logged, {len(open_items)} open"
            + (f" (estimated {value:,.0f})" if value else "")
            + " — see the Demand page for the pipeline."
        )
        self.table.setRowCount(len(view.history))
        for row, assessment in enumerate(reversed(view.history)):  # newest first
            cells = [
                format_date(assessment.at),
                assessment.level.title,
                assessment.assessor,
                assessment.note,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, assessment.id)
                if column == 3:
                    item.setToolTip(tooltip(text))
                self.table.setItem(row, column, item)
        self._update_buttons()
        self.chart.draw(view.history, view.target, items)

    def selected_assessment(self) -> MaturityAssessment | None:
        if self.view is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        wanted = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((a for a in self.view.history if a.id == wanted), None)

    def _update_buttons(self) -> None:
        chosen = self.selected_assessment() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _edit(self) -> None:
        chosen = self.selected_assessment()
        if chosen is not None and chosen.id is not None:
            self.edit_requested.emit(chosen.id)

    def _delete(self) -> None:
        chosen = self.selected_assessment()
        if chosen is not None and chosen.id is not None:
            self.delete_requested.emit(chosen.id)


def summary_text(view: UnitMaturityView) -> str:
    """ "Consultative since 3 Mar 2026 · Target: Partner by 1 Jan 2027 — behind target"."""
    current = view.current
    since = current
    for earlier in reversed(view.history):  # back to where the current level began
        if current is None or earlier.level != current.level:
            break
        since = earlier
    parts = [
        f"{current.level.title} since {format_date(since.at)}"
        if current and since
        else "Not assessed yet"
    ]
    if view.target is not None:
        target = f"Target: {view.target.level.title} by {format_date(view.target.due_on)}"
        if view.behind:
            target += " — behind target"
        elif current is not None and current.level >= view.target.level:
            target += " — reached"
        elif view.target.due_on >= local_today():
            target += f" — {(view.target.due_on - local_today()).days} days left"
        parts.append(target)
    return " · ".join(parts)
