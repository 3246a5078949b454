"""A person's Timeline tab: open commitments (overdue ones first, in red), then every interaction,
newest first, with the follow-ups made in it. Tick a commitment to mark it done (undoable)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.errors import NotFoundError
from domain.model import Commitment, CommitmentDirection, Interaction
from domain.usecases.timeline import Timeline, person_timeline
from ui.app_context import AppContext, Topic
from ui.elided_tooltips import show_whole_text_on_hover
from ui.fitted_columns import ColumnFitter
from ui.formatting import format_date
from ui.interactions.commands import SetCommitmentDoneCommand
from ui.interactions.log_dialog import KIND_LABELS
from ui.interactions.log_flow import open_log_dialog
from ui.plain_text import make_plain, tooltip
from ui.reload_when_shown import ReloadWhenShown
from ui.translation import tr
from ui.undo.use_case_command import push

_RELOAD_ON = {
    Topic.INTERACTIONS,
    Topic.COMMITMENTS,
    Topic.STAKEHOLDERS,
    Topic.MEETINGS,
    Topic.WORKSPACE,
}
COMMITMENT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#B4231A")
_SENTIMENT = {-2: "−−", -1: "−", 0: "○", 1: "+", 2: "++"}


def day_text(value: date | datetime, year: bool = True) -> str:
    return format_date(value, year=year)


#: The summary gives way to who was there only down to this width.
_SUMMARY_WIDTH = 120


class TimelineTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineTab")
        self.ctx = ctx
        self.stakeholder_id = -1
        self.timeline: Timeline | None = None
        self.freshness = ReloadWhenShown(
            self, ctx, _RELOAD_ON, self.reload, refresh=lambda _topic: self._refresh()
        )
        self._filling = False

        self.summary = QLabel()
        self.summary.setObjectName("mutedLabel")
        make_plain(self.summary)
        self.log_button = QPushButton(tr("Log interaction…"))
        self.log_button.setObjectName("logInteractionButton")
        self.log_button.setToolTip(tr("Log a meeting, call, e-mail, meal or workshop (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_interaction)

        self.tree = QTreeWidget()
        show_whole_text_on_hover(self.tree)  # clipped cells show their whole text
        self.tree.setObjectName("timelineTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([tr("When"), tr("What"), tr("Summary"), tr("With")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(False)
        # When and what at their content's width; the summary and who was there share the
        # rest, the summary keeping the larger part (its tooltip has the whole text).
        self.columns = ColumnFitter(
            self.tree,
            [2, 3],
            grows=2,
            parent=self,
            keeps={2: _SUMMARY_WIDTH},
            remember="timeline",
            drops=[3],  # when narrow; the summary's tooltip says who was there
            measure={0: self._when_width},
        )
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The columns are fitted to the width: a scrollbar would only show a few pixels' slack.
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._in_item_signal = False
        self.tree.itemChanged.connect(self._item_changed)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

    def _when_width(self) -> int:
        """The dates' and ticks' width, indented as they are; the headings ("Interactions
        (21)") span the row and need none of this column."""
        metrics = self.tree.fontMetrics()
        check = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
        widest = 0
        stack = [(self.tree.topLevelItem(n), 1) for n in range(self.tree.topLevelItemCount())]
        while stack:
            item, depth = stack.pop()
            if not item.isFirstColumnSpanned():
                tick = check if item.flags() & Qt.ItemFlag.ItemIsUserCheckable else 0
                text = metrics.horizontalAdvance(item.text(0))
                widest = max(widest, depth * self.tree.indentation() + tick + text + 8)
            stack.extend((item.child(n), depth + 1) for n in range(item.childCount()))
        return widest

    # -- PersonTab ----------------------------------------------------------------------------
    def show_stakeholder(self, stakeholder_id: int) -> None:
        self.stakeholder_id = stakeholder_id
        self.reload()

    def _refresh(self) -> None:
        if self._in_item_signal:
            # The change came from a tick on an item: rebuilding the tree now would delete that
            # item inside its own itemChanged signal (a crash). Rebuild right after.
            QTimer.singleShot(0, self.reload)
        else:
            self.reload()

    def reload(self) -> None:
        self.freshness.loaded()
        self.timeline = None
        if self.stakeholder_id >= 0 and self.ctx.has_workspace:
            try:
                self.timeline = person_timeline(self.ctx.uow(), self.stakeholder_id, date.today())
            except NotFoundError:
                self.timeline = None
        self.log_button.setEnabled(self.timeline is not None)
        self._fill()

    # -- showing ------------------------------------------------------------------------------
    def _fill(self) -> None:
        self._filling = True
        self.tree.clear()
        timeline = self.timeline
        if timeline is None:
            self.summary.setText(tr("Select a person to see their interactions and commitments."))
            self._filling = False
            return
        overdue = len(timeline.overdue)
        parts = [
            f"{len(timeline.entries)} interaction" + ("s" if len(timeline.entries) != 1 else ""),
            f"{len(timeline.open_commitments)} open commitment"
            + ("s" if len(timeline.open_commitments) != 1 else ""),
        ]
        if overdue:
            parts.append(f"{overdue} overdue")
        self.summary.setText(" · ".join(parts))

        commitments = self._group(f"Open commitments ({len(timeline.open_commitments)})")
        for commitment in timeline.open_commitments:
            self._commitment_item(commitments, commitment, timeline.today)
        if not timeline.open_commitments:
            self._note(commitments, "Nothing open, either way.")
        interactions = self._group(f"Interactions ({len(timeline.entries)})")
        for entry in timeline.entries:
            item = self._interaction_item(interactions, entry.interaction, entry.others)
            for commitment in entry.commitments:
                if commitment.stakeholder_id == self.stakeholder_id:
                    self._commitment_item(item, commitment, timeline.today)
            item.setExpanded(True)
        if not timeline.entries:
            self._note(interactions, "No contact logged yet. Log one with Ctrl+L.")
        if timeline.done_commitments:
            done = self._group(f"Done, without an interaction ({len(timeline.done_commitments)})")
            for commitment in timeline.done_commitments:
                self._commitment_item(done, commitment, timeline.today)
            done.setExpanded(False)
        self._filling = False

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setExpanded(True)
        return item

    def _note(self, parent: QTreeWidgetItem, text: str) -> None:
        item = QTreeWidgetItem(parent, [text])
        item.setFirstColumnSpanned(True)
        item.setForeground(0, QBrush(self.palette().placeholderText().color()))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)

    def _interaction_item(
        self, parent: QTreeWidgetItem, interaction: Interaction, others: tuple[str, ...]
    ) -> QTreeWidgetItem:
        sentiment = _SENTIMENT.get(int(interaction.sentiment), "")
        summary = " ".join(interaction.summary.split()) or "—"
        item = QTreeWidgetItem(
            parent,
            [
                day_text(interaction.when),
                f"{tr(KIND_LABELS[interaction.kind]).split(' (')[0]}  {sentiment}",
                summary,
                ", ".join(others),
            ],
        )
        with_whom = f"\n\nWith {', '.join(others)}" if others else ""
        item.setToolTip(2, tooltip(interaction.summary + with_whom))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    def _commitment_item(
        self, parent: QTreeWidgetItem, commitment: Commitment, today: date
    ) -> QTreeWidgetItem:
        owes = "We owe" if commitment.direction == CommitmentDirection.OURS else "They owe"
        if commitment.done_at is not None:
            when = f"done {day_text(commitment.done_at, False)}"
        elif commitment.due_on is None:
            when = "no date"
        elif commitment.is_overdue(today):
            when = f"overdue {(today - commitment.due_on).days} d"
        else:
            when = f"due {day_text(commitment.due_on, commitment.due_on.year != today.year)}"
        item = QTreeWidgetItem(parent, [when, owes, commitment.description, ""])
        item.setData(0, COMMITMENT_ROLE, commitment.id)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(
            0, Qt.CheckState.Checked if commitment.done_at else Qt.CheckState.Unchecked
        )
        item.setToolTip(0, tr("Tick when done"))
        if commitment.is_overdue(today):
            bold = QFont(item.font(0))
            bold.setBold(True)
            for column in range(3):
                item.setForeground(column, QBrush(OVERDUE))
                item.setFont(column, bold)
        elif commitment.done_at is not None:
            muted = QBrush(self.palette().placeholderText().color())
            for column in range(3):
                item.setForeground(column, muted)
        return item

    # -- acting -------------------------------------------------------------------------------
    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0 or self.timeline is None:
            return
        commitment_id = item.data(0, COMMITMENT_ROLE)
        if commitment_id is None:
            return
        found = self._find_commitment(int(commitment_id))
        if found is None:
            return
        done = item.checkState(0) == Qt.CheckState.Checked
        if done != (found.done_at is not None):
            self._in_item_signal = True
            try:
                if not push(self.ctx, SetCommitmentDoneCommand(self.ctx, found, done)):
                    # Refused or asked about (someone changed it): the tick shows what is stored.
                    QTimer.singleShot(0, self, self.reload)
            finally:
                self._in_item_signal = False

    def _find_commitment(self, commitment_id: int) -> Commitment | None:
        timeline = self.timeline
        if timeline is None:
            return None
        pools = [timeline.open_commitments, timeline.done_commitments]
        pools += [entry.commitments for entry in timeline.entries]
        for pool in pools:
            for commitment in pool:
                if commitment.id == commitment_id:
                    return commitment
        return None

    def log_interaction(self) -> None:
        """The button's action (Ctrl+L is the window's Stakeholder ▸ Log Interaction…, which
        works wherever a person is current)."""
        if self.timeline is not None:
            self.dialog = open_log_dialog(self.ctx, [self.stakeholder_id], self)
