"""What each card of the Needs attention page holds, as one list: the page builds one
:class:`~ui.attention.section.AttentionSection` per :class:`Card`, fills it from what was found,
and lays them out (ui/attention/attention_page.py). A new card is one more entry here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from domain.rules.quadrant import Quadrant
from domain.usecases.attention import AttentionReport
from domain.usecases.engagement_plans import PlannedTouchpoint
from ui.attention import columns as c
from ui.attention.section import Column
from ui.attention.unit_sections import behind_target_columns, stalled_columns
from ui.domain_words import quadrant_title
from ui.translation import tr


@dataclass(frozen=True, slots=True)
class Found:
    """What the page shows: the attention report and the touchpoints that are late."""

    report: AttentionReport
    late_touchpoints: list[PlannedTouchpoint]


@dataclass(frozen=True, slots=True)
class Card:
    #: Key of the card (page attribute, settings key of its column widths).
    name: str
    title: str
    columns: Callable[[c.Colours], list[Column]]
    #: The stakeholder a row opens (0: none).
    person: Callable[[Any], int]
    empty: str
    rows: Callable[[Found], Sequence[Any]]
    #: The line under the title, from what was found.
    subtitle: Callable[[Found], str]
    #: The subtitle's tooltip, if any.
    subtitle_tooltip: Callable[[Found], str] | None = None
    #: The settings key of the column widths (the name, unless kept from before).
    widths_key: str = ""


def _stakeholder(row: Any) -> int:
    return int(row.stakeholder_id)


def _trust_subtitle(found: Found) -> str:
    s = found.report.settings
    fall = s.trust_fall
    points = tr("1 point") if fall == 1 else tr("{n} points").format(n=f"{fall:g}")
    return tr("By more than {points} in the last {days} days").format(
        points=points, days=s.trust_window_days
    )


def _cadences(found: Found) -> str:
    cadence = found.report.settings.cadence
    return " / ".join(c.cadence_text(cadence.for_quadrant(q)) for q in Quadrant)


def _cadence_tooltip(found: Found) -> str:
    cadence = found.report.settings.cadence
    return "\n".join(
        f"{quadrant_title(q)}: {c.cadence_text(cadence.for_quadrant(q))}" for q in Quadrant
    )


def _concerns_subtitle(found: Found) -> str:
    late = sum(1 for row in found.report.concerns if row.days_overdue)
    return tr("Raised by stakeholders, not yet dealt with; {late} past their target date").format(
        late=late
    )


def cards() -> list[Card]:
    """Every card, in reading order (two to a row where there is room)."""
    return [
        Card(
            "trust",
            tr("Trust has fallen"),
            c.trust_columns,
            _stakeholder,
            tr("No one's trust fell that far. Steady relationships."),
            lambda f: f.report.trust_falls,
            _trust_subtitle,
        ),
        Card(
            "contact",
            tr("Overdue for contact"),
            c.contact_columns,
            _stakeholder,
            tr("Everyone on your maps has been contacted within their cadence."),
            lambda f: f.report.overdue_contacts,
            lambda f: tr("On any map, by their most demanding quadrant: {cadences}").format(
                cadences=_cadences(f)
            ),
            _cadence_tooltip,
        ),
        Card(
            "commitments",
            tr("Overdue commitments"),
            c.commitment_columns,
            _stakeholder,
            tr("No open commitment is past its due date."),
            lambda f: f.report.overdue_commitments,
            lambda _f: tr("Open, past their due date"),
        ),
        Card(
            "gaps",
            tr("Biggest attitude gaps"),
            c.gap_columns,
            _stakeholder,
            tr("Everyone is where the plans need them."),
            lambda f: f.report.attitude_gaps,
            lambda _f: tr("Between the attitude a person has and the one a plan needs"),
        ),
        Card(
            "concerns",
            tr("Open concerns"),
            c.concern_columns,
            _stakeholder,
            tr("No concern is open. Record one on the person's Concerns tab."),
            lambda f: f.report.concerns,
            _concerns_subtitle,
        ),
        Card(
            "touchpoints",
            tr("Overdue touchpoints"),
            c.touchpoint_columns,
            _stakeholder,
            tr("Every planned touchpoint up to today is done."),
            lambda f: f.late_touchpoints,
            lambda _f: tr("Planned in an engagement plan, past their date, not done"),
        ),
        Card(
            "behind_target",
            tr("Units behind their maturity target"),
            lambda _colours: behind_target_columns(),
            lambda _row: 0,
            tr("Every unit with a target is on track."),
            lambda f: f.report.behind_target,
            lambda _f: tr("Target date passed, level below it"),
            widths_key="behindTarget",
        ),
        Card(
            "stalled",
            tr("Stalled demand"),
            lambda _colours: stalled_columns(),
            lambda row: row.item.sponsor_id or 0,
            tr("Every open item has moved recently."),
            lambda f: f.report.stalled_demand,
            lambda f: tr("Open, no move for more than {days} days").format(
                days=f.report.settings.stalled_days
            ),
            widths_key="stalledDemand",
        ),
    ]
