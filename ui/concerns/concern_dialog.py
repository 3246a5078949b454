"""The concern editor: who raised what, when, by when it should be dealt with, and how it ended.

A refusal (no title, a target or closing date before the day it was raised) is shown in the
dialog, which stays open with everything typed; the same rules as every other way in
(:func:`domain.rules.validation.valid_concern`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.clock import local_today
from domain.errors import ValidationError
from domain.model import Concern, ConcernKind, ConcernSeverity, ConcernStatus
from domain.rules.validation import valid_concern
from ui.plain_text import make_plain
from ui.translation import tr

KIND_LABELS = {
    ConcernKind.COMPLAINT: QT_TRANSLATE_NOOP("", "Complaint"),
    ConcernKind.RISK: QT_TRANSLATE_NOOP("", "Risk they see"),
    ConcernKind.GRIEVANCE: QT_TRANSLATE_NOOP("", "Grievance"),
    ConcernKind.ISSUE: QT_TRANSLATE_NOOP("", "Issue"),
}
SEVERITY_LABELS = {
    ConcernSeverity.HIGH: QT_TRANSLATE_NOOP("", "High"),
    ConcernSeverity.MEDIUM: QT_TRANSLATE_NOOP("", "Medium"),
    ConcernSeverity.LOW: QT_TRANSLATE_NOOP("", "Low"),
}
STATUS_LABELS = {
    ConcernStatus.OPEN: QT_TRANSLATE_NOOP("", "Open"),
    ConcernStatus.RESOLVED: QT_TRANSLATE_NOOP("", "Resolved"),
    ConcernStatus.WITHDRAWN: QT_TRANSLATE_NOOP("", "Withdrawn"),
}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _date_edit(name: str, day: date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    return edit


def _combo[E](name: str, labels: dict[E, str], current: E) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for value, label in labels.items():
        combo.addItem(tr(label), value)
    combo.setCurrentIndex(list(labels).index(current))
    return combo


class ConcernDialog(QDialog):
    """Edit ``concern`` (a new one has no id); ``result_concern`` holds the checked result."""

    def __init__(self, concern: Concern, person_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("concernDialog")
        new = concern.id is None
        self.setWindowTitle(f"{'New concern' if new else 'Concern'} — {person_name}")
        self.setMinimumWidth(560)
        self.original = concern
        self.result_concern: Concern | None = None
        today = local_today()

        self.title = QLineEdit(concern.title)
        self.title.setObjectName("concernTitle")
        self.title.setPlaceholderText(tr("What they raised, in a line"))
        self.kind = _combo("concernKind", KIND_LABELS, ConcernKind(concern.kind))
        self.severity = _combo(
            "concernSeverity", SEVERITY_LABELS, ConcernSeverity(concern.severity)
        )
        self.raised = _date_edit("concernRaised", concern.raised_on)
        self.has_target = QCheckBox(tr("Deal with it by"))
        self.has_target.setObjectName("concernHasTarget")
        self.target = _date_edit("concernTarget", concern.target_on or today)
        self.has_target.setChecked(concern.target_on is not None)
        self.target.setEnabled(concern.target_on is not None)
        self.has_target.toggled.connect(self.target.setEnabled)
        self.details = QPlainTextEdit(concern.details)
        self.details.setObjectName("concernDetails")
        self.details.setPlaceholderText(tr("In their words; what is at stake"))
        self.details.setFixedHeight(80)
        self.status = _combo("concernStatus", STATUS_LABELS, ConcernStatus(concern.status))
        self.closed = _date_edit("concernClosed", concern.closed_on or today)
        self.resolution = QPlainTextEdit(concern.resolution)
        self.resolution.setObjectName("concernResolution")
        self.resolution.setPlaceholderText(tr("How it was dealt with"))
        self.resolution.setFixedHeight(60)
        self.status.currentIndexChanged.connect(lambda _i: self._follow_status())

        target_row = QHBoxLayout()
        target_row.addWidget(self.has_target)
        target_row.addWidget(self.target, 1)
        form = QFormLayout()
        form.addRow(tr("&Concern"), self.title)
        form.addRow(tr("&Kind"), self.kind)
        form.addRow(tr("&Severity"), self.severity)
        form.addRow(tr("&Raised on"), self.raised)
        form.addRow("", target_row)
        form.addRow(tr("&Details"), self.details)
        form.addRow(tr("S&tatus"), self.status)
        self.closed_label = QLabel(tr("Closed &on"))
        self.closed_label.setBuddy(self.closed)
        form.addRow(self.closed_label, self.closed)
        form.addRow(tr("Res&olution"), self.resolution)

        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        make_plain(self.error)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._follow_status()

    def _follow_status(self) -> None:
        closed = ConcernStatus(self.status.currentData()) is not ConcernStatus.OPEN
        self.closed.setEnabled(closed)
        self.closed_label.setEnabled(closed)

    def concern(self) -> Concern:
        """What the dialog holds now, unchecked."""
        status = ConcernStatus(self.status.currentData())
        return replace(
            self.original,
            title=self.title.text(),
            kind=ConcernKind(self.kind.currentData()),
            severity=ConcernSeverity(self.severity.currentData()),
            raised_on=_day(self.raised),
            target_on=_day(self.target) if self.has_target.isChecked() else None,
            details=self.details.toPlainText(),
            status=status,
            closed_on=None if status is ConcernStatus.OPEN else _day(self.closed),
            resolution=self.resolution.toPlainText(),
        )

    def accept(self) -> None:
        try:
            self.result_concern = valid_concern(self.concern())
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
