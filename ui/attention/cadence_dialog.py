"""Setting how often people in each quadrant should be contacted."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.rules.attention import (
    CADENCE_DAYS_OFFERED,
    DEFAULT_CADENCE_DAYS,
    AttentionSettings,
    Cadence,
)
from domain.rules.quadrant import Quadrant
from ui.domain_words import quadrant_title
from ui.plain_text import tooltip
from ui.translation import tr

_HINTS = {
    Quadrant.MANAGE_CLOSELY: "weekly by default",
    Quadrant.KEEP_SATISFIED: "fortnightly by default",
    Quadrant.KEEP_INFORMED: "monthly by default",
    Quadrant.MONITOR: "quarterly by default",
}


class CadenceDialog(QDialog):
    def __init__(self, settings: AttentionSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Contact cadence"))
        self.settings = settings
        intro = QLabel(
            tr(
                "Someone is listed as overdue when they have not been contacted within the cadence "
                "of their most demanding quadrant, on any map."
            ),
            objectName="mutedLabel",
        )
        intro.setWordWrap(True)
        self.spins: dict[Quadrant, QSpinBox] = {}
        form = QFormLayout()
        for quadrant in Quadrant:
            spin = QSpinBox(objectName=f"cadence_{quadrant.name.lower()}")
            spin.setRange(*CADENCE_DAYS_OFFERED)
            spin.setSuffix(tr(" days"))
            spin.setValue(settings.cadence.for_quadrant(quadrant).days)
            spin.setToolTip(tooltip(_HINTS[quadrant]))
            self.spins[quadrant] = spin
            form.addRow(quadrant_title(quadrant), spin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def restore_defaults(self) -> None:
        for quadrant, spin in self.spins.items():
            spin.setValue(DEFAULT_CADENCE_DAYS[quadrant])

    def chosen(self) -> AttentionSettings:
        days = {q: spin.value() for q, spin in self.spins.items()}
        return replace(self.settings, cadence=Cadence(days))
