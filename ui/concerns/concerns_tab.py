"""A person's Concerns tab: their relationship-health grade (and what took points off), then the
concerns they raised, open ones first (overdue in red), closed ones after with how they ended.
New, edit, resolve, reopen and delete are each one undo step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.clock import local_today
from domain.errors import NotFoundError
from domain.model import Concern, ConcernStatus, Stakeholder
from domain.rules.relationship_health import HealthGrading
from domain.usecases.concerns import concerns_of
from domain.usecases.health import PersonHealth, load_grading, person_health
from domain.usecases.stakeholders import get_stakeholder
from ui.app_context import AppContext, Topic
from ui.attention.settings import load_settings
from ui.concerns.commands import DeleteConcernCommand, EditConcernCommand, RaiseConcernCommand
from ui.concerns.concern_dialog import KIND_LABELS, SEVERITY_LABELS, STATUS_LABELS, ConcernDialog
from ui.elided_tooltips import show_whole_text_on_hover
from ui.formatting import format_date
from ui.health.explanation import penalty_text, show_how_graded
from ui.health.health_page import GRADE_COLOURS
from ui.plain_text import make_plain, tooltip
from ui.reload_when_shown import ReloadWhenShown
from ui.translation import tr
from ui.undo.use_case_command import push

_RELOAD_ON = {
    Topic.CONCERNS,
    Topic.STAKEHOLDERS,
    Topic.WORKSPACE,
    # What the health grade is made of.
    Topic.RATINGS,
    Topic.INTERACTIONS,
    Topic.COMMITMENTS,
    Topic.MAPS,
    Topic.GRADING,
}
CONCERN_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#B4231A")
COLUMNS = [
    QT_TRANSLATE_NOOP("", "Concern"),
    QT_TRANSLATE_NOOP("", "Severity"),
    QT_TRANSLATE_NOOP("", "Target"),
    QT_TRANSLATE_NOOP("", "Status"),
]


def target_text(concern: Concern, today: date) -> str:
    if concern.target_on is None:
        return "—"
    if concern.is_overdue(today):
        return f"overdue {(today - concern.target_on).days} d"
    return format_date(concern.target_on)


class ConcernsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("concernsTab")
        self.ctx = ctx
        self.stakeholder_id = -1
        self.person: Stakeholder | None = None
        self.concerns: list[Concern] = []
        self.dialog: ConcernDialog | None = None
        self.health: PersonHealth | None = None
        self.grading = HealthGrading()
        self.freshness = ReloadWhenShown(self, ctx, _RELOAD_ON, self.reload)

        self.health_label = QLabel()
        self.health_label.setObjectName("personHealth")
        make_plain(self.health_label)
        self.health_label.setWordWrap(True)
        self.how_button = QPushButton(tr("How is this graded?"))
        self.how_button.setObjectName("howGradedButton")
        self.how_button.clicked.connect(self.show_how_graded)

        self.summary = QLabel()
        self.summary.setObjectName("mutedLabel")
        make_plain(self.summary)
        self.new_button = self._button("New concern…", "newConcernButton", self.new_concern)
        self.edit_button = self._button("Edit…", "editConcernButton", self.edit_selected)
        self.resolve_button = self._button("Resolve…", "resolveConcernButton", self.resolve)
        self.reopen_button = self._button("Reopen", "reopenConcernButton", self.reopen)
        self.delete_button = self._button("Delete", "deleteConcernButton", self.delete_selected)

        self.tree = QTreeWidget()
        self.tree.setObjectName("concernsTree")
        show_whole_text_on_hover(self.tree)
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([tr(c) for c in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.itemSelectionChanged.connect(self._enable)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.edit_selected())

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for button in (
            self.new_button,
            self.edit_button,
            self.resolve_button,
            self.reopen_button,
            self.delete_button,
        ):
            top.addWidget(button)
        self.top = top
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        self.layout_ = layout
        health = QHBoxLayout()
        health.addWidget(self.health_label, 1)
        health.addWidget(self.how_button)
        layout.addLayout(health)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

    def _button(self, text: str, name: str, action: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(action)
        return button

    # -- PersonTab ----------------------------------------------------------------------------
    def show_stakeholder(self, stakeholder_id: int) -> None:
        self.stakeholder_id = stakeholder_id
        self.reload()

    def reload(self) -> None:
        self.freshness.loaded()
        self.person, self.concerns, self.health = None, [], None
        if self.stakeholder_id >= 0 and self.ctx.has_workspace:
            try:
                self.person = get_stakeholder(self.ctx.uow(), self.stakeholder_id)
                self.concerns = concerns_of(self.ctx.uow(), self.stakeholder_id)
            except NotFoundError:
                self.person, self.concerns = None, []
            else:
                self.grading = load_grading(self.ctx.uow())
                self.health = person_health(
                    self.ctx.uow(),
                    self.stakeholder_id,
                    load_settings(),
                    self.grading,
                    today=local_today(),
                )
        self._fill()
        self._show_health()

    def _show_health(self) -> None:
        health = self.health
        self.how_button.setEnabled(self.person is not None)
        if health is None:
            archived = self.person is not None and self.person.archived
            self.health_label.setText("Archived: not graded." if archived else "")
            self.health_label.setStyleSheet("")
            return
        score = health.health
        text = f"Health {score.grade} · {score.score:.0f} of 100 ({score.grade.label})"
        if score.penalties:
            text += " — " + ", ".join(penalty_text(p) for p in score.penalties[:3])
        self.health_label.setText(text)
        self.health_label.setStyleSheet(f"color: {GRADE_COLOURS[score.grade]}; font-weight: 600;")

    def show_how_graded(self) -> None:
        person = (self.health.name, self.health.health) if self.health else None
        self.how_box = show_how_graded(self, self.grading, person)

    def _fill(self) -> None:
        today = local_today()
        self.tree.clear()
        if self.person is None:
            self.summary.setText(tr("Select a person to see the concerns they raised."))
        else:
            open_ = [c for c in self.concerns if c.is_open]
            late = sum(c.is_overdue(today) for c in open_)
            text = f"{len(open_)} open concern{'s' if len(open_) != 1 else ''}"
            if late:
                text += f", {late} overdue"
            closed = len(self.concerns) - len(open_)
            if closed:
                text += f" · {closed} closed"
            self.summary.setText(text)
        for concern in self.concerns:
            self._item(concern, today)
        self._enable()

    def _item(self, concern: Concern, today: date) -> None:
        status = tr(STATUS_LABELS[concern.status])
        if not concern.is_open and concern.closed_on is not None:
            status += f" {format_date(concern.closed_on)}"
        item = QTreeWidgetItem(
            self.tree,
            [
                " ".join(concern.title.split()),
                tr(SEVERITY_LABELS[concern.severity]),
                target_text(concern, today),
                status,
            ],
        )
        item.setData(0, CONCERN_ROLE, concern.id)
        about = [
            tr("{kind}, raised {day}").format(
                kind=tr(KIND_LABELS[concern.kind]), day=format_date(concern.raised_on)
            ),
            concern.details,
        ]
        if concern.resolution:
            about.append(f"{tr(STATUS_LABELS[concern.status])}: {concern.resolution}")
        item.setToolTip(0, tooltip("\n".join(a for a in about if a)))
        item.setToolTip(3, tooltip(concern.resolution or status))
        if concern.is_overdue(today):
            bold = QFont(item.font(0))
            bold.setBold(True)
            for column in range(len(COLUMNS)):
                item.setForeground(column, QBrush(OVERDUE))
                item.setFont(column, bold)
        elif not concern.is_open:
            muted = QBrush(self.palette().placeholderText().color())
            for column in range(len(COLUMNS)):
                item.setForeground(column, muted)

    def selected(self) -> Concern | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        wanted = items[0].data(0, CONCERN_ROLE)
        return next((c for c in self.concerns if c.id == wanted), None)

    def select(self, concern_id: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, CONCERN_ROLE) == concern_id:
                self.tree.setCurrentItem(item)
                return

    def _enable(self) -> None:
        chosen = self.selected()
        self.new_button.setEnabled(self.person is not None)
        self.edit_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        self.resolve_button.setEnabled(chosen is not None and chosen.is_open)
        self.reopen_button.setEnabled(chosen is not None and not chosen.is_open)

    # -- acting -------------------------------------------------------------------------------
    def new_concern(self) -> None:
        if self.person is None or self.person.id is None:
            return
        self._open(Concern(self.person.id, "", local_today()), None)

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._open(chosen, chosen)

    def resolve(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.is_open:
            return
        closing = replace(
            chosen, status=ConcernStatus.RESOLVED, closed_on=max(local_today(), chosen.raised_on)
        )
        self._open(closing, chosen)
        assert self.dialog is not None
        self.dialog.resolution.setFocus()

    def reopen(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.is_open:
            return
        after = replace(chosen, status=ConcernStatus.OPEN, closed_on=None)
        push(self.ctx, EditConcernCommand(self.ctx, chosen, after))

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            push(self.ctx, DeleteConcernCommand(self.ctx, chosen))

    def _open(self, concern: Concern, before: Concern | None) -> None:
        assert self.person is not None
        dialog = ConcernDialog(concern, self.person.name, self)
        self.dialog = dialog

        def save() -> None:
            after = dialog.result_concern
            if after is None:
                return
            if before is None:
                command: RaiseConcernCommand | EditConcernCommand = RaiseConcernCommand(
                    self.ctx, after
                )
            elif after == before:
                return
            else:
                command = EditConcernCommand(self.ctx, before, after)
            if push(self.ctx, command):
                saved = command.concern if isinstance(command, RaiseConcernCommand) else after
                if saved.id is not None:
                    self.select(saved.id)

        dialog.accepted.connect(save)
        dialog.open()
