"""The meeting editor: every field saves when it is left, as one undoable step (like the profile).

Title, start and end, place, the maps the meeting concerns, objective, agenda, and the attendees
with their roles and talking points.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.errors import ValidationError
from domain.model import Meeting, StakeholderMap
from domain.rules.recurrence import describe_recurrence
from domain.rules.validation import valid_meeting
from ui.meetings.attendee_editor import AttendeeEditor
from ui.plain_text import make_plain
from ui.translation import tr


def to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch()).astimezone()


class _FocusOut(QObject):
    def __init__(self, callback: object, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()  # type: ignore[operator]
        return False


class MeetingEditor(QWidget):
    #: Emitted with (before, after, what) when the user changed a field.
    edited = Signal(object, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self.meeting: Meeting | None = None
        self._maps: list[StakeholderMap] = []
        self._loading = False

        self.heading = QLabel()
        self.heading.setObjectName("personHeading")
        make_plain(self.heading)
        self.heading.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("mutedLabel")
        make_plain(self.status)

        self.title = QLineEdit()
        self.title.setObjectName("meetingTitle")
        self.start = QDateTimeEdit()
        self.start.setObjectName("meetingStart")
        self.end = QDateTimeEdit()
        self.end.setObjectName("meetingEnd")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.place = QLineEdit()
        self.place.setObjectName("meetingPlace")
        self.place.setPlaceholderText(tr("Room, address or call link"))
        self.maps_button = QToolButton()
        self.maps_button.setObjectName("meetingMaps")
        self.maps_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.maps_menu = QMenu(self.maps_button)
        self.maps_button.setMenu(self.maps_menu)
        self.objective = QPlainTextEdit()
        self.objective.setObjectName("meetingObjective")
        self.objective.setPlaceholderText(tr("What this meeting must achieve"))
        self.objective.setTabChangesFocus(True)
        self.objective.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.agenda = QPlainTextEdit()
        self.agenda.setObjectName("meetingAgenda")
        self.agenda.setPlaceholderText(tr("One item per line"))
        self.agenda.setTabChangesFocus(True)
        self.agenda.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        self.attendees = AttendeeEditor()
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        make_plain(self.error)
        self.error.setWordWrap(True)
        self.error.hide()

        when = QHBoxLayout()
        when.addWidget(self.start)
        when.addWidget(QLabel(tr("to")))
        when.addWidget(self.end)
        when.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(tr("&Title"), self.title)
        form.addRow(tr("When"), when)
        form.addRow(tr("&Place"), self.place)
        form.addRow(tr("&Maps"), self.maps_button)
        form.addRow(tr("&Objective"), self.objective)
        form.addRow(tr("A&genda"), self.agenda)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(tr("<b>Attendees</b>")))
        layout.addWidget(self.attendees, 1)

        self.title.editingFinished.connect(lambda: self._save("title"))
        self.place.editingFinished.connect(lambda: self._save("place"))
        self.start.editingFinished.connect(self._start_changed)
        self.end.editingFinished.connect(lambda: self._save("end"))
        for widget, what in ((self.objective, "objective"), (self.agenda, "agenda")):
            widget.installEventFilter(_FocusOut(lambda what=what: self._save(what), self))
        self.attendees.edited.connect(self._save)
        self.set_meeting(None)

    # -- showing ------------------------------------------------------------------------------
    def set_context(self, names: dict[int, str], maps: list[StakeholderMap]) -> None:
        self.attendees.set_people(names)
        self._maps = maps

    def set_meeting(self, meeting: Meeting | None) -> None:
        self._loading = True
        self.meeting = meeting
        self.error.hide()
        editable = meeting is not None
        for widget in (
            self.title,
            self.start,
            self.end,
            self.place,
            self.maps_button,
            self.objective,
            self.agenda,
            self.attendees,
        ):
            widget.setEnabled(editable)
        if meeting is None:
            self.heading.setText(tr("No meeting selected"))
            self.status.setText(tr("Plan one with New Meeting, or import an invite (.ics)."))
            for edit in (self.title, self.place):
                edit.clear()
            self.objective.clear()
            self.agenda.clear()
            self.attendees.set_attendees([])
            self._fill_maps([])
        else:
            self.heading.setText(
                f"{meeting.title} (cancelled)" if meeting.cancelled else meeting.title
            )
            self.status.setText(self._status_text(meeting))
            self.title.setText(meeting.title)
            self.start.setDateTime(to_qt(meeting.start))
            self.end.setDateTime(to_qt(meeting.end or meeting.start))
            self.place.setText(meeting.place)
            self.objective.setPlainText(meeting.objective)
            self.agenda.setPlainText(meeting.agenda)
            self.attendees.set_attendees(meeting.attendees)
            self._fill_maps(meeting.map_ids)
        self._loading = False

    def _status_text(self, meeting: Meeting) -> str:
        known = sum(a.stakeholder_id is not None for a in meeting.attendees)
        unknown = len(meeting.attendees) - known
        text = "CANCELLED by the organiser · " if meeting.cancelled else ""
        repeats = describe_recurrence(meeting.recurrence)
        if repeats:
            text += f"repeats {repeats} (the next date is shown) · "
        answered = [a for a in meeting.attendees if a.response]
        text += f"{len(meeting.attendees)} attendees"
        if unknown:
            text += f" ({unknown} not in Rapport)"
        if answered:
            text += f" · {len(answered)} answered"
        if meeting.interaction_id is not None:
            text += " · logged as an interaction"
        if meeting.ical_uid:
            text += " · from a calendar invite"
        return text

    def _fill_maps(self, chosen: list[int]) -> None:
        self.maps_menu.clear()
        names = []
        for stakeholder_map in self._maps:
            action = self.maps_menu.addAction(stakeholder_map.name)
            action.setCheckable(True)
            action.setChecked(stakeholder_map.id in chosen)
            action.setData(stakeholder_map.id)
            action.toggled.connect(lambda _on: self._save("maps"))
            if stakeholder_map.id in chosen:
                names.append(stakeholder_map.name)
        if not self._maps:
            self.maps_menu.addAction(tr("No maps yet")).setEnabled(False)
        self.maps_button.setText(", ".join(names) if names else "None (the maps each person is on)")

    # -- saving -------------------------------------------------------------------------------
    def _start_changed(self) -> None:
        """Moving the start keeps the meeting's length."""
        if self._loading or self.meeting is None:
            return
        old_start, old_end = self.meeting.start, self.meeting.end or self.meeting.start
        new_start = from_qt(self.start.dateTime())
        if new_start != old_start:
            self._loading = True
            self.end.setDateTime(to_qt(new_start + (old_end - old_start)))
            self._loading = False
        self._save("time")

    def edited_meeting(self) -> Meeting:
        assert self.meeting is not None
        maps = [a.data() for a in self.maps_menu.actions() if a.isCheckable() and a.isChecked()]
        end = from_qt(self.end.dateTime())
        start = from_qt(self.start.dateTime())
        return replace(
            self.meeting,
            title=self.title.text(),
            start=start,
            end=end if end != start else None,
            place=self.place.text().strip(),
            objective=self.objective.toPlainText().strip(),
            agenda=self.agenda.toPlainText().strip(),
            attendees=self.attendees.attendees(),
            map_ids=[int(m) for m in maps],
        )

    def _save(self, what: str) -> None:
        if self._loading or self.meeting is None:
            return
        try:  # the domain's rules (domain.rules.validation), as every way in
            after = valid_meeting(self.edited_meeting())
        except ValidationError as exc:
            self.show_error(exc)
            return
        self.error.hide()
        before = self.meeting
        if _same(before, after):
            return
        self.edited.emit(before, after, what)

    def show_error(self, exc: ValidationError) -> None:
        self.error.setText(str(exc))
        self.error.show()
        field = {
            "title": self.title,
            "end": self.end,
            "place": self.place,
            "objective": self.objective,
            "agenda": self.agenda,
        }.get(exc.field or "")
        if field is not None:
            field.setFocus()


def _same(a: Meeting, b: Meeting) -> bool:
    def key(m: Meeting) -> tuple[object, ...]:
        end = m.end if m.end != m.start else None
        return (
            " ".join(m.title.split()),
            m.start.timestamp() // 60,
            end.timestamp() // 60 if end else None,
            m.place,
            m.objective,
            m.agenda,
            [(x.stakeholder_id, x.name, x.email, x.role, x.talking_points) for x in m.attendees],
            sorted(m.map_ids),
        )

    return key(a) == key(b)
