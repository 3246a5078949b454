"""The pages of the main window and the tabs of a person's panel, built lazily on first view.

Feature packages add themselves here, one line each. Imports happen inside the builders so that a
page's modules (the grid, matplotlib…) load only when the page is first shown, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ui.app_context import AppContext


class PersonTab(Protocol):
    def show_stakeholder(self, stakeholder_id: int) -> None: ...


@dataclass(frozen=True, slots=True)
class PageSpec:
    """A page: ``title`` is its English name, the key the window and the menus use; the tab shows
    it translated (``tr(spec.title)``), so each title is marked with ``QT_TRANSLATE_NOOP``."""

    title: str
    build: Callable[[AppContext], QWidget]


def _maps(ctx: AppContext) -> QWidget:
    from ui.grid.map_page import MapPage

    return MapPage(ctx)


def _attention(ctx: AppContext) -> QWidget:
    from ui.attention.attention_page import AttentionPage

    return AttentionPage(ctx)


def _charts(ctx: AppContext) -> QWidget:
    from ui.charts.charts_page import ChartsPage

    return ChartsPage(ctx)


def _units(ctx: AppContext) -> QWidget:
    from ui.units.units_page import UnitsPage

    return UnitsPage(ctx)


def _demand(ctx: AppContext) -> QWidget:
    from ui.demand.demand_page import DemandPage

    return DemandPage(ctx)


def _trust_influence(ctx: AppContext) -> QWidget:
    from ui.ratings.person_tabs import TrustInfluenceTab

    return TrustInfluenceTab(ctx)


def _history(ctx: AppContext) -> QWidget:
    from ui.ratings.person_tabs import HistoryTab

    return HistoryTab(ctx)


def _meetings(ctx: AppContext) -> QWidget:
    from ui.meetings.meetings_page import MeetingsPage

    return MeetingsPage(ctx)


def _timeline(ctx: AppContext) -> QWidget:
    from ui.interactions.timeline_tab import TimelineTab

    return TimelineTab(ctx)


def _influence(ctx: AppContext) -> QWidget:
    from ui.influence.influence_tab import InfluenceTab

    return InfluenceTab(ctx)


def _concerns(ctx: AppContext) -> QWidget:
    from ui.concerns.concerns_tab import ConcernsTab

    return ConcernsTab(ctx)


def _health(ctx: AppContext) -> QWidget:
    from ui.health.health_page import HealthPage

    return HealthPage(ctx)


def _network(ctx: AppContext) -> QWidget:
    from ui.network.network_page import NetworkPage

    return NetworkPage(ctx)


def _plans(ctx: AppContext) -> QWidget:
    from ui.plans.plans_tab import PlansTab

    return PlansTab(ctx)


def _notes(ctx: AppContext) -> QWidget:
    from ui.ownership.notes_tab import NotesTab

    return NotesTab(ctx)


def main_pages() -> list[PageSpec]:
    """Top-level pages after "Stakeholders", in tab order."""
    return [
        PageSpec(QT_TRANSLATE_NOOP("", "Maps"), _maps),
        PageSpec(QT_TRANSLATE_NOOP("", "Attention"), _attention),
        PageSpec(QT_TRANSLATE_NOOP("", "Charts"), _charts),
        PageSpec(QT_TRANSLATE_NOOP("", "Meetings"), _meetings),
        PageSpec(QT_TRANSLATE_NOOP("", "Health"), _health),
        PageSpec(QT_TRANSLATE_NOOP("", "Units"), _units),
        PageSpec(QT_TRANSLATE_NOOP("", "Demand"), _demand),
        PageSpec(QT_TRANSLATE_NOOP("", "Network"), _network),
    ]


def person_tabs() -> list[PageSpec]:
    """Tabs of the person panel after "Profile"; each widget implements :class:`PersonTab`."""
    return [
        PageSpec(QT_TRANSLATE_NOOP("", "Trust && influence"), _trust_influence),
        PageSpec(QT_TRANSLATE_NOOP("", "History"), _history),
        PageSpec(QT_TRANSLATE_NOOP("", "Timeline"), _timeline),
        PageSpec(QT_TRANSLATE_NOOP("", "Who influences"), _influence),
        PageSpec(QT_TRANSLATE_NOOP("", "Concerns"), _concerns),
        PageSpec(QT_TRANSLATE_NOOP("", "Plans"), _plans),
        PageSpec(QT_TRANSLATE_NOOP("", "Notes"), _notes),
    ]
