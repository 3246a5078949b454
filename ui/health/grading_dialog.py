"""Grading…: the weights (points per unit and cap per factor), the grade thresholds and the trust
window the workspace grades relationships by. A grading that cannot grade (thresholds not falling
from A to D, say) is refused in the dialog, saying why, and nothing is changed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.rules.relationship_health import (
    CAP_LIMITS,
    POINTS_LIMITS,
    TRUST_WINDOW_LIMITS,
    Factor,
    GradingError,
    HealthGrading,
    Weight,
)
from ui.plain_text import make_plain, plain_label, tooltip
from ui.translation import tr


def _spin(low: float, high: float, value: float, name: str, step: float = 1.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setDecimals(1)
    spin.setSingleStep(step)
    spin.setValue(value)
    return spin


class GradingDialog(QDialog):
    def __init__(self, grading: HealthGrading, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradingDialog")
        self.setWindowTitle(tr("Health grading"))
        self.result_grading: HealthGrading | None = None
        self.points: dict[Factor, QDoubleSpinBox] = {}
        self.caps: dict[Factor, QDoubleSpinBox] = {}

        weights = QGroupBox(tr("Points off per unit, and at most"))
        grid = QGridLayout(weights)
        grid.addWidget(QLabel(tr("<b>Factor</b>")), 0, 0)
        grid.addWidget(QLabel(tr("<b>Points per unit</b>")), 0, 1)
        grid.addWidget(QLabel(tr("<b>At most</b>")), 0, 2)
        for row, factor in enumerate(Factor, start=1):
            name = plain_label(factor.label)
            name.setToolTip(tooltip(f"One unit: one {factor.unit}"))
            self.points[factor] = _spin(*POINTS_LIMITS, 0, f"points_{factor.value}", 0.5)
            self.caps[factor] = _spin(*CAP_LIMITS, 0, f"cap_{factor.value}")
            grid.addWidget(name, row, 0)
            grid.addWidget(self.points[factor], row, 1)
            grid.addWidget(self.caps[factor], row, 2)

        grades = QGroupBox(tr("Lowest score for each grade (below D: E)"))
        row_layout = QHBoxLayout(grades)
        self.thresholds = []
        for letter in "ABCD":
            spin = _spin(0, 100, 0, f"threshold_{letter}")
            self.thresholds.append(spin)
            row_layout.addWidget(plain_label(letter))
            row_layout.addWidget(spin)
        self.window = QSpinBox()
        self.window.setObjectName("trustWindowDays")
        self.window.setRange(*TRUST_WINDOW_LIMITS)
        self.window.setSuffix(tr(" days"))
        window_row = QHBoxLayout()
        window_row.addWidget(QLabel(tr("Trust trend over the last")))
        window_row.addWidget(self.window)
        window_row.addStretch(1)

        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        make_plain(self.error)
        self.error.hide()
        self.defaults = QPushButton(tr("Restore Defaults"))
        self.defaults.setObjectName("restoreDefaultsButton")
        self.defaults.clicked.connect(lambda: self.show_grading(HealthGrading()))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(self.defaults, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(weights)
        layout.addWidget(grades)
        layout.addLayout(window_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.show_grading(grading)

    def show_grading(self, grading: HealthGrading) -> None:
        for factor in Factor:
            self.points[factor].setValue(grading.weights[factor].points)
            self.caps[factor].setValue(grading.weights[factor].cap)
        for spin, value in zip(self.thresholds, grading.thresholds, strict=True):
            spin.setValue(value)
        self.window.setValue(grading.trust_window_days)

    def grading(self) -> HealthGrading:
        """What the dialog holds; raises GradingError when it cannot grade."""
        a, b, c, d = (spin.value() for spin in self.thresholds)
        return HealthGrading(
            {f: Weight(self.points[f].value(), self.caps[f].value()) for f in Factor},
            (a, b, c, d),
            self.window.value(),
        )

    def accept(self) -> None:
        try:
            self.result_grading = self.grading()
        except GradingError as exc:
            self.error.setText(tr("{exc} Nothing was changed.").format(exc=exc))
            self.error.show()
            return
        super().accept()
