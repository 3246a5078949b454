"""Follow-ups typed while logging: each becomes a commitment, ours or theirs, with a due date.

One row per follow-up: who owes (we / they), what, whose (a participant) and by when. Enter in the
description adds the next row, so a list is typed without the mouse.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.clock import local_today
from domain.model import Commitment, CommitmentDirection
from ui.translation import tr

#: The date a due-date editor shows as "no date".
NO_DATE = QDate(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class FollowUp:
    direction: CommitmentDirection
    description: str
    stakeholder_id: int | None
    due_on: date | None


class FollowUpRow(QWidget):
    removed = Signal(object)
    submitted = Signal(object)

    def __init__(self, people: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpRow")
        self.direction = QComboBox()
        self.direction.setObjectName("followUpDirection")
        self.direction.setAccessibleName(tr("Who owes it"))
        self.direction.addItem(tr("We owe"), CommitmentDirection.OURS.value)
        self.direction.addItem(tr("They owe"), CommitmentDirection.THEIRS.value)
        self.description = QLineEdit(placeholderText="What was promised…")
        self.description.setObjectName("followUpDescription")
        self.person = QComboBox()
        self.person.setObjectName("followUpPerson")
        self.person.setAccessibleName(tr("Whose commitment"))
        self.person.setMinimumContentsLength(12)
        self.due = QDateEdit()
        self.due.setObjectName("followUpDue")
        self.due.setAccessibleName(tr("Due date"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMM yyyy")
        self.due.setMinimumDate(NO_DATE)
        self.due.setSpecialValueText(tr("no date"))
        self.due.setDate(QDate(local_today()).addDays(7))
        remove = QToolButton()
        remove.setText("×")
        remove.setObjectName("followUpRemove")
        remove.setToolTip(tr("Remove this follow-up"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        self.description.installEventFilter(self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.direction)
        layout.addWidget(self.description, 1)
        layout.addWidget(self.person)
        layout.addWidget(self.due)
        layout.addWidget(remove)
        self.set_people(people)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.description
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # Enter starts the next follow-up instead of pressing the dialog's default button.
            self.submitted.emit(self)
            return True
        return super().eventFilter(watched, event)

    def set_people(self, people: dict[int, str]) -> None:
        current = self.person.currentData()
        self.person.clear()
        for person_id, name in people.items():
            self.person.addItem(name, person_id)
        index = self.person.findData(current)
        self.person.setCurrentIndex(index if index >= 0 else 0)
        self.person.setVisible(len(people) > 1)

    def value(self) -> FollowUp:
        due = self.due.date()
        return FollowUp(
            CommitmentDirection(self.direction.currentData()),
            " ".join(self.description.text().split()),
            self.person.currentData(),
            None if due == NO_DATE else date(due.year(), due.month(), due.day()),
        )


class FollowUpList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpList")
        self._people: dict[int, str] = {}
        self.rows: list[FollowUpRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        self.add_button = QPushButton(tr("+ Add follow-up"))
        self.add_button.setObjectName("addFollowUp")
        self.add_button.setToolTip(tr("A commitment made in this interaction (Ctrl+Shift+F)"))
        self.add_button.clicked.connect(lambda: self.add_row())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)
        layout.addLayout(add_line)

    def set_people(self, people: dict[int, str]) -> None:
        """The participants a follow-up can belong to."""
        self._people = dict(people)
        for row in self.rows:
            row.set_people(self._people)

    def add_row(self) -> FollowUpRow:
        row = FollowUpRow(self._people)
        row.removed.connect(self._remove)
        row.submitted.connect(self._submitted)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        row.description.setFocus()
        return row

    def _remove(self, row: FollowUpRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self.add_button.setFocus()

    def _submitted(self, row: FollowUpRow) -> None:
        if row is self.rows[-1] and row.description.text().strip():
            self.add_row()

    def follow_ups(self) -> list[FollowUp]:
        """The rows typed in (empty rows are left out)."""
        return [v for v in (row.value() for row in self.rows) if v.description]

    def commitments(self, fallback_person: int | None) -> list[Commitment]:
        found = []
        for follow_up in self.follow_ups():
            person = follow_up.stakeholder_id or fallback_person
            if person is None:
                continue
            found.append(
                Commitment(person, follow_up.direction, follow_up.description, follow_up.due_on)
            )
        return found
