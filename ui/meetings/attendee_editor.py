"""A meeting's attendees: add from the register by typing, set each one's role, write talking
points per attendee. Attendees from an invite who are not in Rapport are kept by name."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.model import AttendeeResponse, AttendeeRole, MeetingAttendee
from ui.interactions.people_picker import PeoplePicker
from ui.plain_text import make_plain, tooltip
from ui.translation import tr

ANSWER_LABELS = {
    AttendeeResponse.NONE: "",
    AttendeeResponse.ACCEPTED: QT_TRANSLATE_NOOP("", "✓ accepted"),
    AttendeeResponse.DECLINED: QT_TRANSLATE_NOOP("", "✕ declined"),
    AttendeeResponse.TENTATIVE: QT_TRANSLATE_NOOP("", "? tentative"),
}
ANSWER_COLUMN, ROLE_COLUMN, POINTS_COLUMN = 1, 2, 3

ROLE_LABELS = {
    AttendeeRole.ORGANISER: QT_TRANSLATE_NOOP("", "Organiser"),
    AttendeeRole.REQUIRED: QT_TRANSLATE_NOOP("", "Required"),
    AttendeeRole.OPTIONAL: QT_TRANSLATE_NOOP("", "Optional"),
}


class AttendeeEditor(QWidget):
    #: Emitted with what changed ("attendees", "talking points") after an edit by the user.
    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attendees: list[MeetingAttendee] = []
        self._names: dict[int, str] = {}
        self._loading = False
        self._points_row = -1

        self.picker = PeoplePicker(placeholder="Add an attendee: type a name, Enter")
        self.picker.keep_chips = False
        self.picker.added.connect(self._add)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setObjectName("removeAttendee")
        self.remove_button.clicked.connect(self._remove_current)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("attendeeTable")
        self.table.setHorizontalHeaderLabels(
            [tr("Attendee"), tr("Answer"), tr("Role"), tr("Talking points")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_points(row))

        self.points_label = QLabel(tr("Talking points"))
        make_plain(self.points_label)
        self.points = QPlainTextEdit()
        self.points.setObjectName("talkingPoints")
        self.points.setPlaceholderText(
            tr("What to raise with this person, what to ask, what to avoid…")
        )
        self.points.setTabChangesFocus(True)
        self.points.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.points.installEventFilter(self)

        add_row = QHBoxLayout()
        add_row.addWidget(self.picker, 1)
        add_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.points_label)
        layout.addWidget(self.points)
        self._update_enabled()

    # -- data ---------------------------------------------------------------------------------
    def set_people(self, names: dict[int, str]) -> None:
        self._names = dict(names)
        self.picker.set_people(names)

    def set_attendees(self, attendees: list[MeetingAttendee]) -> None:
        self._loading = True
        keep = self.table.currentRow()
        self._attendees = [replace(a) for a in attendees]
        self.table.setRowCount(0)
        for attendee in self._attendees:
            self._append_row(attendee)
        if self._attendees:
            self.table.setCurrentCell(min(max(keep, 0), len(self._attendees) - 1), 0)
        self._show_points(self.table.currentRow())
        self._loading = False
        self._update_enabled()

    def attendees(self) -> list[MeetingAttendee]:
        self._store_points()
        return [replace(a) for a in self._attendees]

    # -- rows ---------------------------------------------------------------------------------
    def _display_name(self, attendee: MeetingAttendee) -> str:
        if attendee.stakeholder_id is not None and attendee.stakeholder_id in self._names:
            return self._names[attendee.stakeholder_id]
        return attendee.name or attendee.email or "Unnamed"

    def _append_row(self, attendee: MeetingAttendee) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(self._display_name(attendee))
        if attendee.stakeholder_id is None:
            font = QFont(name.font())
            font.setItalic(True)
            name.setFont(font)
            name.setToolTip(
                tooltip(f"{attendee.email}\nNot in Rapport: no history on the prep sheet.")
            )
            name.setForeground(QBrush(self.palette().placeholderText().color()))
        self.table.setItem(row, 0, name)
        answer = QTableWidgetItem(tr(ANSWER_LABELS[AttendeeResponse(attendee.response)]))
        answer.setToolTip(tr("Their answer to the invite, from their calendar's reply."))
        self.table.setItem(row, ANSWER_COLUMN, answer)
        role = QComboBox()
        role.setObjectName("attendeeRole")
        for value, label in ROLE_LABELS.items():
            role.addItem(tr(label), value.value)
        role.setCurrentIndex(role.findData(AttendeeRole(attendee.role).value))
        role.currentIndexChanged.connect(lambda _i, r=role: self._role_changed(r))
        self.table.setCellWidget(row, ROLE_COLUMN, role)
        points = QTableWidgetItem(" ".join(attendee.talking_points.split()))
        self.table.setItem(row, POINTS_COLUMN, points)

    def _role_changed(self, combo: QComboBox) -> None:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, ROLE_COLUMN) is combo:
                self._attendees[row].role = AttendeeRole(combo.currentData())
                if not self._loading:
                    self.edited.emit("attendee role")
                return

    def _add(self, stakeholder_id: int) -> None:
        self.picker.set_selected([])
        if any(a.stakeholder_id == stakeholder_id for a in self._attendees):
            self.select_person(stakeholder_id)
            return
        attendee = MeetingAttendee(stakeholder_id, self._names.get(stakeholder_id, ""))
        self._store_points()
        self._attendees.append(attendee)
        self._append_row(attendee)
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self._update_enabled()
        self.edited.emit("attendees")

    def select_person(self, stakeholder_id: int) -> None:
        for row, attendee in enumerate(self._attendees):
            if attendee.stakeholder_id == stakeholder_id:
                self.table.setCurrentCell(row, 0)

    def _remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self._points_row = -1
        del self._attendees[row]
        self.table.removeRow(row)
        self._show_points(self.table.currentRow())
        self._update_enabled()
        self.edited.emit("attendees")

    # -- talking points -----------------------------------------------------------------------
    def _show_points(self, row: int) -> None:
        self._store_points()
        self._points_row = row
        loading, self._loading = self._loading, True
        if 0 <= row < len(self._attendees):
            attendee = self._attendees[row]
            self.points_label.setText(
                tr("Talking points for {display_name}").format(
                    display_name=self._display_name(attendee)
                )
            )
            self.points.setPlainText(attendee.talking_points)
            self.points.setEnabled(True)
        else:
            self.points_label.setText(tr("Talking points"))
            self.points.clear()
            self.points.setEnabled(False)
        self._loading = loading
        self._update_enabled()

    def _store_points(self) -> bool:
        """Keep the text typed for the attendee it was typed for; True if it changed."""
        row = self._points_row
        if not 0 <= row < len(self._attendees) or self._loading:
            return False
        text = self.points.toPlainText().strip()
        if text == self._attendees[row].talking_points:
            return False
        self._attendees[row].talking_points = text
        item = self.table.item(row, POINTS_COLUMN)
        if item is not None:
            item.setText(" ".join(text.split()))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.points and event.type() == QEvent.Type.FocusOut and self._store_points():
            self.edited.emit("talking points")
        return super().eventFilter(watched, event)

    def _update_enabled(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
