"""A person's trust and influence chart with its range picker and export menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from domain.clock import utc_now
from domain.rules.trends import RangePreset
from domain.usecases.relationship_history import PersonHistory
from ui.charts.canvas import ChartCanvas
from ui.charts.export import ExportButton, write_csv
from ui.charts.person_plot import PersonPlot, draw_person
from ui.charts.range_picker import RangePicker


class PersonChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = ChartCanvas()
        self.canvas.theme_changed.connect(self.redraw)
        self.range = RangePicker(RangePreset.LAST_YEAR)
        self.export_button = ExportButton(self.export_to, self._file_name)
        self.history: PersonHistory | None = None
        self.plot: PersonPlot | None = None
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.range)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.range.changed.connect(self.redraw)

    def show_history(self, history: PersonHistory | None) -> None:
        self.history = history
        self.export_button.setEnabled(history is not None)
        self.redraw()

    def redraw(self) -> None:
        if self.history is None:
            self.canvas.figure.clear()
            self.canvas.hover = []
            self.plot = None
            self.canvas.canvas.draw_idle()
            return
        self.plot = draw_person(self.canvas, self.history, self.range.date_window(utc_now()))

    def _file_name(self) -> str:
        name = self.history.stakeholder.name if self.history else "chart"
        return f"{name} trust and influence"

    def export_to(self, path: Path) -> None:
        """PNG or SVG of the chart, or CSV of the plotted data, by the file's suffix."""
        if path.suffix.lower() == ".csv":
            write_csv(path, self.plot.series if self.plot else [])
        else:
            self.canvas.canvas.draw()
            self.canvas.save_image(path)
