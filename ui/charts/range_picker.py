"""The date-range picker of the charts: last 90 days, last year, all, or a custom span."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from domain.clock import local_today
from domain.rules.trends import DateWindow, RangePreset, date_window
from ui.translation import tr

_PRESETS = [RangePreset.LAST_90_DAYS, RangePreset.LAST_YEAR, RangePreset.ALL, RangePreset.CUSTOM]
_TEXT = {
    RangePreset.LAST_90_DAYS: "Last 90 days",
    RangePreset.LAST_YEAR: "Last 12 months",
    RangePreset.ALL: "All time",
    RangePreset.CUSTOM: "Custom…",
}


def _local(day: QDate, end_of_day: bool = False) -> datetime:
    moment = datetime.combine(
        date(day.year(), day.month(), day.day()), time.max if end_of_day else time.min
    )
    return moment.astimezone()


class RangePicker(QWidget):
    changed = Signal()

    def __init__(self, preset: RangePreset = RangePreset.LAST_YEAR, parent: QWidget | None = None):
        super().__init__(parent)
        self.combo = QComboBox(objectName="rangeCombo")
        for item in _PRESETS:
            self.combo.addItem(_TEXT[item], item.value)
        self.combo.setCurrentIndex(_PRESETS.index(preset))
        self.combo.setToolTip(tr("Which period the chart shows"))
        today = QDate(local_today())
        self.start = QDateEdit(today.addMonths(-6), objectName="rangeStart", calendarPopup=True)
        self.end = QDateEdit(today, objectName="rangeEnd", calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMaximumDate(today)
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.dash = QLabel(tr("to"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.combo)
        layout.addWidget(self.start)
        layout.addWidget(self.dash)
        layout.addWidget(self.end)
        self.combo.currentIndexChanged.connect(self._preset_changed)
        self._show_custom()

    @property
    def preset(self) -> RangePreset:
        return RangePreset(self.combo.currentData())

    def set_preset(self, preset: RangePreset) -> None:
        self.combo.setCurrentIndex(_PRESETS.index(preset))

    def date_window(self, now: datetime) -> DateWindow:
        if self.preset is RangePreset.CUSTOM:
            end = _local(self.end.date(), end_of_day=True)
            return date_window(RangePreset.CUSTOM, now, _local(self.start.date()), min(end, now))
        return date_window(self.preset, now)

    def _preset_changed(self) -> None:
        self._show_custom()
        self.changed.emit()

    def _show_custom(self) -> None:
        custom = self.preset is RangePreset.CUSTOM
        for widget in (self.start, self.dash, self.end):
            widget.setVisible(custom)
