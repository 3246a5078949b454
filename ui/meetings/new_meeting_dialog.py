"""Plan a meeting: what, when and where; attendees, maps and the rest go in the editor after."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.errors import ValidationError
from domain.model import Meeting
from domain.rules.validation import valid_meeting
from ui.meetings.meeting_editor import from_qt, to_qt
from ui.plain_text import make_plain
from ui.translation import tr

DURATIONS = [
    (15, "15 minutes"),
    (30, "30 minutes"),
    (45, "45 minutes"),
    (60, "1 hour"),
    (90, "1½ hours"),
    (120, "2 hours"),
    (180, "3 hours"),
    (240, "half a day"),
]


def next_slot(now: datetime | None = None) -> datetime:
    """Tomorrow at 10:00, local time: a sensible first guess for a new meeting."""
    moment = (now or datetime.now()).astimezone()
    return (moment + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)


class NewMeetingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, start: datetime | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newMeetingDialog")
        self.setWindowTitle(tr("Plan meeting"))
        self.setMinimumWidth(440)
        self.result_meeting: Meeting | None = None
        self.title = QLineEdit()
        self.title.setObjectName("newMeetingTitle")
        self.title.setPlaceholderText(tr("e.g. ERP steering committee"))
        self.start = QDateTimeEdit(to_qt(start or next_slot()))
        self.start.setObjectName("newMeetingStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.duration = QComboBox()
        self.duration.setObjectName("newMeetingDuration")
        for minutes, label in DURATIONS:
            self.duration.addItem(label, minutes)
        self.duration.setCurrentIndex(3)
        self.place = QLineEdit()
        self.place.setObjectName("newMeetingPlace")
        self.place.setPlaceholderText(tr("Room, address or call link"))
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        make_plain(self.error)
        self.error.hide()
        form = QFormLayout()
        form.addRow(tr("&Title"), self.title)
        form.addRow(tr("&Starts"), self.start)
        form.addRow(tr("&Lasts"), self.duration)
        form.addRow(tr("&Place"), self.place)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Plan"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.title.setFocus()

    def _accept(self) -> None:
        start = from_qt(self.start.dateTime())
        try:  # the domain's rules, checked here so that a refusal keeps the dialog and its text
            self.result_meeting = valid_meeting(
                Meeting(
                    self.title.text(),
                    start,
                    start + timedelta(minutes=int(self.duration.currentData())),
                    place=self.place.text().strip(),
                )
            )
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            {"place": self.place}.get(exc.field or "", self.title).setFocus()
            return
        self.accept()
