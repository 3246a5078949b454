"""Time travel: replay the map as it stood on a past day, and compare two dates with trails.

Replaying is a mode: while it is on the grid shows the past and cannot be edited. The slider runs
day by day from the map's first rating to today; small marks show the days something changed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QWidget,
)

from ui.formatting import format_date
from ui.translation import tr


def end_of_day(day: date) -> datetime:
    """The last moment of ``day`` in local time, as UTC (a day "as of" includes its evening)."""
    local = datetime.combine(day, time(23, 59, 59)).astimezone()
    return local.astimezone(UTC)


def start_of_day(day: date) -> datetime:
    return datetime.combine(day, time(0, 0)).astimezone().astimezone(UTC)


def day_text(day: date) -> str:
    return format_date(day)


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


class ChangeSlider(QSlider):
    """A slider with a small mark under each day on which something changed."""

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.marks: list[int] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.marks or self.maximum() <= self.minimum():
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        groove: QRect = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
        )
        handle: QRect = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        span = groove.width() - handle.width()
        painter = QPainter(self)
        colour = QColor(self.palette().highlight().color())
        colour.setAlphaF(0.65)
        painter.setPen(colour)
        bottom = self.height() - 2
        for value in self.marks:
            x = (
                groove.left()
                + handle.width() / 2
                + span * (value - self.minimum()) / (self.maximum() - self.minimum())
            )
            painter.drawLine(round(x), bottom - 4, round(x), bottom)
        painter.end()


class TimeBar(QWidget):
    #: Replay mode switched on (True) or off.
    replay_toggled = Signal(bool)
    #: The moment shown: a datetime, or None for "now".
    moment_changed = Signal(object)
    #: The date trails start from (a datetime), or None when not comparing.
    compare_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_day = date.today()
        #: Replay starts from today; the next span puts the slider there.
        self._to_end = True
        self.replay = QToolButton()
        self.replay.setText(tr("Replay history"))
        self.replay.setObjectName("gridReplay")
        self.replay.setCheckable(True)
        self.replay.setToolTip(
            tr("Show the map as it stood on a past day (the map cannot be edited meanwhile)")
        )
        self.slider = ChangeSlider()
        self.slider.setObjectName("gridTimeSlider")
        self.slider.setAccessibleName(tr("Show the map as of"))
        self.slider.setPageStep(7)
        self.day_label = QLabel()
        self.day_label.setObjectName("gridDayLabel")
        self.day_label.setMinimumWidth(150)
        self.today = QPushButton(tr("Today"))
        self.today.setObjectName("gridToday")
        self.compare = QCheckBox(tr("Trails since"))
        self.compare.setObjectName("gridCompare")
        self.compare.setToolTip(tr("Draw each person's path from this date to the day shown"))
        self.since = QDateEdit()
        self.since.setObjectName("gridSince")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("d MMM yyyy")
        self.since.setAccessibleName(tr("Trails since"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.replay)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.day_label)
        layout.addWidget(self.today)
        layout.addSpacing(12)
        layout.addWidget(self.compare)
        layout.addWidget(self.since)
        self.filler = QWidget()
        layout.addWidget(self.filler, 1)
        self.replay.toggled.connect(self._on_replay)
        self.slider.valueChanged.connect(self._on_slider)
        self.today.clicked.connect(lambda: self.slider.setValue(self.slider.maximum()))
        self.compare.toggled.connect(self._on_compare)
        self.since.dateChanged.connect(lambda _d: self._on_compare(self.compare.isChecked()))
        self._show_controls(False)

    # -- state --------------------------------------------------------------------------------
    @property
    def replaying(self) -> bool:
        return self.replay.isChecked()

    def set_span(self, first: datetime | None, changes: list[datetime]) -> None:
        """The days the slider runs over: from ``first`` (the earliest rating) to today."""
        today = date.today()
        self.first_day = min(_local_day(first), today) if first else today
        days = (today - self.first_day).days
        at_end = self._to_end or self.slider.value() >= self.slider.maximum()
        self._to_end = False
        self.slider.blockSignals(True)
        self.slider.setRange(0, days)
        if at_end:
            self.slider.setValue(days)
        self.slider.blockSignals(False)
        self.slider.marks = sorted({(_local_day(c) - self.first_day).days for c in changes})
        self.slider.update()
        self.since.setDateRange(QDate(self.first_day), QDate(today))
        self._show_day()

    def day(self) -> date:
        return self.first_day + timedelta(days=self.slider.value())

    def moment(self) -> datetime | None:
        """The moment shown, or None for now (replay off, or the slider at today)."""
        if not self.replaying or self.slider.value() >= self.slider.maximum():
            return None
        return end_of_day(self.day())

    def compare_from(self) -> datetime | None:
        if not self.replaying or not self.compare.isChecked():
            return None
        day = self.since.date().toPython()
        assert isinstance(day, date)
        return start_of_day(day)

    def show_day(self, day: date) -> None:
        """Move the slider to ``day`` (clamped to the span)."""
        self.slider.setValue((day - self.first_day).days)

    # -- reacting -----------------------------------------------------------------------------
    def _show_controls(self, on: bool) -> None:
        for widget in (self.slider, self.day_label, self.today, self.compare, self.since):
            widget.setVisible(on)
        self.filler.setVisible(not on)

    def _on_replay(self, on: bool) -> None:
        self._to_end = True
        self._show_controls(on)
        if on and self.since.date() == self.since.minimumDate():
            self.since.setDate(QDate(max(self.first_day, date.today() - timedelta(days=90))))
        self.replay_toggled.emit(on)
        self._show_day()

    def _show_day(self) -> None:
        at_end = self.slider.value() >= self.slider.maximum()
        self.day_label.setText("Today" if at_end else f"As of {day_text(self.day())}")
        self.today.setEnabled(not at_end)

    def _on_slider(self, _value: int) -> None:
        self._show_day()
        self.moment_changed.emit(self.moment())

    def _on_compare(self, _on: bool) -> None:
        self.since.setEnabled(self.compare.isChecked())
        self.compare_changed.emit(self.compare_from())
