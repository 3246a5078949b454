"""The small dialogs of the Units page: a name, a unit to move or merge into, an assessment and a
target. Each checks what was typed by the domain's rules before closing, and on a refusal says
why and keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.clock import as_utc, local_today
from domain.errors import ValidationError
from domain.model import MaturityAssessment, MaturityLevel, MaturityTarget, Organisation
from domain.rules.validation import valid_maturity, valid_organisation
from ui.plain_text import make_plain, plain_label
from ui.translation import tr


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _CheckedDialog(QDialog):
    """A form with OK/Cancel whose OK runs ``check``: a ValidationError is shown, not closing."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.error = make_plain(QLabel())
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def check(self) -> None:
        """Raise ValidationError to refuse; store the result otherwise."""

    def _accept(self) -> None:
        try:
            self.check()
        except ValidationError as refused:
            self.error.setText(str(refused))
            self.error.show()
            return
        self.accept()


def unit_combo(
    choices: Sequence[tuple[int | None, str]], current: int | None = None, name: str = ""
) -> QComboBox:
    """A picker of units by their paths (typing filters by any part of the path)."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setMaxVisibleItems(20)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for unit_id, path in choices:
        combo.addItem(path, unit_id)
    completer = combo.completer()
    if completer is not None:
        from PySide6.QtCore import Qt

        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


class OrganisationDialog(_CheckedDialog):
    """A new organisation (no parent) or unit (under a parent), or a new name."""

    def __init__(
        self,
        title: str,
        ok_text: str,
        name: str = "",
        parents: Sequence[tuple[int | None, str]] | None = None,
        parent_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, ok_text, parent)
        self.setObjectName("organisationDialog")
        self.name = QLineEdit(name)
        self.name.setObjectName("organisationName")
        self.name.selectAll()
        self.form.addRow(tr("&Name"), self.name)
        self.parent_combo: QComboBox | None = None
        if parents is not None:
            self.parent_combo = unit_combo(parents, parent_id, "parentCombo")
            self.form.addRow(tr("&Inside"), self.parent_combo)
        self.result_name = ""

    def chosen_parent(self) -> int | None:
        if self.parent_combo is None:
            return None
        data = self.parent_combo.currentData()
        return int(data) if data is not None else None

    def check(self) -> None:
        self.result_name = valid_organisation(Organisation(self.name.text())).name


class ChooseUnitDialog(_CheckedDialog):
    """Where to move a unit, or which one to merge it into."""

    def __init__(
        self,
        title: str,
        prompt: str,
        ok_text: str,
        choices: Sequence[tuple[int | None, str]],
        current: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, ok_text, parent)
        self.setObjectName("chooseUnitDialog")
        note = plain_label(prompt)
        note.setWordWrap(True)
        self.form.addRow(note)
        self.combo = unit_combo(choices, current, "unitChoice")
        self.form.addRow(tr("&Unit"), self.combo)
        self.chosen: int | None = None

    def check(self) -> None:
        if self.combo.findText(self.combo.currentText()) < 0:
            raise ValidationError("Choose one of the units in the list.")
        data = self.combo.itemData(self.combo.findText(self.combo.currentText()))
        self.chosen = int(data) if data is not None else None


def level_combo(current: MaturityLevel | None, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for level in MaturityLevel:
        combo.addItem(f"{int(level)} · {level.title}", int(level))
    if current is not None:
        combo.setCurrentIndex(combo.findData(int(current)))
    return combo


class AssessmentDialog(_CheckedDialog):
    """Record (or edit) a unit's maturity level on a date, with the evidence and who assessed."""

    def __init__(
        self,
        unit_path: str,
        organisation_id: int,
        before: MaturityAssessment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = "Edit maturity assessment" if before else "Assess maturity"
        super().__init__(title, "Save" if before else "Record", parent)
        self.setObjectName("assessmentDialog")
        self.organisation_id = organisation_id
        self.before = before
        heading = plain_label(unit_path)
        heading.setObjectName("dialogHeading")
        self.form.addRow(heading)
        self.level = level_combo(before.level if before else None, "assessmentLevel")
        self.day = QDateEdit(to_qdate(before.at.date() if before else local_today()))
        self.day.setObjectName("assessmentDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.assessor = QLineEdit(before.assessor if before else "")
        self.assessor.setObjectName("assessmentAssessor")
        self.assessor.setPlaceholderText(tr("who assessed it"))
        self.evidence = QPlainTextEdit(before.note if before else "")
        self.evidence.setObjectName("assessmentEvidence")
        self.evidence.setPlaceholderText(
            tr("What shows it: e.g. 'Retail brought us the problem before choosing a tool'")
        )
        self.evidence.setTabChangesFocus(True)
        self.form.addRow(tr("&Level"), self.level)
        self.form.addRow(tr("&On"), self.day)
        self.form.addRow(tr("&Assessed by"), self.assessor)
        self.form.addRow(tr("&Evidence"), self.evidence)
        self.result_assessment: MaturityAssessment | None = None

    def check(self) -> None:
        day = from_qdate(self.day.date())
        at = as_utc(datetime.combine(day, time(12, 0)).astimezone())
        if self.before is not None and self.before.at.astimezone().date() == day:
            at = self.before.at  # the same day: keep the moment it had
        self.result_assessment = valid_maturity(
            MaturityAssessment(
                self.organisation_id,
                MaturityLevel(self.level.currentData()),
                at,
                self.evidence.toPlainText(),
                self.before.id if self.before else None,
                assessor=self.assessor.text(),
            )
        )


class TargetDialog(_CheckedDialog):
    """The level a unit should reach, and by when."""

    def __init__(
        self,
        unit_path: str,
        organisation_id: int,
        before: MaturityTarget | None = None,
        parent: QWidget | None = None,
        today: Callable[[], date] = local_today,
    ) -> None:
        super().__init__("Maturity target", "Set", parent)
        self.setObjectName("targetDialog")
        self.organisation_id = organisation_id
        heading = plain_label(unit_path)
        self.form.addRow(heading)
        self.level = level_combo(before.level if before else MaturityLevel.PARTNER, "targetLevel")
        default = before.due_on if before else date(today().year + 1, 1, 1)
        self.due = QDateEdit(to_qdate(default))
        self.due.setObjectName("targetDate")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMM yyyy")
        self.form.addRow(tr("&Level"), self.level)
        self.form.addRow(tr("&By"), self.due)
        self.result_target: MaturityTarget | None = None

    def check(self) -> None:
        self.result_target = MaturityTarget(
            self.organisation_id,
            MaturityLevel(self.level.currentData()),
            from_qdate(self.due.date()),
        )
