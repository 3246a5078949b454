"""The person panel's "Trust & influence" tab (chart and quick rating) and "History" tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from domain.clock import utc_now
from domain.errors import NotFoundError
from domain.model import Dimension
from domain.usecases.relationship_history import PersonHistory, person_history
from ui.app_context import AppContext, Topic
from ui.plain_text import make_plain, plain_label, tooltip
from ui.ratings.history_view import PersonHistoryView
from ui.ratings.labels import format_value, recent_change
from ui.ratings.quick_entry import QuickRatingEntry
from ui.reload_when_shown import ReloadWhenShown
from ui.translation import tr

_TOPICS = {
    Topic.RATINGS,
    Topic.INTERACTIONS,
    Topic.MAPS,
    Topic.STAKEHOLDERS,
    Topic.WORKSPACE,
}


class _PersonPage(QWidget):
    """Follows the selected person; reloads on relevant changes, lazily while hidden."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stakeholder_id = -1
        self.history: PersonHistory | None = None
        self.freshness = ReloadWhenShown(self, ctx, _TOPICS, self.reload, stale=False)

    def show_stakeholder(self, stakeholder_id: int) -> None:
        self.stakeholder_id = stakeholder_id
        self.reload()

    def reload(self) -> None:
        self.freshness.loaded()
        history = None
        if self.stakeholder_id >= 0 and self.ctx.has_workspace:
            try:
                history = person_history(self.ctx.uow(), self.stakeholder_id)
            except NotFoundError:
                history = None
        self.history = history
        self.show_history(history)

    def show_history(self, history: PersonHistory | None) -> None:
        raise NotImplementedError


class _Metric(QWidget):
    """A big number with its caption and the recent change."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = plain_label(caption, object_name="mutedLabel")
        self.value = QLabel("—", objectName=f"metric{caption}")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(font)
        self.change = QLabel("", objectName="mutedLabel")
        make_plain(self.change)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 18, 0)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.caption, 0, 0, 1, 2)
        layout.addWidget(self.value, 1, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(self.change, 1, 1, Qt.AlignmentFlag.AlignBottom)
        layout.setColumnStretch(2, 1)

    def show_value(self, history: PersonHistory | None, dimension: Dimension) -> None:
        points = history.series(dimension) if history else []
        if not points:
            self.value.setText("—")
            self.change.setText("not rated" if history else "")
            self.change.setToolTip("")
            self.change.setStyleSheet("")
            return
        self.value.setText(format_value(dimension, points[-1].value))
        change = recent_change(points, utc_now(), 90)
        self.change.setText(change.text)
        self.change.setToolTip(tooltip(change.tooltip))
        if abs(change.net) < 1e-9:
            self.change.setStyleSheet("")
            return
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        up, down = ("#4fd39a", "#ff8a80") if dark else ("#1b8a5a", "#c0392b")
        self.change.setStyleSheet(f"color: {up if change.net > 0 else down};")


class TrustInfluenceTab(_PersonPage):
    """Trust and influence over time, and quick rating of every dimension."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from ui.charts.person_chart import PersonChart  # matplotlib: only once the tab is shown

        self.setObjectName("trustInfluenceTab")
        self.trust = _Metric("Trust")
        self.influence = _Metric("Influence")
        self.chart = PersonChart()
        self.entry = QuickRatingEntry(ctx)
        rate_title = QLabel(tr("Rate"), objectName="sectionTitle")
        title_font = QFont(rate_title.font())
        title_font.setWeight(QFont.Weight.DemiBold)
        rate_title.setFont(title_font)
        metrics = QGridLayout()
        metrics.setContentsMargins(0, 0, 0, 0)
        metrics.addWidget(self.trust, 0, 0)
        metrics.addWidget(self.influence, 0, 1)
        metrics.setColumnStretch(2, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addLayout(metrics)
        layout.addWidget(self.chart, 1)
        layout.addWidget(line)
        layout.addWidget(rate_title)
        layout.addWidget(self.entry)

    def show_history(self, history: PersonHistory | None) -> None:
        self.trust.show_value(history, Dimension.TRUST)
        self.influence.show_value(history, Dimension.INFLUENCE)
        self.chart.show_history(history)
        self.entry.set_history(history)


class HistoryTab(_PersonPage):
    """Every rating, note and interaction in date order; wrong ratings corrected or removed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("ratingHistoryTab")
        self.view = PersonHistoryView(ctx)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.view)

    def show_history(self, history: PersonHistory | None) -> None:
        self.view.set_history(history)
