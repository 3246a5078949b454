"""The columns of the attention page's cards about people: what each row shows, in which colour.

Headings and words go through ``tr`` when the page is built (so a translation installed at start
applies); the data behind them (quadrants, attitudes, dates) is formatted for the user's locale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtGui import QGuiApplication, QPalette

from domain.model import Attitude, CommitmentDirection
from ui.attention.section import Column
from ui.domain_words import attitude_label, quadrant_title
from ui.formatting import format_date, format_delta, format_rating
from ui.translation import tr


@dataclass(frozen=True, slots=True)
class Colours:
    """Text colours for what is late (down) and what is nearly so (warn), light or dark."""

    down: str
    warn: str

    @classmethod
    def now(cls) -> Colours:
        palette = QGuiApplication.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        return cls("#ff8a80", "#ffb454") if dark else cls("#c0392b", "#b45309")


def count_of(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with {n} filled in (both already translated)."""
    return one if n == 1 else many.format(n=n)


def ago(delta: timedelta) -> str:
    days = delta.days
    if days < 1:
        return tr("today")
    if days < 14:
        return count_of(days, tr("1 day"), tr("{n} days"))
    if days < 70:
        return tr("{n} weeks").format(n=days // 7)
    if days < 730:
        return tr("{n} months").format(n=days // 30)
    return tr("{n} years").format(n=days // 365)


def cadence_text(delta: timedelta) -> str:
    names = {7: tr("weekly"), 14: tr("fortnightly"), 30: tr("monthly"), 90: tr("quarterly")}
    return names.get(delta.days) or tr("every {n} days").format(n=delta.days)


def days_late(days: int) -> str:
    return count_of(days, tr("1 day"), tr("{n} days"))


def _attitude(value: float) -> str:
    return attitude_label(Attitude.from_value(value))


def _steps(gap: float) -> str:
    return tr("{gap} steps").format(gap=f"{gap:g}") if abs(gap) != 1 else tr("1 step")


def trust_columns(colours: Colours) -> list[Column]:
    return [
        Column(tr("Name"), lambda r: r.name, bold=True),
        Column(
            tr("Trust"),
            lambda r: f"{format_rating(r.change.before)} → {format_rating(r.change.after)}",
        ),
        Column(tr("Change"), lambda r: format_delta(r.change.delta), colour=lambda r: colours.down),
        Column(tr("Why"), lambda r: r.note, tooltip=lambda r: r.note or None, stretch=True),
        Column(tr("Rated"), lambda r: format_date(r.last_rated)),
    ]


def contact_columns(colours: Colours) -> list[Column]:
    return [
        Column(tr("Name"), lambda r: r.name, bold=True),
        Column(
            tr("Quadrant"),
            lambda r: quadrant_title(r.quadrant),
            tooltip=lambda r: tr("{quadrant} on {map}: {cadence}").format(
                quadrant=quadrant_title(r.quadrant), map=r.map_name, cadence=cadence_text(r.cadence)
            ),
        ),
        Column(tr("Map"), lambda r: r.map_name, stretch=True),
        Column(tr("Last contact"), lambda r: format_date(r.last_contact, missing=tr("never"))),
        Column(
            tr("Overdue"),
            lambda r: ago(r.overdue_by) if r.overdue_by.days >= 1 else tr("due"),
            colour=lambda r: colours.down if r.overdue_by >= r.cadence else colours.warn,
            align_right=True,
        ),
    ]


def commitment_columns(colours: Colours) -> list[Column]:
    return [
        Column(tr("Name"), lambda r: r.name, bold=True),
        Column(
            tr("Commitment"),
            lambda r: r.commitment.description,
            tooltip=lambda r: r.commitment.description,
            stretch=True,
        ),
        Column(
            tr("Who owes"),
            lambda r: (
                tr("We do") if r.commitment.direction is CommitmentDirection.OURS else tr("They do")
            ),
        ),
        Column(tr("Due"), lambda r: format_date(r.commitment.due_on)),
        Column(
            tr("Late"),
            lambda r: days_late(r.days_overdue),
            colour=lambda r: colours.down,
            align_right=True,
        ),
    ]


def gap_columns(_colours: Colours) -> list[Column]:
    return [
        Column(tr("Name"), lambda r: r.name, bold=True),
        Column(tr("Map"), lambda r: r.map_name, stretch=True),
        Column(tr("Now"), lambda r: _attitude(r.current)),
        Column(tr("Needed"), lambda r: _attitude(r.desired)),
        Column(tr("Gap"), lambda r: _steps(r.gap), align_right=True),
    ]


def touchpoint_columns(colours: Colours) -> list[Column]:
    return [
        Column(tr("Name"), lambda r: r.name, bold=True),
        Column(
            tr("Touchpoint"),
            lambda r: f"{r.touchpoint.kind.label}: {r.touchpoint.purpose}".rstrip(": "),
            tooltip=lambda r: f"{r.objective}\n{r.touchpoint.purpose}".strip(),
            stretch=True,
        ),
        Column(tr("Owner"), lambda r: r.owner),
        Column(tr("Planned"), lambda r: format_date(r.touchpoint.on)),
        Column(
            tr("Late"),
            lambda r: ago(timedelta(days=(date.today() - r.touchpoint.on).days)),
            colour=lambda r: colours.down,
            align_right=True,
        ),
    ]


def concern_columns(colours: Colours) -> list[Column]:
    return [
        Column(tr("Name"), lambda r: r.name, bold=True),
        Column(
            tr("Concern"),
            lambda r: r.concern.title,
            tooltip=lambda r: r.concern.details or r.concern.title,
            stretch=True,
        ),
        Column(tr("Severity"), lambda r: r.concern.severity.label),
        Column(tr("Target"), lambda r: format_date(r.concern.target_on)),
        Column(
            tr("Late"),
            lambda r: days_late(r.days_overdue) if r.days_overdue else "",
            colour=lambda r: colours.down,
            align_right=True,
        ),
    ]
