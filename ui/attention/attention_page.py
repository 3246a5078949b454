"""The "Needs attention" page: the Monday-morning list of relationships to look after.

Five cards — trust that fell, contact overdue for the person's quadrant, overdue commitments, the
biggest gaps between current and desired attitude, and open concerns (overdue first). Each row
opens the person.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.clock import utc_now
from domain.model import Attitude, CommitmentDirection
from domain.rules.attention import (
    TRUST_FALL_ASKED_MAX,
    TRUST_FALL_LIMITS,
    TRUST_WINDOWS,
    AttentionSettings,
)
from domain.rules.quadrant import Quadrant
from domain.usecases.attention import AttentionReport, attention_list
from domain.usecases.engagement_plans import PlannedTouchpoint, overdue_touchpoints
from domain.usecases.ownership import mine_only, owned_by
from ui.app_context import AppContext, Topic
from ui.attention.cadence_dialog import CadenceDialog
from ui.attention.section import AttentionSection, Column
from ui.attention.settings import load_settings, save_settings
from ui.attention.unit_sections import (
    behind_target_section,
    stalled_days_spin,
    stalled_demand_section,
)
from ui.formatting import format_date, format_delta, format_long_date, format_rating
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


def _ago(delta: timedelta) -> str:
    days = delta.days
    if days < 1:
        return "today"
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    if days < 70:
        return f"{days // 7} weeks"
    if days < 730:
        return f"{days // 30} months"
    return f"{days // 365} years"


def _cadence_text(delta: timedelta) -> str:
    names = {7: "weekly", 14: "fortnightly", 30: "monthly", 90: "quarterly"}
    return names.get(delta.days, f"every {delta.days} days")


def _attitude(value: float) -> str:
    return Attitude.from_value(value).label


def _steps(gap: float) -> str:
    return f"{gap:g} step{'s' if abs(gap) != 1 else ''}"


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
            self.trust_window.addItem(f"in the last {days} days", days)
        self.trust_window.setCurrentIndex(
            max(0, self.trust_window.findData(self.settings.trust_window_days))
        )
        self.cadence_button = QPushButton(tr("Contact cadence…"), objectName="cadenceButton")
        self.stalled_days = stalled_days_spin(self.settings.stalled_days)
        self.mine = QCheckBox(tr("Mine"), objectName="attentionMine")
        self.mine.setToolTip(tooltip("Only the people and units you own"))
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
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.summary)
        head.addLayout(titles)
        head.addStretch(1)
        head.addLayout(controls)

        self.trust = AttentionSection(
            "Trust has fallen",
            self._trust_columns(),
            lambda r: r.stakeholder_id,
            "No one's trust fell that far. Steady relationships.",
            name="trust",
        )
        self.contact = AttentionSection(
            "Overdue for contact",
            self._contact_columns(),
            lambda r: r.stakeholder_id,
            "Everyone on your maps has been contacted within their cadence.",
            name="contact",
        )
        self.commitments = AttentionSection(
            "Overdue commitments",
            self._commitment_columns(),
            lambda r: r.stakeholder_id,
            "No open commitment is past its due date.",
            name="commitments",
        )
        self.gaps = AttentionSection(
            "Biggest attitude gaps",
            self._gap_columns(),
            lambda r: r.stakeholder_id,
            "Everyone is where the plans need them.",
            name="gaps",
        )
        self.concerns = AttentionSection(
            "Open concerns",
            self._concern_columns(),
            lambda r: r.stakeholder_id,
            "No concern is open. Record one on the person's Concerns tab.",
            name="concerns",
        )
        self.touchpoints = AttentionSection(
            "Overdue touchpoints",
            self._touchpoint_columns(),
            lambda r: r.stakeholder_id,
            "Every planned touchpoint up to today is done.",
            name="touchpoints",
        )
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.trust, 0, 0)
        grid.addWidget(self.contact, 0, 1)
        grid.addWidget(self.commitments, 1, 0)
        grid.addWidget(self.gaps, 1, 1)
        grid.addWidget(self.concerns, 2, 0)
        grid.addWidget(self.touchpoints, 2, 1)
        self.behind_target = behind_target_section()
        self.stalled = stalled_demand_section()
        grid.addWidget(self.behind_target, 3, 0)
        grid.addWidget(self.stalled, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addLayout(grid, 1)

        for section in (
            self.trust,
            self.contact,
            self.commitments,
            self.gaps,
            self.concerns,
            self.touchpoints,
        ):
            section.open_person.connect(ctx.show_stakeholder.emit)
        self.stalled.open_person.connect(
            lambda person: ctx.show_stakeholder.emit(person) if person else None
        )
        self.fall.valueChanged.connect(lambda _v: self._settings_changed())
        self.stalled_days.valueChanged.connect(lambda _v: self._settings_changed())
        self.trust_window.currentIndexChanged.connect(lambda _i: self._settings_changed())
        self.cadence_button.clicked.connect(self._edit_cadence)
        self.mine.toggled.connect(lambda _on: self.reload())

    # -- columns --------------------------------------------------------------------------------
    def _colours(self) -> tuple[str, str]:
        palette = QGuiApplication.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        return ("#ff8a80", "#ffb454") if dark else ("#c0392b", "#b45309")

    def _trust_columns(self) -> list[Column]:
        down, _ = self._colours()
        return [
            Column("Name", lambda r: r.name, bold=True),
            Column(
                "Trust",
                lambda r: f"{format_rating(r.change.before)} → {format_rating(r.change.after)}",
            ),
            Column("Change", lambda r: format_delta(r.change.delta), colour=lambda r: down),
            Column("Why", lambda r: r.note, tooltip=lambda r: r.note or None, stretch=True),
            Column("Rated", lambda r: format_date(r.last_rated)),
        ]

    def _contact_columns(self) -> list[Column]:
        down, warn = self._colours()
        return [
            Column("Name", lambda r: r.name, bold=True),
            Column(
                "Quadrant",
                lambda r: r.quadrant.title,
                tooltip=lambda r: f"{r.quadrant.title} on {r.map_name}: {_cadence_text(r.cadence)}",
            ),
            Column("Map", lambda r: r.map_name, stretch=True),
            Column(
                "Last contact",
                lambda r: format_date(r.last_contact, missing="never"),
            ),
            Column(
                "Overdue",
                lambda r: _ago(r.overdue_by) if r.overdue_by.days >= 1 else "due",
                colour=lambda r: down if r.overdue_by >= r.cadence else warn,
                align_right=True,
            ),
        ]

    def _commitment_columns(self) -> list[Column]:
        down, _ = self._colours()
        return [
            Column("Name", lambda r: r.name, bold=True),
            Column(
                "Commitment",
                lambda r: r.commitment.description,
                tooltip=lambda r: r.commitment.description,
                stretch=True,
            ),
            Column(
                "Who owes",
                lambda r: (
                    "We do" if r.commitment.direction is CommitmentDirection.OURS else "They do"
                ),
            ),
            Column("Due", lambda r: format_date(r.commitment.due_on)),
            Column(
                "Late",
                lambda r: f"{r.days_overdue} day{'s' if r.days_overdue != 1 else ''}",
                colour=lambda r: down,
                align_right=True,
            ),
        ]

    def _gap_columns(self) -> list[Column]:
        return [
            Column("Name", lambda r: r.name, bold=True),
            Column("Map", lambda r: r.map_name, stretch=True),
            Column("Now", lambda r: _attitude(r.current)),
            Column("Needed", lambda r: _attitude(r.desired)),
            Column("Gap", lambda r: _steps(r.gap), align_right=True),
        ]

    def _touchpoint_columns(self) -> list[Column]:
        down, _ = self._colours()
        return [
            Column("Name", lambda r: r.name, bold=True),
            Column(
                "Touchpoint",
                lambda r: f"{r.touchpoint.kind.label}: {r.touchpoint.purpose}".rstrip(": "),
                tooltip=lambda r: f"{r.objective}\n{r.touchpoint.purpose}".strip(),
                stretch=True,
            ),
            Column("Owner", lambda r: r.owner),
            Column("Planned", lambda r: format_date(r.touchpoint.on)),
            Column(
                "Late",
                lambda r: _ago(timedelta(days=(date.today() - r.touchpoint.on).days)),
                colour=lambda r: down,
                align_right=True,
            ),
        ]

    def _concern_columns(self) -> list[Column]:
        down, _ = self._colours()
        return [
            Column("Name", lambda r: r.name, bold=True),
            Column(
                "Concern",
                lambda r: r.concern.title,
                tooltip=lambda r: r.concern.details or r.concern.title,
                stretch=True,
            ),
            Column("Severity", lambda r: r.concern.severity.label),
            Column("Target", lambda r: format_date(r.concern.target_on)),
            Column(
                "Late",
                lambda r: (
                    f"{r.days_overdue} day{'s' if r.days_overdue != 1 else ''}"
                    if r.days_overdue
                    else ""
                ),
                colour=lambda r: down,
                align_right=True,
            ),
        ]

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
        s = report.settings
        self.trust.set_rows(
            report.trust_falls,
            f"By more than {s.trust_fall:g} point{'s' if s.trust_fall != 1 else ''} "
            f"in the last {s.trust_window_days} days",
        )
        cadence = " / ".join(_cadence_text(s.cadence.for_quadrant(q)) for q in Quadrant)
        self.contact.set_rows(
            report.overdue_contacts, f"On any map, by their most demanding quadrant: {cadence}"
        )
        self.contact.subtitle.setToolTip(
            tooltip(
                "\n".join(
                    f"{q.title}: {_cadence_text(s.cadence.for_quadrant(q))}" for q in Quadrant
                )
            )
        )
        self.commitments.set_rows(report.overdue_commitments, "Open, past their due date")
        self.gaps.set_rows(
            report.attitude_gaps,
            "Between the attitude a person has and the one a plan needs",
        )
        late = sum(1 for row in report.concerns if row.days_overdue)
        self.concerns.set_rows(
            report.concerns,
            f"Raised by stakeholders, not yet dealt with; {late} past their target date",
        )
        self.touchpoints.set_rows(
            self.late_touchpoints, "Planned in an engagement plan, past their date, not done"
        )
        self.behind_target.set_rows(report.behind_target, "Target date passed, level below it")
        self.stalled.set_rows(
            report.stalled_demand, f"Open, no move for more than {s.stalled_days} days"
        )
        people = len(report.people | {t.stakeholder_id for t in self.late_touchpoints})
        today = format_long_date(datetime.now())
        self.summary.setText(
            f"{today} · {people} {'person needs' if people == 1 else 'people need'} attention"
            if people
            else f"{today} · nothing needs your attention"
        )

    # -- rows for tests and keyboard users -------------------------------------------------------
    def sections(self) -> dict[str, AttentionSection]:
        return {
            "trust": self.trust,
            "contact": self.contact,
            "commitments": self.commitments,
            "gaps": self.gaps,
            "concerns": self.concerns,
            "touchpoints": self.touchpoints,
            "behind_target": self.behind_target,
            "stalled": self.stalled,
        }

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
