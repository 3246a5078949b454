"""Stakeholder ▸ Communication Plan…: the standing messages, each with its recipients' last and
next date (overdue in red). New message, send to many people at once (by map, quadrant, tag or
unit), take a recipient off, delete a message: all undoable. A send is recorded by logging the
interaction that carried it (the log dialog offers the person's messages)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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
from domain.model import Message
from domain.usecases.communication_plan import MessagePlan, audience, communication_plan
from domain.usecases.maps import list_maps
from domain.usecases.organisations import list_organisations
from domain.usecases.stakeholders import list_stakeholders
from ui.app_context import AppContext, Topic
from ui.plain_text import make_plain, tooltip
from ui.plans.commands import (
    AssignMessageCommand,
    CreateMessageCommand,
    DeleteMessageCommand,
    UnassignMessageCommand,
)
from ui.plans.message_dialogs import AudienceDialog, MessageDialog
from ui.translation import tr
from ui.undo.use_case_command import push

MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2
_LATE = QColor("#b3261e")


class CommunicationPlanWindow(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("communicationPlanWindow")
        self.setWindowTitle(tr("Communication plan"))
        self.resize(860, 560)
        self.ctx = ctx
        self.plans: list[MessagePlan] = []
        self.dialog: QDialog | None = None

        self.summary = QLabel()
        self.summary.setObjectName("mutedLabel")
        make_plain(self.summary)
        self.new_button = QPushButton(tr("New message…"))
        self.new_button.setObjectName("newMessageButton")
        self.new_button.clicked.connect(self.new_message)
        self.assign_button = QPushButton(tr("Send to…"))
        self.assign_button.setObjectName("assignMessageButton")
        self.assign_button.setToolTip(
            tr("Add recipients by map, quadrant, tag or unit, in one step")
        )
        self.assign_button.clicked.connect(self.assign)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setObjectName("removeMessageButton")
        self.remove_button.setToolTip(tr("Take the selected person off, or delete the message"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.tree = QTreeWidget()
        self.tree.setObjectName("communicationTree")
        self.tree.setHeaderLabels(
            [tr("Message and recipients"), tr("Last sent"), tr("Next due"), tr("Owner")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(self._open_person)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for button in (self.new_button, self.assign_button, self.remove_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        ctx.changed.connect(self._changed)
        self.reload()

    def _changed(self, topic: str) -> None:
        if topic in {Topic.PLANS, Topic.INTERACTIONS, Topic.STAKEHOLDERS, Topic.WORKSPACE}:
            self.reload()

    def reload(self) -> None:
        selected = self._selected()
        self.plans = communication_plan(self.ctx.uow()) if self.ctx.has_workspace else []
        today = local_today()
        self.tree.clear()
        late_total = 0
        keep: QTreeWidgetItem | None = None
        for plan in self.plans:
            message = plan.message
            late = sum(1 for r in plan.recipients if r.overdue(today))
            late_total += late
            item = QTreeWidgetItem(
                [
                    message.title,
                    "",
                    f"{late} overdue" if late else "",
                    f"{message.frequency}, {message.channel}, {message.tone}"
                    + (f" · {message.owner}" if message.owner else ""),
                ]
            )
            item.setData(0, MESSAGE_ROLE, message.id)
            item.setToolTip(0, tooltip(message.notes or message.title))
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            if late:
                item.setForeground(2, QBrush(_LATE))
            self.tree.addTopLevelItem(item)
            if selected == (message.id, None):
                keep = item
            for row in plan.recipients:
                child = QTreeWidgetItem(
                    [
                        row.name,
                        f"{row.last:%d %b %Y}" if row.last else "never",
                        f"{row.next:%a %d %b %Y}",
                        "",
                    ]
                )
                child.setData(0, MESSAGE_ROLE, message.id)
                child.setData(0, PERSON_ROLE, row.stakeholder_id)
                if row.overdue(today):
                    child.setForeground(2, QBrush(_LATE))
                item.addChild(child)
                if selected == (message.id, row.stakeholder_id):
                    keep = child
            item.setExpanded(True)
        if keep is not None:
            self.tree.setCurrentItem(keep)
        count = len(self.plans)
        self.summary.setText(
            f"{count} standing message{'s' if count != 1 else ''}"
            + (f", {late_total} sends overdue." if late_total else ".")
            + " Log the interaction that carried one to record it."
        )
        self._update_buttons()

    def _selected(self) -> tuple[int | None, int | None]:
        item = self.tree.currentItem()
        if item is None:
            return (None, None)
        person = item.data(0, PERSON_ROLE)
        return (item.data(0, MESSAGE_ROLE), None if person is None else int(person))

    def selected_message(self) -> Message | None:
        message_id, _ = self._selected()
        return next((p.message for p in self.plans if p.message.id == message_id), None)

    def _update_buttons(self) -> None:
        message = self.selected_message()
        self.assign_button.setEnabled(message is not None)
        self.remove_button.setEnabled(message is not None)
        _, person = self._selected()
        self.remove_button.setText("Remove recipient" if person is not None else "Delete message")

    # -- actions ------------------------------------------------------------------------------
    def new_message(self) -> None:
        dialog = MessageDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            if dialog.result_message is not None:
                push(self.ctx, CreateMessageCommand(self.ctx, dialog.result_message))

        dialog.accepted.connect(accepted)
        dialog.open()
        self.dialog = dialog

    def assign(self) -> None:
        message = self.selected_message()
        if message is None:
            return
        uow = self.ctx.uow
        maps = {m.id: m.name for m in list_maps(uow()) if m.id is not None}
        tags = sorted({t for p in list_stakeholders(uow()) for t in p.tags}, key=str.casefold)
        units = {o.id: o.name for o in list_organisations(uow()) if o.id is not None}
        dialog = AudienceDialog(
            message.title, maps, tags, units, lambda chosen: audience(uow(), chosen), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            push(
                self.ctx,
                AssignMessageCommand(self.ctx, message, dialog.people, dialog.describe()),
            )

        dialog.accepted.connect(accepted)
        dialog.open()
        self.dialog = dialog

    def remove_selected(self) -> None:
        message = self.selected_message()
        if message is None:
            return
        _, person = self._selected()
        if person is None:
            push(self.ctx, DeleteMessageCommand(self.ctx, message))
        else:
            push(self.ctx, UnassignMessageCommand(self.ctx, message, [person]))

    def _open_person(self, item: QTreeWidgetItem, _column: int) -> None:
        person = item.data(0, PERSON_ROLE)
        if person is not None:
            self.ctx.show_stakeholder.emit(int(person))


def open_communication_plan(ctx: AppContext, parent: QWidget) -> CommunicationPlanWindow:
    window = CommunicationPlanWindow(ctx, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
