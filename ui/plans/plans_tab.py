"""A person's Plans tab: their engagement plans, each with its progress (done, due, overdue) and
its touchpoints, how their ratings moved since the plan started (did it work?), and when they are
next due for contact by their cadence. New, change, delete and tick are undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
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
from domain.model import Attitude, EngagementPlan, Touchpoint, TouchpointStatus
from domain.usecases.engagement_plans import PlanOverview, RatingMove, plans_of
from domain.usecases.maps import list_maps
from domain.usecases.next_contact import next_contacts
from domain.usecases.timeline import people_names
from ui.app_context import AppContext, Topic
from ui.attention.settings import load_settings
from ui.domain_words import quadrant_title
from ui.plain_text import make_plain, tooltip
from ui.plans.commands import (
    CreatePlanCommand,
    DeletePlanCommand,
    SetTouchpointDoneCommand,
    UpdatePlanCommand,
)
from ui.plans.plan_dialog import PlanDialog
from ui.reload_when_shown import ReloadWhenShown
from ui.translation import tr
from ui.undo.use_case_command import push

_RELOAD_ON = {
    Topic.PLANS,
    Topic.RATINGS,
    Topic.INTERACTIONS,
    Topic.MAPS,
    Topic.STAKEHOLDERS,
    Topic.WORKSPACE,
}
PLAN_ROLE = Qt.ItemDataRole.UserRole + 1
TOUCHPOINT_ROLE = Qt.ItemDataRole.UserRole + 2
_STATUS_COLOURS = {
    TouchpointStatus.OVERDUE: QColor("#b3261e"),
    TouchpointStatus.DUE: QColor("#8a5a00"),
    TouchpointStatus.DONE: QColor("#2e7d32"),
}


def describe_move(move: RatingMove) -> str:
    def value(number: float | None) -> str:
        if number is None:
            return "—"
        if move.label == "Attitude":
            return Attitude.from_value(number).label
        return f"{number:g}"

    change = move.change
    signed = "" if change is None or change == 0 else f" ({change:+g})"
    return f"{move.label} {value(move.at_start)} → {value(move.now)}{signed}"


class PlansTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plansTab")
        self.ctx = ctx
        self.stakeholder_id = -1
        self.overviews: list[PlanOverview] = []
        self.freshness = ReloadWhenShown(self, ctx, _RELOAD_ON, self.reload)
        self.dialog: PlanDialog | None = None

        self.next_contact = QLabel()
        self.next_contact.setObjectName("nextContactLabel")
        make_plain(self.next_contact)
        self.new_button = QPushButton(tr("New plan…"))
        self.new_button.setObjectName("newPlanButton")
        self.new_button.clicked.connect(self.new_plan)
        self.edit_button = QPushButton(tr("Change…"))
        self.edit_button.setObjectName("editPlanButton")
        self.edit_button.clicked.connect(self.edit_plan)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setObjectName("deletePlanButton")
        self.delete_button.clicked.connect(self.delete_plan)
        self.done_button = QPushButton(tr("Mark done"))
        self.done_button.setObjectName("touchpointDoneButton")
        self.done_button.setToolTip(tr("Tick the selected touchpoint done today (or untick it)"))
        self.done_button.clicked.connect(self.toggle_done)

        self.tree = QTreeWidget()
        self.tree.setObjectName("plansTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Plan and touchpoints"), tr("Status"), tr("Purpose")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 330)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_plan())
        self.details = QLabel()
        self.details.setObjectName("planDetails")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        make_plain(self.details)

        top = QHBoxLayout()
        top.addWidget(self.next_contact, 1)
        for button in (self.new_button, self.edit_button, self.delete_button, self.done_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.details, 1)
        self._update_buttons()

    # -- PersonTab ----------------------------------------------------------------------------
    def show_stakeholder(self, stakeholder_id: int) -> None:
        self.stakeholder_id = stakeholder_id
        self.reload()

    def reload(self) -> None:
        self.freshness.loaded()
        selected = self._selected()
        self.overviews = []
        if self.stakeholder_id >= 0 and self.ctx.has_workspace:
            self.overviews = plans_of(self.ctx.uow(), self.stakeholder_id, local_today())
        self._fill(selected)
        self._show_next_contact()
        self._selection_changed()

    def _show_next_contact(self) -> None:
        if self.stakeholder_id < 0 or not self.ctx.has_workspace:
            self.next_contact.setText(tr("Pick a person."))
            return
        found = next_contacts(self.ctx.uow(), load_settings().cadence, [self.stakeholder_id])
        if not found:
            self.next_contact.setText(tr("Not placed on a map: no contact cadence."))
            return
        due = found[0]
        day = due.due.astimezone().date()
        late = " (overdue)" if day < local_today() else ""
        self.next_contact.setText(
            tr(
                "Next contact due {day:%a %d %b %Y}{late}: {title}, every "
                "{cadence_days} days from the last contact."
            ).format(
                day=day,
                late=late,
                title=quadrant_title(due.quadrant),
                cadence_days=due.cadence_days,
            )
        )

    def _fill(self, selected: tuple[int | None, int | None]) -> None:
        self.tree.clear()
        today = local_today()
        keep: QTreeWidgetItem | None = None
        for overview in self.overviews:
            plan = overview.plan
            item = QTreeWidgetItem([plan.objective, overview.progress.describe(), plan.strategy])
            item.setData(0, PLAN_ROLE, plan.id)
            item.setToolTip(0, tooltip(plan.objective))
            item.setToolTip(2, tooltip(plan.strategy))
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.tree.addTopLevelItem(item)
            if selected == (plan.id, None):
                keep = item
            for touchpoint in plan.touchpoints:
                status = touchpoint.status(today)
                child = QTreeWidgetItem(
                    [
                        f"{touchpoint.on:%a %d %b %Y} · {touchpoint.kind.label}",
                        _status_text(touchpoint, status),
                        touchpoint.purpose,
                    ]
                )
                child.setData(0, PLAN_ROLE, plan.id)
                child.setData(0, TOUCHPOINT_ROLE, touchpoint.id)
                child.setToolTip(2, tooltip(touchpoint.purpose))
                if status in _STATUS_COLOURS:
                    child.setForeground(1, QBrush(_STATUS_COLOURS[status]))
                item.addChild(child)
                if selected == (plan.id, touchpoint.id):
                    keep = child
            item.setExpanded(True)
        if not self.overviews:
            empty = QTreeWidgetItem(
                ["No plan yet: New plan… says what you will do, by when.", "", ""]
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
        if keep is None and self.overviews:
            keep = self.tree.topLevelItem(0)  # the first plan, so that its moves show
        if keep is not None:
            self.tree.setCurrentItem(keep)

    def _selected(self) -> tuple[int | None, int | None]:
        item = self.tree.currentItem()
        if item is None or item.data(0, PLAN_ROLE) is None:
            return (None, None)
        touchpoint = item.data(0, TOUCHPOINT_ROLE)
        return (int(item.data(0, PLAN_ROLE)), None if touchpoint is None else int(touchpoint))

    def selected_plan(self) -> EngagementPlan | None:
        plan_id, _ = self._selected()
        return next((o.plan for o in self.overviews if o.plan.id == plan_id), None)

    def selected_touchpoint(self) -> Touchpoint | None:
        plan = self.selected_plan()
        _, touchpoint_id = self._selected()
        if plan is None or touchpoint_id is None:
            return None
        return next((t for t in plan.touchpoints if t.id == touchpoint_id), None)

    def _selection_changed(self) -> None:
        plan_id, _ = self._selected()
        overview = next((o for o in self.overviews if o.plan.id == plan_id), None)
        if overview is None:
            self.details.setText("")
        else:
            plan = overview.plan
            lines = [
                f"Since {plan.starts_on:%d %b %Y}"
                + (f" on “{overview.map_name}”" if overview.map_name else "")
                + ": "
                + "; ".join(describe_move(m) for m in overview.moves)
                + "."
            ]
            aim = []
            if plan.target_attitude is not None:
                aim.append(Attitude(plan.target_attitude).label)
            if plan.target_date is not None:
                aim.append(f"by {plan.target_date:%d %b %Y}")
            if aim:
                lines.append("Aim: " + " ".join(aim) + ".")
            if plan.owner:
                lines.append(f"Owner: {plan.owner}.")
            self.details.setText("\n".join(lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(self.stakeholder_id >= 0)
        plan = self.selected_plan()
        self.edit_button.setEnabled(plan is not None)
        self.delete_button.setEnabled(plan is not None)
        touchpoint = self.selected_touchpoint()
        self.done_button.setEnabled(touchpoint is not None)
        self.done_button.setText(
            "Mark not done" if touchpoint is not None and touchpoint.done_on else "Mark done"
        )

    # -- actions ------------------------------------------------------------------------------
    def _open_dialog(self, plan: EngagementPlan | None) -> None:
        names = people_names(self.ctx.uow(), include_archived=True)
        maps = {m.id: m.name for m in list_maps(self.ctx.uow()) if m.id is not None}
        dialog = PlanDialog(
            self.stakeholder_id, names.get(self.stakeholder_id, "?"), maps, self, plan
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            result = dialog.result_plan
            if result is None:
                return
            if plan is None:
                push(self.ctx, CreatePlanCommand(self.ctx, result))
            else:
                push(self.ctx, UpdatePlanCommand(self.ctx, plan, result))

        dialog.accepted.connect(accepted)
        dialog.open()
        self.dialog = dialog

    def new_plan(self) -> None:
        if self.stakeholder_id >= 0:
            self._open_dialog(None)

    def edit_plan(self) -> None:
        plan = self.selected_plan()
        if plan is not None:
            self._open_dialog(plan)

    def delete_plan(self) -> None:
        plan = self.selected_plan()
        if plan is not None:
            push(self.ctx, DeletePlanCommand(self.ctx, plan))

    def toggle_done(self) -> None:
        touchpoint = self.selected_touchpoint()
        if touchpoint is not None:
            done_on = None if touchpoint.done_on else local_today()
            push(self.ctx, SetTouchpointDoneCommand(self.ctx, touchpoint, done_on))


def _status_text(touchpoint: Touchpoint, status: TouchpointStatus) -> str:
    if status is TouchpointStatus.DONE and touchpoint.done_on is not None:
        how = " (logged)" if touchpoint.interaction_id else ""
        return f"done {touchpoint.done_on:%d %b}{how}"
    return status.value
