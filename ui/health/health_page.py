"""The Health page: every business unit's relationship-health grade and every person's, with
what took their points off. Double-click a person to open them; "How is this graded?" shows the
formula, Grading… changes it (undoably), Report… writes the quarterly report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
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

from domain.clock import local_today, utc_now
from domain.rules.relationship_health import Grade, HealthGrading
from domain.usecases.health import HealthBoard, health_board, load_grading
from ui.app_context import AppContext, Topic
from ui.attention.settings import load_settings
from ui.health.commands import SaveGradingCommand
from ui.health.explanation import penalty_text, show_how_graded
from ui.health.grading_dialog import GradingDialog
from ui.plain_text import make_plain, plain_label, tooltip
from ui.reload_when_shown import ReloadWhenShown
from ui.translation import tr
from ui.undo.use_case_command import push

_TOPICS = {
    Topic.RATINGS,
    Topic.INTERACTIONS,
    Topic.COMMITMENTS,
    Topic.CONCERNS,
    Topic.GRADING,
    Topic.MAPS,
    Topic.STAKEHOLDERS,
    Topic.ORGANISATIONS,
    Topic.WORKSPACE,
}
#: Grade colours: readable on light and dark backgrounds alike.
GRADE_COLOURS = {
    Grade.A: "#1b8a5a",
    Grade.B: "#5a9a2f",
    Grade.C: "#b7791f",
    Grade.D: "#d35400",
    Grade.E: "#c0392b",
}
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


class _Number(QTableWidgetItem):
    """A cell that sorts by its number, not its text."""

    def __init__(self, value: float, text: str) -> None:
        super().__init__(text)
        self.value = value
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _Number):
            return self.value < other.value
        return super().__lt__(other)


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _grade_item(grade: Grade) -> QTableWidgetItem:
    item = _Number(-"ABCDE".index(grade.value), f"{grade.value}  {grade.label}")
    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    item.setForeground(QBrush(QColor(GRADE_COLOURS[grade])))
    font = item.font()
    font.setBold(True)
    item.setFont(font)
    return item


class HealthPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthPage")
        self.ctx = ctx
        self.board: HealthBoard | None = None
        self.grading = HealthGrading()
        self.dialog: GradingDialog | None = None
        self.freshness = ReloadWhenShown(self, ctx, _TOPICS, self.reload)

        heading = QLabel(tr("Relationship health"), objectName="healthHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel("", objectName="mutedLabel")
        make_plain(self.summary)
        self.how_button = QPushButton(tr("How is this graded?"), objectName="howGradedButton")
        self.grading_button = QPushButton(tr("Grading…"), objectName="gradingButton")
        self.report_button = QPushButton(tr("Report…"), objectName="healthReportButton")
        self.report_button.setToolTip(
            tr("The quarterly relationship-health report (PDF, CSV, XLSX)")
        )
        self.how_button.clicked.connect(self.show_how_graded)
        self.grading_button.clicked.connect(self.edit_grading)
        self.report_button.clicked.connect(self.open_report)

        self.units = _table(
            "healthUnits", ["Unit or organisation", "Grade", "Score", "People", "At risk"]
        )
        self.people = _table("healthPeople", ["Name", "Unit", "Grade", "Score", "Main reason"])
        self.people.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.people.itemActivated.connect(self._open_person)
        self.people.itemDoubleClicked.connect(self._open_person)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(heading)
        titles.addWidget(self.summary)
        head.addLayout(titles)
        head.addStretch(1)
        for button in (self.how_button, self.grading_button, self.report_button):
            head.addWidget(button)
        split = QSplitter(Qt.Orientation.Vertical)
        for title, table in (("By business unit", self.units), ("By person", self.people)):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            caption = plain_label(title)
            bold = caption.font()
            bold.setBold(True)
            caption.setFont(bold)
            inner.addWidget(caption)
            inner.addWidget(table)
            split.addWidget(box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addLayout(head)
        layout.addWidget(split, 1)

    # -- data -----------------------------------------------------------------------------------
    def reload(self) -> None:
        self.freshness.loaded()
        if not self.ctx.has_workspace:
            return
        self.grading = load_grading(self.ctx.uow())
        self.board = health_board(
            self.ctx.uow(), load_settings(), self.grading, now=utc_now(), today=local_today()
        )
        self._fill(self.board)

    def _fill(self, board: HealthBoard) -> None:
        units = self.units
        units.setSortingEnabled(False)
        units.setRowCount(len(board.units))
        for row, unit in enumerate(board.units):
            name = QTableWidgetItem(unit.name)
            name.setToolTip(tooltip(unit.name))
            units.setItem(row, 0, name)
            units.setItem(row, 1, _grade_item(unit.health.grade))
            units.setItem(row, 2, _Number(unit.health.score, f"{unit.health.score:.0f}"))
            units.setItem(row, 3, _Number(unit.people, str(unit.people)))
            units.setItem(row, 4, _Number(unit.at_risk, str(unit.at_risk) if unit.at_risk else ""))
        units.setSortingEnabled(True)
        units.sortItems(2, Qt.SortOrder.AscendingOrder)  # the weakest first
        unit_names = {u.organisation_id: u.name for u in board.units}
        rows = sorted(board.people.values(), key=lambda p: (p.health.score, p.name.casefold()))
        people = self.people
        people.setSortingEnabled(False)
        people.setRowCount(len(rows))
        for row, person in enumerate(rows):
            name = QTableWidgetItem(person.name)
            name.setData(PERSON_ROLE, person.stakeholder_id)
            people.setItem(row, 0, name)
            people.setItem(row, 1, QTableWidgetItem(unit_names.get(person.unit_id or -1, "")))
            people.setItem(row, 2, _grade_item(person.health.grade))
            people.setItem(row, 3, _Number(person.health.score, f"{person.health.score:.0f}"))
            reasons = [penalty_text(p) for p in person.health.penalties]
            reason = QTableWidgetItem(reasons[0] if reasons else "")
            if reasons:
                reason.setToolTip(tooltip("\n".join(reasons)))
            people.setItem(row, 4, reason)
        people.setSortingEnabled(True)
        people.sortItems(3, Qt.SortOrder.AscendingOrder)
        at_risk = sum(1 for p in rows if p.health.grade in (Grade.D, Grade.E))
        self.summary.setText(
            tr("{people} people in {units} units · {at_risk} at risk (grade D or E)").format(
                people=len(rows), units=len(board.units), at_risk=at_risk
            )
        )

    def person_row(self, stakeholder_id: int) -> int:
        for row in range(self.people.rowCount()):
            item = self.people.item(row, 0)
            if item is not None and item.data(PERSON_ROLE) == stakeholder_id:
                return row
        return -1

    # -- acting ---------------------------------------------------------------------------------
    def _open_person(self, item: QTableWidgetItem) -> None:
        first = self.people.item(item.row(), 0)
        if first is not None:
            self.ctx.show_stakeholder.emit(int(first.data(PERSON_ROLE)))

    def show_how_graded(self) -> None:
        self.how_box = show_how_graded(self, self.grading)

    def edit_grading(self) -> None:
        if not self.ctx.has_workspace:
            return
        before = load_grading(self.ctx.uow())
        dialog = GradingDialog(before, self)
        self.dialog = dialog

        def save() -> None:
            after = dialog.result_grading
            if after is not None and after != before:
                push(self.ctx, SaveGradingCommand(self.ctx, before, after))

        dialog.accepted.connect(save)
        dialog.open()

    def open_report(self) -> None:
        from ui.health.report_flow import open_report_dialog

        self.report_dialog = open_report_dialog(self.ctx, self)
