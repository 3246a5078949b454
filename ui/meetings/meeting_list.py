"""The list of meetings: upcoming ones soonest first, then past ones latest first."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.model import Meeting
from domain.rules.recurrence import describe_recurrence
from ui.elided_tooltips import show_whole_text_on_hover
from ui.formatting import format_time, format_weekday_date
from ui.plain_text import tooltip
from ui.translation import tr

MEETING_ROLE = Qt.ItemDataRole.UserRole + 1


def when_text(meeting: Meeting) -> str:
    start = meeting.start.astimezone()
    this_year = start.year == datetime.now().astimezone().year
    return f"{format_weekday_date(start, year=not this_year)}, {format_time(start)}"


class MeetingList(QWidget):
    #: The meeting id now selected, or -1.
    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meetings: list[Meeting] = []
        self.filter_edit = QLineEdit(placeholderText="Filter meetings by title, place or person…")
        self.filter_edit.setObjectName("meetingFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        show_whole_text_on_hover(self.tree)  # clipped cells show their whole text
        self.tree.setObjectName("meetingList")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("When"), tr("Meeting"), tr("People")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        self.filter_edit.textChanged.connect(lambda _t: self._fill())
        self.tree.currentItemChanged.connect(self._current_item_changed)

    def set_meetings(self, meetings: list[Meeting]) -> None:
        keep = self.current_id()
        self.meetings = meetings
        self._fill()
        if keep >= 0:
            self.select(keep)

    def current_id(self) -> int:
        item = self.tree.currentItem()
        value = item.data(0, MEETING_ROLE) if item is not None else None
        return int(value) if value is not None else -1

    def select(self, meeting_id: int) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for row in range(group.childCount() if group else 0):
                item = group.child(row) if group else None
                if item is not None and item.data(0, MEETING_ROLE) == meeting_id:
                    self.tree.setCurrentItem(item)
                    self.tree.scrollToItem(item)
                    return True
        if self.filter_edit.text():
            self.filter_edit.clear()
            return self.select(meeting_id)
        return False

    def _matches(self, meeting: Meeting, words: list[str]) -> bool:
        haystack = " ".join(
            [meeting.title, meeting.place, *(a.name for a in meeting.attendees)]
        ).casefold()
        return all(word in haystack for word in words)

    def _fill(self) -> None:
        current = self.current_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        words = self.filter_edit.text().casefold().split()
        now = datetime.now().astimezone()
        shown = [m for m in self.meetings if self._matches(m, words)]
        upcoming = sorted((m for m in shown if (m.end or m.start) >= now), key=lambda m: m.start)
        past = sorted((m for m in shown if (m.end or m.start) < now), key=lambda m: m.start)
        past.reverse()
        for title, group in (("Upcoming", upcoming), ("Past", past)):
            header = QTreeWidgetItem(self.tree, [f"{title} ({len(group)})"])
            header.setFirstColumnSpanned(True)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(header.font(0))
            font.setBold(True)
            header.setFont(0, font)
            header.setExpanded(True)
            for meeting in group:
                self._item(header, meeting, past=title == "Past")
        self.tree.blockSignals(False)
        if current >= 0 and not self._select_quietly(current):
            self.current_changed.emit(self.current_id())

    def _select_quietly(self, meeting_id: int) -> bool:
        self.tree.blockSignals(True)
        found = self.select(meeting_id)
        self.tree.blockSignals(False)
        return found

    def _item(self, parent: QTreeWidgetItem, meeting: Meeting, past: bool) -> None:
        people = len(meeting.attendees)
        title = meeting.title
        repeats = describe_recurrence(meeting.recurrence)
        if repeats:
            title = f"↻ {title}"
        if meeting.cancelled:  # first, so that a long title never hides it
            title = f"✕ Cancelled · {title}"
        elif past:
            title += "   ✓ logged" if meeting.interaction_id is not None else "   · not logged"
        item = QTreeWidgetItem(parent, [when_text(meeting), title, str(people)])
        item.setData(0, MEETING_ROLE, meeting.id)
        state = "\nCancelled by the organiser" if meeting.cancelled else ""
        state += f"\nRepeats {repeats}" if repeats else ""
        item.setToolTip(1, tooltip(f"{meeting.title}\n{meeting.place}{state}".strip()))
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if past or meeting.cancelled:
            muted = QBrush(self.palette().placeholderText().color())
            item.setForeground(0, muted)
            item.setForeground(2, muted)

    def _current_item_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        value = current.data(0, MEETING_ROLE) if current is not None else None
        self.current_changed.emit(int(value) if value is not None else -1)
