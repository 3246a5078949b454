"""The attention page's sections about units rather than people: units behind their maturity
target, and demand items that have stalled. Activating a stalled item opens its sponsor."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox

from domain.rules.demand import STALLED_DAYS_LIMITS
from domain.usecases.demand import DemandRow
from domain.usecases.maturity import BehindTarget
from ui.attention.section import AttentionSection, Column
from ui.formatting import format_date
from ui.translation import tr


def behind_target_section() -> AttentionSection:
    return AttentionSection(
        "Units behind their maturity target",
        [
            Column("Unit", lambda r: r.path, bold=True, stretch=True),
            Column("Now", lambda r: _level(r)),
            Column("Target", lambda r: r.target.level.title),
            Column("Due", lambda r: format_date(r.target.due_on)),
            Column("Late", lambda r: f"{r.days_late} d", align_right=True),
        ],
        lambda _r: 0,
        "Every unit with a target is on track.",
        name="behindTarget",
    )


def _level(row: BehindTarget) -> str:
    return row.current.title if row.current is not None else "not assessed"


def stalled_demand_section() -> AttentionSection:
    return AttentionSection(
        "Stalled demand",
        [
            Column("Item", lambda r: r.item.title, bold=True, stretch=True, tooltip=_where),
            Column("Unit", lambda r: r.unit.rsplit(" › ", 1)[-1], tooltip=_where),
            Column("Status", lambda r: r.item.status.label),
            Column("For", lambda r: f"{r.days_in_status} d", align_right=True),
            Column("Sponsor", lambda r: r.sponsor),
        ],
        lambda r: r.item.sponsor_id or 0,
        "Every open item has moved recently.",
        name="stalledDemand",
    )


def _where(row: DemandRow) -> str:
    return row.unit


def stalled_days_spin(days: int) -> QSpinBox:
    spin = QSpinBox(objectName="stalledDaysSpin")
    spin.setRange(*STALLED_DAYS_LIMITS)
    spin.setSuffix(tr(" days"))
    spin.setValue(days)
    spin.setToolTip(tr("List open demand items that have not moved for longer than this"))
    return spin
