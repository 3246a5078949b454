"""The "Needs attention" page: the Monday-morning list of relationships to look after.

Eight cards (ui/attention/cards.py says what each holds) — trust that fell, contact overdue for
the person's quadrant, overdue commitments, the biggest gaps between current and desired attitude,
open concerns, late touchpoints, units behind their maturity target, stalled demand — two to a
row where there is room, scrolling where there is not. Each row opens the person.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from domain.clock import utc_now
from domain.rules.attention import (
    TRUST_FALL_ASKED_MAX,
    TRUST_FALL_LIMITS,
    TRUST_WINDOWS,
    AttentionSettings,
)
from domain.usecases.attention import AttentionReport, attention_list
from domain.usecases.engagement_plans import PlannedTouchpoint, overdue_touchpoints
from domain.usecases.ownership import mine_only, owned_by
from ui.app_context import AppContext, Topic
from ui.attention.cadence_dialog import CadenceDialog
from ui.attention.cards import Found, cards
from ui.attention.columns import Colours
from ui.attention.section import AttentionSection
from ui.attention.settings import load_settings, save_settings
from ui.attention.unit_sections import stalled_days_spin
from ui.formatting import format_long_date
from ui.ownership.team_cache import my_login
from ui.plain_text import make_plain, tooltip
from ui.reload_when_shown import ReloadWhenShown
from ui.settings_store import app_settings
from ui.translation import tr

_TOPICS = {
    Topic.RATINGS,
    Topic.INTERACTIONS,
    Topic.COMMITMENTS,
    Topic.CONCERNS,
    Topic.MAPS,
    Topic.STAKEHOLDERS,
    Topic.WORKSPACE,
    Topic.PLANS,
    Topic.ORGANISATIONS,
    Topic.DEMAND,
}

_STYLE = """
QFrame#attentionCard { background: palette(base); border: 1px solid palette(mid);
                       border-radius: 6px; }
QFrame#attentionCard QTableView { background: palette(base); }
QLabel#attentionCount { border-radius: 9px; padding: 1px 7px; font-weight: 600;
                        background: palette(midlight); color: palette(text); }
QLabel#attentionCount[urgent="true"] { background: #c0392b; color: white; }
QLabel#attentionHeading { font-size: 17pt; font-weight: 600; }
"""


#: From this page width on, the cards stand two to a row.
TWO_COLUMNS_FROM = 900


class AttentionPage(QWidget):
    def __init__(
        self, ctx: AppContext, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attentionPage")
        self.setStyleSheet(_STYLE)
        self.ctx = ctx
        self.qsettings = settings or app_settings()
        self.settings: AttentionSettings = load_settings(self.qsettings)
        self.report: AttentionReport | None = None
        self.late_touchpoints: list[PlannedTouchpoint] = []
        self.freshness = ReloadWhenShown(self, ctx, _TOPICS, self.reload)

        self.heading = QLabel(tr("Needs attention"), objectName="attentionHeading")
        self.summary = QLabel("", objectName="mutedLabel")
        make_plain(self.summary)
        self.fall = QDoubleSpinBox(objectName="trustFallSpin")
        self.fall.setRange(TRUST_FALL_LIMITS[0], TRUST_FALL_ASKED_MAX)
        self.fall.setSingleStep(0.5)
        self.fall.setDecimals(1)
        self.fall.setValue(self.settings.trust_fall)
        self.fall.setToolTip(tr("List people whose trust fell by more than this many points"))
        self.trust_window = QComboBox(objectName="trustWindowCombo")
        for days in TRUST_WINDOWS:
            self.trust_window.addItem(tr("in the last {days} days").format(days=days), days)
        self.trust_window.setCurrentIndex(
            max(0, self.trust_window.findData(self.settings.trust_window_days))
        )
        self.cadence_button = QPushButton(tr("Contact cadence…"), objectName="cadenceButton")
        self.stalled_days = stalled_days_spin(self.settings.stalled_days)
        self.mine = QCheckBox(tr("Mine"), objectName="attentionMine")
        self.mine.setToolTip(tooltip(tr("Only the people and units you own")))
        # No Refresh button: the list follows every change (ctx.changed) and the calendar (a
        # commitment falls overdue, a contact falls due, at midnight).
        self._midnight = QTimer(self, singleShot=True)
        self._midnight.timeout.connect(self._new_day)
        self._wait_for_midnight()

        controls = QHBoxLayout()
        controls.setSpacing(6)
        controls.addWidget(QLabel(tr("Trust fallen by more than")))
        controls.addWidget(self.fall)
        controls.addWidget(self.trust_window)
        controls.addSpacing(12)
        controls.addWidget(self.cadence_button)
        controls.addSpacing(12)
        controls.addWidget(QLabel(tr("Demand stalled after")))
        controls.addWidget(self.stalled_days)
        controls.addSpacing(12)
        controls.addWidget(self.mine)
        # The summary wraps where the title and the settings beside it would push a 1152 px
        # window wider.
        self.summary.setWordWrap(True)
        self.head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.summary)
        self.head.addLayout(titles, 1)
        self.head.addLayout(controls)

        self.cards: dict[str, AttentionSection] = {}
        for card in cards():
            section = AttentionSection(
                card.title,
                card.columns(Colours.now()),
                card.person,
                card.empty,
                name=card.widths_key or card.name,
            )
            section.open_person.connect(
                lambda person: ctx.show_stakeholder.emit(person) if person else None
            )
            self.cards[card.name] = section
        self.trust = self.cards["trust"]
        self.contact = self.cards["contact"]
        self.commitments = self.cards["commitments"]
        self.gaps = self.cards["gaps"]
        self.concerns = self.cards["concerns"]
        self.touchpoints = self.cards["touchpoints"]
        self.behind_target = self.cards["behind_target"]
        self.stalled = self.cards["stalled"]
        # The cards scroll (a 1152×720 window has no room for eight cards of readable tables);
        # two to a row where the page is wide enough, else one.
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.grid.setContentsMargins(0, 0, 0, 0)
        board = QWidget(objectName="attentionBoard")
        board.setLayout(self.grid)
        self.scroll = QScrollArea(objectName="attentionScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(board)
        self.per_row = 0
        self._lay_out_cards(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        layout.addLayout(self.head)
        layout.addWidget(self.scroll, 1)

        self.fall.valueChanged.connect(lambda _v: self._settings_changed())
        self.stalled_days.valueChanged.connect(lambda _v: self._settings_changed())
        self.trust_window.currentIndexChanged.connect(lambda _i: self._settings_changed())
        self.cadence_button.clicked.connect(self._edit_cadence)
        self.mine.toggled.connect(lambda _on: self.reload())

    # -- data -----------------------------------------------------------------------------------
    def reload(self) -> None:
        self.freshness.loaded()
        if not self.ctx.has_workspace:
            return
        now = utc_now()
        self.report = attention_list(self.ctx.uow(), self.settings, now=now, today=date.today())
        self.late_touchpoints = overdue_touchpoints(self.ctx.uow(), date.today())
        me = my_login(self.ctx) if self.mine.isChecked() else None
        if me is not None:
            people, units = owned_by(self.ctx.uow(), me)
            self.report = mine_only(self.report, people, units)
            self.late_touchpoints = [t for t in self.late_touchpoints if t.stakeholder_id in people]
        self._fill(self.report)

    def _fill(self, report: AttentionReport) -> None:
        found = Found(report, self.late_touchpoints)
        for card in cards():
            section = self.cards[card.name]
            section.set_rows(card.rows(found), card.subtitle(found))
            if card.subtitle_tooltip is not None:
                section.subtitle.setToolTip(tooltip(card.subtitle_tooltip(found)))
        people = len(report.people | {t.stakeholder_id for t in self.late_touchpoints})
        today = format_long_date(datetime.now())
        if not people:
            self.summary.setText(tr("{today} · nothing needs your attention").format(today=today))
        elif people == 1:
            self.summary.setText(tr("{today} · 1 person needs attention").format(today=today))
        else:
            self.summary.setText(
                tr("{today} · {n} people need attention").format(today=today, n=people)
            )

    def sections(self) -> dict[str, AttentionSection]:
        """The cards by name (for tests and keyboard users)."""
        return dict(self.cards)

    # -- layout ---------------------------------------------------------------------------------
    def _lay_out_cards(self, per_row: int) -> None:
        if per_row == self.per_row:
            return
        self.per_row = per_row
        for section in self.cards.values():
            self.grid.removeWidget(section)
        for number, section in enumerate(self.cards.values()):
            self.grid.addWidget(section, number // per_row, number % per_row)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < per_row else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out_cards(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)

    # -- settings -------------------------------------------------------------------------------
    def _settings_changed(self) -> None:
        self.settings = replace(
            self.settings,
            trust_fall=self.fall.value(),
            trust_window_days=int(self.trust_window.currentData()),
            stalled_days=self.stalled_days.value(),
        )
        save_settings(self.settings, self.qsettings)
        self.reload()

    def _edit_cadence(self) -> None:
        dialog = CadenceDialog(self.settings, self)
        dialog.accepted.connect(lambda: self._cadence_chosen(dialog))
        dialog.open()

    def _cadence_chosen(self, dialog: CadenceDialog) -> None:
        self.settings = dialog.chosen()
        save_settings(self.settings, self.qsettings)
        self.reload()

    def _wait_for_midnight(self) -> None:
        now = datetime.now()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        self._midnight.start(int((tomorrow - now).total_seconds() * 1000) + 1000)

    def _new_day(self) -> None:
        self._wait_for_midnight()
        # What counts as overdue has moved on: reload now if shown, else when next shown.
        if not self.ctx.has_workspace:
            return
        if self.isVisible():
            self.reload()
        else:
            self.freshness.stale = True
