"""The prep sheet's list of open demand in the attendees' units, as rich text (escaped)."""

from __future__ import annotations

from domain.usecases.prep_sheet_contents import DemandLine, PrepSheet
from ui.printing.text import esc


def _value(value: float | None) -> str:
    if value is None:
        return ""
    if value >= 1_000_000:
        return f" · {value / 1_000_000:.1f}m"
    return f" · {value / 1_000:.0f}k" if value >= 1_000 else f" · {value:.0f}"


def demand_line(line: DemandLine) -> str:
    """ "■ Loyalty app — opportunity, assessed 74 d (stalled) · 250k · Claire Dubois · Retail"."""
    unit = line.unit.rsplit(" › ", 1)[-1]
    waited = f"{line.status.lower()} {line.days_in_status} d"
    if line.stalled:
        waited = f'<span class="overdue">{waited}, stalled</span>'
    sponsor = f" · {esc(line.sponsor)}" if line.sponsor else ""
    return (
        f"<b>{esc(line.title)}</b> "
        f'<span class="muted">— {esc(line.kind.lower())}, </span>{waited}'
        f'<span class="muted">{_value(line.value)}{sponsor} · {esc(unit)}</span>'
    )


def demand_html(sheet: PrepSheet) -> str:
    rows = [f"<p>{demand_line(line)}</p>" for line in sheet.open_demand]
    if sheet.more_demand:
        rows.append(f'<p class="muted">and {sheet.more_demand} more on the Demand page</p>')
    return "".join(rows)
