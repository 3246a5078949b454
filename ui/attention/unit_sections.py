"""The attention page's cards about units rather than people: units behind their maturity
target, and demand items that have stalled. Activating a stalled item opens its sponsor."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox

from domain.rules.demand import STALLED_DAYS_LIMITS
from domain.usecases.demand import DemandRow
from domain.usecases.maturity import BehindTarget
from ui.attention.section import Column
from ui.formatting import format_date
from ui.translation import tr


def behind_target_columns() -> list[Column]:
    return [
        Column(tr("Unit"), lambda r: r.path, bold=True, stretch=True),
        Column(tr("Now"), lambda r: _level(r)),
        Column(tr("Target"), lambda r: r.target.level.title),
        Column(tr("Due"), lambda r: format_date(r.target.due_on)),
        Column(tr("Late"), lambda r: tr("{n} d").format(n=r.days_late), align_right=True),
    ]


def _level(row: BehindTarget) -> str:
    return row.current.title if row.current is not None else tr("not assessed")


def stalled_columns() -> list[Column]:
    return [
        Column(tr("Item"), lambda r: r.item.title, bold=True, stretch=True, tooltip=_where),
        Column(tr("Unit"), lambda r: r.unit.rsplit(" › ", 1)[-1], tooltip=_where),
        Column(tr("Status"), lambda r: r.item.status.label),
        Column(tr("For"), lambda r: tr("{n} d").format(n=r.days_in_status), align_right=True),
        Column(tr("Sponsor"), lambda r: r.sponsor),
    ]


def _where(row: DemandRow) -> str:
    return row.unit


def stalled_days_spin(days: int) -> QSpinBox:
    spin = QSpinBox(objectName="stalledDaysSpin")
    spin.setRange(*STALLED_DAYS_LIMITS)
    spin.setSuffix(tr(" days"))
    spin.setValue(days)
    spin.setToolTip(tr("List open demand items that have not moved for longer than this"))
    return spin
