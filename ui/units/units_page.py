"""The Units page: every organisation and unit as a tree, and the chosen one's maturity.

Create, rename, move, merge and archive organisations and units (each an undoable step); record a
unit's maturity assessments and its target. A unit's name is shown as its whole path everywhere
(domain.rules.unit_paths).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.clock import local_today
from domain.model import Organisation
from domain.usecases.demand import demand_pipeline
from domain.usecases.maturity import unit_maturity
from domain.usecases.units_overview import UnitRow, units_overview
from ui.app_context import AppContext, Topic
from ui.ownership.commands import SetUnitOwnerCommand
from ui.ownership.team_cache import current_team
from ui.plain_text import tooltip
from ui.reload_when_shown import ReloadWhenShown
from ui.remembered_layout import remember_splitter
from ui.translation import tr
from ui.undo.use_case_command import push
from ui.units.commands import (
    AddOrganisationCommand,
    ArchiveOrganisationCommand,
    DeleteAssessmentCommand,
    EditAssessmentCommand,
    MergeOrganisationCommand,
    MoveOrganisationCommand,
    RecordAssessmentCommand,
    RenameOrganisationCommand,
    SetTargetCommand,
)
from ui.units.dialogs import AssessmentDialog, ChooseUnitDialog, OrganisationDialog, TargetDialog
from ui.units.unit_panel import UnitPanel

_RELOAD_ON = {Topic.ORGANISATIONS, Topic.STAKEHOLDERS, Topic.DEMAND, Topic.WORKSPACE}
#: Tree columns.
NAME, LEVEL, TARGET, PEOPLE, OPEN_DEMAND, OWNER = range(6)
_ID = Qt.ItemDataRole.UserRole
TOP_LEVEL = "(none: a top-level organisation)"


class UnitsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitsPage")
        self.ctx = ctx
        self.rows: dict[int, UnitRow] = {}
        #: The last dialog the page opened (tests look at it).
        self.last_dialog: QWidget | None = None
        self.freshness = ReloadWhenShown(self, ctx, _RELOAD_ON, self.reload)

        self.tree = QTreeWidget()
        self.tree.setObjectName("unitTree")
        self.tree.setHeaderLabels(
            [
                tr("Organisation / unit"),
                tr("Maturity"),
                tr("Target"),
                tr("People"),
                tr("Open"),
                tr("Owner"),
            ]
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(NAME, 260)
        self.show_archived = QCheckBox(tr("Show archived"))
        self.show_archived.setObjectName("showArchived")
        self.panel = UnitPanel()
        self._build_actions()
        self._build_layout()
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.panel.assess_requested.connect(self.assess)
        self.panel.edit_requested.connect(self.edit_assessment)
        self.panel.delete_requested.connect(self.delete_assessment)
        self.panel.target_requested.connect(self.set_target)
        self.panel.owner_chosen.connect(self.set_owner)
        self.reload()

    # -- layout -------------------------------------------------------------------------------
    def _action(self, text: str, slot: object, tip: str, shortcut: str = "") -> QAction:
        action = QAction(text, self)
        action.setToolTip(tooltip(tip + (f" ({shortcut})" if shortcut else "")))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_organisation_action = self._action(
            "New Organisation…", self.new_organisation, "A top-level organisation"
        )
        self.new_unit_action = self._action(
            "New Unit…", self.new_unit, "A unit inside the chosen organisation or unit"
        )
        self.rename_action = self._action("Rename…", self.rename, "Rename the chosen unit")
        self.move_action = self._action("Move…", self.move, "Put the chosen unit somewhere else")
        self.merge_action = self._action(
            "Merge Into…",
            self.merge,
            "Move its people, units, maturity history and demand to another unit, then remove it",
        )
        self.archive_action = self._action(
            "Archive", self.toggle_archived, "Keep its history but leave it out of lists"
        )

    def _build_layout(self) -> None:
        toolbar = QToolBar()
        toolbar.setObjectName("unitsToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_organisation_action, self.new_unit_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (
            self.rename_action,
            self.move_action,
            self.merge_action,
            self.archive_action,
        ):
            toolbar.addAction(action)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.show_archived)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("unitsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([520, 900])  # the tree's figures readable on a first start
        remember_splitter(self.splitter, "units/splitter")
        # The tree and a unit's page, and beside them the team's coverage (who owns what).
        from ui.ownership.coverage_view import CoverageView

        self.coverage = CoverageView(self.ctx)
        self.views = QTabWidget()
        self.views.setObjectName("unitsViews")
        self.views.setDocumentMode(True)
        self.views.addTab(self.splitter, tr("Units"))
        self.views.addTab(self.coverage, tr("Team coverage"))
        self.views.currentChanged.connect(lambda index: toolbar.setVisible(index == 0))
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.views, 1)

    # -- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.freshness.loaded()
        if not self.ctx.has_workspace:
            return
        current = self.current_id()
        rows = units_overview(self.ctx.uow(), local_today())
        self.rows = {r.organisation.id: r for r in rows if r.organisation.id is not None}
        shown = [r for r in rows if self.show_archived.isChecked() or not r.organisation.archived]
        team = current_team(self.ctx)
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for row in shown:
            org = row.organisation
            assert org.id is not None
            parent = items.get(org.parent_id) if org.parent_id is not None else None
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self.tree)
            item.setText(NAME, org.name + (" (archived)" if org.archived else ""))
            item.setToolTip(NAME, tooltip(row.path))
            item.setText(LEVEL, row.level.title if row.level else "")
            if row.target:
                item.setText(
                    TARGET,
                    tr("{title} by {due_on:%b %Y}").format(
                        title=row.target.level.title, due_on=row.target.due_on
                    ),
                )
            if row.behind:
                item.setForeground(TARGET, QBrush(QColor("#c0392b")))
                item.setToolTip(TARGET, tooltip("Behind target: the date has passed"))
            item.setText(PEOPLE, str(row.people) if row.people else "")
            item.setText(OPEN_DEMAND, str(row.open_demand) if row.open_demand else "")
            item.setText(OWNER, team.name_of(org.owner) if team else org.owner or "")
            for column in (PEOPLE, OPEN_DEMAND):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            if org.archived:
                item.setForeground(NAME, QBrush(QColor("#8a8f98")))
            item.setData(NAME, _ID, org.id)
            items[org.id] = item
        self.tree.expandAll()
        for column in (LEVEL, TARGET, PEOPLE, OPEN_DEMAND, OWNER):
            self.tree.resizeColumnToContents(column)
        self.tree.blockSignals(False)
        chosen = items.get(current) if current is not None else None
        if chosen is None and self.tree.topLevelItemCount():
            chosen = self.tree.topLevelItem(0)
        self.tree.setCurrentItem(chosen)
        self._show_current()

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return int(item.data(NAME, _ID)) if item is not None else None

    def select(self, organisation_id: int) -> None:
        for item in self._all_items():
            if item.data(NAME, _ID) == organisation_id:
                self.tree.setCurrentItem(item)
                return

    def _all_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def current(self) -> Organisation | None:
        chosen = self.current_id()
        row = self.rows.get(chosen) if chosen is not None else None
        return row.organisation if row else None

    def _show_current(self) -> None:
        chosen = self.current_id()
        has = chosen is not None and self.ctx.has_workspace
        for action in (self.rename_action, self.move_action, self.merge_action):
            action.setEnabled(has)
        self.archive_action.setEnabled(has)
        organisation = self.current()
        self.archive_action.setText(
            "Restore" if organisation and organisation.archived else "Archive"
        )
        if not has or chosen is None:
            self.panel.show_unit(None, [])
            return
        today = local_today()
        view = unit_maturity(self.ctx.uow(), chosen, today)
        items = [row.item for row in demand_pipeline(self.ctx.uow(), today, unit_id=chosen).rows]
        self.panel.show_unit(view, items)
        self.panel.owner.show_owner(
            current_team(self.ctx), organisation.owner if organisation else None
        )

    def set_owner(self, owner: str | None) -> None:
        """The owner chosen on the unit's page, as one undo step."""
        organisation = self.current()
        if organisation is None or organisation.id is None or organisation.owner == owner:
            return
        push(self.ctx, SetUnitOwnerCommand(self.ctx, organisation.id, owner, organisation.name))

    def _choices(self, *, leave_out: int | None = None) -> list[tuple[int | None, str]]:
        rows = sorted(self.rows.values(), key=lambda r: r.path.casefold())
        return [
            (r.organisation.id, r.path)
            for r in rows
            if not r.organisation.archived and r.organisation.id != leave_out
        ]

    def _open(self, dialog: QDialog, on_accept: object) -> None:
        self.last_dialog = dialog
        dialog.accepted.connect(on_accept)  # type: ignore[arg-type]
        dialog.open()

    # -- organisations and units ---------------------------------------------------------------
    def new_organisation(self) -> None:
        dialog = OrganisationDialog("New organisation", "Create", parent=self)

        def create() -> None:
            push(self.ctx, AddOrganisationCommand(self.ctx, Organisation(dialog.result_name)))
            self._select_newest()

        self._open(dialog, create)

    def new_unit(self) -> None:
        parents = self._choices()
        if not parents:
            self.new_organisation()
            return
        dialog = OrganisationDialog(
            "New unit", "Create", parents=parents, parent_id=self.current_id(), parent=self
        )

        def create() -> None:
            unit = Organisation(dialog.result_name, parent_id=dialog.chosen_parent())
            push(self.ctx, AddOrganisationCommand(self.ctx, unit))
            self._select_newest()

        self._open(dialog, create)

    def _select_newest(self) -> None:
        command = self.ctx.undo_stack.command(self.ctx.undo_stack.index() - 1)
        if isinstance(command, AddOrganisationCommand) and command.organisation.id is not None:
            self.select(command.organisation.id)

    def rename(self) -> None:
        unit = self.current()
        if unit is None or unit.id is None:
            return
        dialog = OrganisationDialog(f"Rename {unit.name}", "Rename", unit.name, parent=self)
        unit_id, old = unit.id, unit.name
        self._open(
            dialog,
            lambda: push(
                self.ctx, RenameOrganisationCommand(self.ctx, unit_id, old, dialog.result_name)
            ),
        )

    def move(self) -> None:
        unit = self.current()
        if unit is None:
            return
        choices = [(None, TOP_LEVEL), *self._choices(leave_out=unit.id)]
        dialog = ChooseUnitDialog(
            f"Move {unit.name}",
            f"Put “{unit.name}” (with the units inside it) inside:",
            "Move",
            choices,
            unit.parent_id,
            parent=self,
        )

        def move() -> None:
            where = "to the top level"
            if dialog.chosen is not None:
                where = f"into {self.rows[dialog.chosen].organisation.name}"
            push(self.ctx, MoveOrganisationCommand(self.ctx, unit, dialog.chosen, where))

        self._open(dialog, move)

    def merge(self) -> None:
        unit = self.current()
        if unit is None or unit.id is None:
            return
        row = self.rows[unit.id]
        dialog = ChooseUnitDialog(
            f"Merge {unit.name}",
            f"Merge “{row.path}” into another unit: its people, the units inside it, its "
            "maturity history and its demand move there, and it is removed. (Undo puts it back.)",
            "Merge",
            self._choices(leave_out=unit.id),
            parent=self,
        )

        def merge() -> None:
            if dialog.chosen is None:
                return
            target = self.rows[dialog.chosen].organisation
            self.ctx.backup_before("merge-unit")
            if push(self.ctx, MergeOrganisationCommand(self.ctx, unit, target)):
                self.select(dialog.chosen)

        self._open(dialog, merge)

    def toggle_archived(self) -> None:
        unit = self.current()
        if unit is None:
            return
        push(self.ctx, ArchiveOrganisationCommand(self.ctx, unit, not unit.archived))

    # -- maturity -----------------------------------------------------------------------------
    def assess(self) -> None:
        unit = self.current()
        if unit is None or unit.id is None:
            return
        dialog = AssessmentDialog(self.rows[unit.id].path, unit.id, parent=self)

        def record() -> None:
            assert dialog.result_assessment is not None
            push(self.ctx, RecordAssessmentCommand(self.ctx, dialog.result_assessment, unit.name))

        self._open(dialog, record)

    def edit_assessment(self, assessment_id: int) -> None:
        view = self.panel.view
        before = next((a for a in view.history if a.id == assessment_id), None) if view else None
        if view is None or before is None:
            return
        dialog = AssessmentDialog(view.path, view.organisation_id, before, parent=self)

        def save() -> None:
            assert dialog.result_assessment is not None
            push(self.ctx, EditAssessmentCommand(self.ctx, before, dialog.result_assessment))

        self._open(dialog, save)

    def delete_assessment(self, assessment_id: int) -> None:
        view = self.panel.view
        chosen = next((a for a in view.history if a.id == assessment_id), None) if view else None
        if chosen is not None:
            push(self.ctx, DeleteAssessmentCommand(self.ctx, chosen))

    def set_target(self) -> None:
        view = self.panel.view
        if view is None:
            return
        dialog = TargetDialog(view.path, view.organisation_id, view.target, parent=self)
        name = self.rows[view.organisation_id].organisation.name
        clear = dialog.buttons.addButton(tr("No Target"), dialog.buttons.ButtonRole.DestructiveRole)
        clear.setObjectName("clearTargetButton")
        clear.setEnabled(view.target is not None)

        def clear_target() -> None:
            dialog.reject()
            push(self.ctx, SetTargetCommand(self.ctx, view.organisation_id, None, name))

        clear.clicked.connect(clear_target)
        self._open(
            dialog,
            lambda: push(
                self.ctx,
                SetTargetCommand(self.ctx, view.organisation_id, dialog.result_target, name),
            ),
        )
