"""The engagement plan dialog: objective, target attitude and date, strategy, owner, the map it
is about, and the touchpoints, added one by one or repeated (a monthly 1:1 for six months).

A repeat must end, after a number of times or on a date; a touchpoint before the plan starts is
refused. The domain's rules are checked on OK, so a refusal keeps the dialog and what was typed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.clock import local_today
from domain.errors import ValidationError
from domain.model import Attitude, EngagementPlan, Touchpoint, TouchpointKind
from domain.rules.plan_schedule import Repeat, RepeatUnit, repeated
from domain.rules.plan_validation import valid_plan
from ui.domain_words import attitude_label
from ui.plain_text import make_plain
from ui.translation import tr

#: (label, unit, interval) of the repeat choices; None: once.
REPEATS: list[tuple[str, tuple[RepeatUnit, int] | None]] = [
    ("Once", None),
    ("Every week", (RepeatUnit.WEEK, 1)),
    ("Every 2 weeks", (RepeatUnit.WEEK, 2)),
    ("Every month", (RepeatUnit.MONTH, 1)),
    ("Every quarter", (RepeatUnit.MONTH, 3)),
]
ENDS = ["times", "until"]


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    return edit


class PlanDialog(QDialog):
    def __init__(
        self,
        stakeholder_id: int,
        name: str,
        maps: dict[int, str],
        parent: QWidget | None = None,
        plan: EngagementPlan | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.setWindowTitle(f"Engagement plan for {name}" if plan is None else "Change the plan")
        self.setMinimumWidth(720)
        self.result_plan: EngagementPlan | None = None
        self._original = plan
        self._stakeholder_id = stakeholder_id
        today = local_today()
        start = plan.starts_on if plan else today

        self.objective = QLineEdit(plan.objective if plan else "")
        self.objective.setObjectName("planObjective")
        self.objective.setPlaceholderText(
            tr("{name}: neutral → supporter by end of Q3").format(name=name)
        )
        self.starts_on = _date_edit(start, "planStart")
        self.target_attitude = QComboBox()
        self.target_attitude.setObjectName("planTargetAttitude")
        self.target_attitude.addItem("—", None)
        for attitude in Attitude:
            self.target_attitude.addItem(attitude_label(attitude), int(attitude))
        if plan and plan.target_attitude is not None:
            self.target_attitude.setCurrentIndex(
                self.target_attitude.findData(plan.target_attitude)
            )
        self.target_date = _date_edit(
            plan.target_date if plan and plan.target_date else start.replace(day=1), "planTarget"
        )
        self.has_target_date = QComboBox()
        self.has_target_date.addItems([tr("no date"), tr("by")])
        self.has_target_date.setCurrentIndex(1 if plan and plan.target_date else 0)
        self.map = QComboBox()
        self.map.setObjectName("planMap")
        self.map.addItem(tr("— (trust only)"), None)
        for map_id, map_name in maps.items():
            self.map.addItem(map_name, map_id)
        if plan and plan.map_id is not None:
            self.map.setCurrentIndex(max(0, self.map.findData(plan.map_id)))
        self.strategy = QPlainTextEdit(plan.strategy if plan else "")
        self.strategy.setObjectName("planStrategy")
        self.strategy.setPlaceholderText(tr("The strategy in a sentence"))
        self.strategy.setTabChangesFocus(True)
        self.strategy.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.owner = QLineEdit(plan.owner if plan else "")
        self.owner.setObjectName("planOwner")

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("touchpointTable")
        self.table.setHorizontalHeaderLabels(
            [tr("Date"), tr("Kind"), tr("Purpose"), tr("Repeats / done")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.touchpoints: list[Touchpoint] = []
        for touchpoint in plan.touchpoints if plan else []:
            self._append(touchpoint)

        self.new_date = _date_edit(max(start, today), "touchpointDate")
        self.new_kind = QComboBox()
        self.new_kind.setObjectName("touchpointKind")
        for kind in TouchpointKind:
            self.new_kind.addItem(kind.label, kind.value)
        self.new_purpose = QLineEdit()
        self.new_purpose.setObjectName("touchpointPurpose")
        self.new_purpose.setPlaceholderText(tr("Purpose"))
        self.repeat = QComboBox()
        self.repeat.setObjectName("touchpointRepeat")
        for label, _ in REPEATS:
            self.repeat.addItem(label)
        self.end_kind = QComboBox()
        self.end_kind.setObjectName("touchpointEndKind")
        self.end_kind.addItems([tr("times"), tr("until")])
        self.count = QSpinBox()
        self.count.setObjectName("touchpointCount")
        self.count.setRange(0, 500)
        self.count.setValue(6)
        self.until = _date_edit(max(start, today), "touchpointUntil")
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setObjectName("addTouchpointButton")
        self.add_button.clicked.connect(self.add_touchpoints)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setObjectName("removeTouchpointButton")
        self.remove_button.clicked.connect(self.remove_selected)
        self.repeat.currentIndexChanged.connect(lambda _i: self._repeat_changed())
        self.end_kind.currentIndexChanged.connect(lambda _i: self._repeat_changed())

        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        make_plain(self.error)
        self.error.hide()

        target_row = QHBoxLayout()
        target_row.addWidget(self.target_attitude)
        target_row.addWidget(self.has_target_date)
        target_row.addWidget(self.target_date)
        target_row.addStretch(1)
        form = QFormLayout()
        form.addRow(tr("&Objective"), self.objective)
        form.addRow(tr("Starts"), self.starts_on)
        form.addRow(tr("Target attitude"), target_row)
        form.addRow(tr("On the map"), self.map)
        form.addRow(tr("&Strategy"), self.strategy)
        form.addRow(tr("O&wner"), self.owner)
        add_row = QHBoxLayout()
        for widget in (self.new_date, self.new_kind, self.new_purpose):
            add_row.addWidget(widget)
        add_row.setStretch(2, 1)
        repeat_row = QHBoxLayout()
        for widget in (self.repeat, self.end_kind, self.count, self.until, self.add_button):
            repeat_row.addWidget(widget)
        repeat_row.addStretch(1)
        repeat_row.addWidget(self.remove_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        title = QLabel(tr("Touchpoints"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addLayout(repeat_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._repeat_changed()
        self.objective.setFocus()

    # -- touchpoints --------------------------------------------------------------------------
    def _repeat_changed(self) -> None:
        repeating = REPEATS[self.repeat.currentIndex()][1] is not None
        by_date = self.end_kind.currentText() == "until"
        self.end_kind.setVisible(repeating)
        self.count.setVisible(repeating and not by_date)
        self.until.setVisible(repeating and by_date)

    def _repeat(self) -> Repeat | None:
        chosen = REPEATS[self.repeat.currentIndex()][1]
        if chosen is None:
            return None
        unit, interval = chosen
        if self.end_kind.currentText() == "until":
            return Repeat(unit, interval, until=pydate(self.until.date()))
        count = self.count.value()
        return Repeat(unit, interval, count=count if count > 0 else None)

    def add_touchpoints(self) -> None:
        """Add the touchpoint (or its repeats) below; a repeat without an end is refused."""
        try:
            made = repeated(
                pydate(self.new_date.date()),
                TouchpointKind(self.new_kind.currentData()),
                self.new_purpose.text().strip(),
                self._repeat(),
            )
        except ValidationError as exc:
            self._fail(str(exc))
            return
        self.error.hide()
        for touchpoint in made:
            self._append(touchpoint)
        self.new_purpose.clear()

    def _append(self, touchpoint: Touchpoint) -> None:
        self.touchpoints.append(touchpoint)
        self.touchpoints.sort(key=lambda t: (t.on, t.id or 0))
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.touchpoints))
        for row, touchpoint in enumerate(self.touchpoints):
            state = f"done {touchpoint.done_on:%d %b}" if touchpoint.done_on else touchpoint.series
            for column, text in enumerate(
                (f"{touchpoint.on:%a %d %b %Y}", touchpoint.kind.label, touchpoint.purpose, state)
            ):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.touchpoints[row]
        self._fill()

    # -- result -------------------------------------------------------------------------------
    def plan(self, stakeholder_id: int) -> EngagementPlan:
        attitude = self.target_attitude.currentData()
        base = self._original or EngagementPlan(stakeholder_id, "", pydate(self.starts_on.date()))
        return replace(
            base,
            objective=self.objective.text(),
            starts_on=pydate(self.starts_on.date()),
            target_attitude=None if attitude is None else int(attitude),
            target_date=pydate(self.target_date.date())
            if self.has_target_date.currentIndex() == 1
            else None,
            strategy=self.strategy.toPlainText(),
            owner=self.owner.text(),
            map_id=self.map.currentData(),
            touchpoints=[replace(t) for t in self.touchpoints],
        )

    def _accept(self) -> None:
        plan = self.plan(self._stakeholder_id)
        try:  # the domain's rules, here so that a refusal keeps the dialog and its text
            valid_plan(plan)
        except ValidationError as exc:
            self._fail(str(exc))
            return
        self.result_plan = plan
        self.accept()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
