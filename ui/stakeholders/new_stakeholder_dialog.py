"""A small dialog to add a person: name first, the rest is filled in the profile afterwards."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.errors import ValidationError
from domain.model import Relation, Stakeholder
from domain.usecases.stakeholders import validate
from ui.plain_text import make_plain
from ui.translation import tr


class NewStakeholderDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New stakeholder"))
        self.name = QLineEdit(objectName="newNameEdit")
        self.job_title = QLineEdit(objectName="newJobTitleEdit")
        self.relation = QComboBox(objectName="newRelationCombo", editable=True)
        self.relation.addItems([r.value for r in Relation])
        self.email = QLineEdit(objectName="newEmailEdit")
        self.error = QLabel(objectName="errorLabel")
        make_plain(self.error)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("Job &title"), self.job_title)
        form.addRow(tr("&Relation"), self.relation)
        form.addRow(tr("&E-mail"), self.email)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.result_stakeholder: Stakeholder | None = None
        self.setMinimumWidth(380)

    def accept(self) -> None:
        draft = Stakeholder(
            name=self.name.text(),
            job_title=self.job_title.text(),
            relation=self.relation.currentText(),
            email=self.email.text(),
        )
        try:
            self.result_stakeholder = validate(draft)
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            (self.email if exc.field == "email" else self.name).setFocus()
            return
        super().accept()
