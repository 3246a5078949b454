"""A table model over a person's timeline: every rating, note and interaction in date order."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from domain.model import Rating, Sentiment
from domain.usecases.relationship_history import EntryKind, PersonHistory, TimelineEntry
from ui.formatting import format_datetime, format_time
from ui.plain_text import tooltip
from ui.ratings.labels import (
    ATTITUDE_DIMENSIONS,
    format_change,
    format_value,
    label,
    local_date,
)
from ui.translation import tr

type Index = QModelIndex | QPersistentModelIndex

#: The role holding a row's :class:`TimelineEntry`.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    WHEN = 0
    WHAT = 1
    VALUE = 2
    NOTE = 3
    ENTERED = 4


HEADERS = {
    Column.WHEN: QT_TRANSLATE_NOOP("", "Date"),
    Column.WHAT: QT_TRANSLATE_NOOP("", "What"),
    Column.VALUE: QT_TRANSLATE_NOOP("", "Value"),
    Column.NOTE: QT_TRANSLATE_NOOP("", "Note"),
    Column.ENTERED: QT_TRANSLATE_NOOP("", "Entered"),
}

#: An entry recorded this long after the moment it is dated is shown as back-dated.
_BACKDATED_SECONDS = 6 * 3600


class Show(StrEnum):
    """Which entries the table lists."""

    EVERYTHING = "Everything"
    TRUST_INFLUENCE = "Trust and influence"
    MAPS = "Positions and attitudes"
    INTERACTIONS = "Interactions"
    NOTES = "Entries with a note"


def _shown(entry: TimelineEntry, show: Show) -> bool:
    rating = entry.rating
    match show:
        case Show.EVERYTHING:
            return True
        case Show.TRUST_INFLUENCE:
            return rating is not None and not rating.dimension.per_map
        case Show.MAPS:
            return rating is not None and rating.dimension.per_map
        case Show.INTERACTIONS:
            return entry.interaction is not None
        case Show.NOTES:
            text = rating.note if rating else entry.interaction.summary if entry.interaction else ""
            return bool(text.strip())


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []
        self._show = Show.EVERYTHING
        self._maps: dict[int, str] = {}

    def set_history(self, history: PersonHistory | None, show: Show | None = None) -> None:
        self.beginResetModel()
        self._show = show or self._show
        entries = history.timeline(newest_first=True) if history else []
        self._entries = [e for e in entries if _shown(e, self._show)]
        self._maps = history.map_names if history else {}
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._tooltip(entry, column) or "") or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(entry, column)
        if role == Qt.ItemDataRole.FontRole and column is Column.WHAT and entry.rating:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.VALUE:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- cells ----------------------------------------------------------------------------------
    def _what(self, rating: Rating) -> str:
        on_map = self._maps.get(rating.map_id) if rating.map_id is not None else None
        return label(rating.dimension, on_map)

    def _text(self, entry: TimelineEntry, column: Column) -> str:
        rating, interaction = entry.rating, entry.interaction
        if column is Column.WHEN:
            text = local_date(entry.at)
            return f"⚠ {text}" if entry.future else text
        if rating is not None:
            if column is Column.WHAT:
                return self._what(rating)
            if column is Column.VALUE:
                change = format_change(rating.dimension, entry.previous, rating.value)
                if rating.dimension in ATTITUDE_DIMENSIONS:
                    change = change[:1]  # the arrow; the tooltip says from what
                value = format_value(rating.dimension, rating.value)
                return f"{value}   {change}" if change else value
            if column is Column.NOTE:
                return rating.note
            if column is Column.ENTERED:
                return _entered_text(entry)
        if interaction is not None:
            if column is Column.WHAT:
                return interaction.kind.value.capitalize()
            if column is Column.VALUE:
                return Sentiment(interaction.sentiment).label
            if column is Column.NOTE:
                return interaction.summary
            if column is Column.ENTERED:
                return _entered_text(entry)
        return ""

    def _tooltip(self, entry: TimelineEntry, column: Column) -> str | None:
        rating = entry.rating
        if entry.future:
            return "Dated in the future: shown, but not counted as the current value."
        if column in (Column.ENTERED, Column.WHEN) and _backdated(entry):
            return (
                f"Entered on {local_date(_entered(entry), with_time=True)} "
                f"for {local_date(entry.at)} (back-dated)."
            )
        if column in (Column.ENTERED, Column.WHEN) and _entered(entry) is not None:
            # The date's too: a narrow panel leaves the Entered column out.
            return f"Entered on {local_date(_entered(entry), with_time=True)}."
        if column is Column.NOTE:
            text = rating.note if rating else entry.interaction.summary if entry.interaction else ""
            return text or None
        if rating is not None and column is Column.WHAT:
            return self._what(rating)
        if rating is not None and column is Column.VALUE and entry.previous is not None:
            return f"Was {format_value(rating.dimension, entry.previous)}"
        return None

    def _foreground(self, entry: TimelineEntry, column: Column) -> QBrush | None:
        palette = QGuiApplication.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        warning, down, up = (
            ("#ffb454", "#ff8a80", "#4fd39a") if dark else ("#b45309", "#c0392b", "#1b8a5a")
        )
        if entry.future and column is Column.WHEN:
            return QBrush(QColor(warning))
        if entry.kind is EntryKind.INTERACTION and column in (Column.WHAT, Column.VALUE):
            return QBrush(muted)
        if column is Column.ENTERED:
            if _backdated(entry):
                return QBrush(QColor(warning))
            return QBrush(muted)
        if column is Column.VALUE and entry.rating is not None and entry.previous is not None:
            if entry.rating.value < entry.previous:
                return QBrush(QColor(down))
            if entry.rating.value > entry.previous:
                return QBrush(QColor(up))
        return None


def _entered(entry: TimelineEntry) -> datetime | None:
    """When the entry was made (None: not known, for interactions from before schema 4)."""
    if entry.rating is not None:
        return entry.rating.recorded_at
    return entry.interaction.recorded_at if entry.interaction is not None else None


def _entered_text(entry: TimelineEntry) -> str:
    """When the entry was made: the time alone on the day it is dated ("16:50" beside "27 Nov
    2026"), else the date and time, the year only when it differs ("30 Nov 16:50"); empty
    when not known. The tooltip has it in full."""
    entered = _entered(entry)
    if entered is None:
        return ""
    day, dated = entered.astimezone().date(), entry.at.astimezone().date()
    if day == dated:
        return format_time(entered)
    return format_datetime(entered, year=day.year != dated.year)


def _backdated(entry: TimelineEntry) -> bool:
    entered = _entered(entry)
    if entered is None:
        return False
    return (entered - entry.at).total_seconds() > _BACKDATED_SECONDS
