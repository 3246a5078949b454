"""A person's Influence tab: whom they influence and who influences them, strongest first.

Add a link (this person influences someone, or someone influences them) with a strength and why;
remove one with the button or Delete. Both are undoable. A double-click opens the other person.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
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

from domain.usecases.influence import Influence, InfluenceAround, influence_around
from domain.usecases.timeline import people_names
from ui.app_context import AppContext, Topic
from ui.influence.commands import AddInfluenceCommand, RemoveInfluenceCommand
from ui.influence.link_dialog import INWARD, OUTWARD, InfluenceLinkDialog
from ui.plain_text import make_plain, tooltip
from ui.reload_when_shown import ReloadWhenShown
from ui.translation import tr
from ui.undo.use_case_command import push

_RELOAD_ON = {Topic.INFLUENCE, Topic.STAKEHOLDERS, Topic.WORKSPACE}
LINK_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2


class _LinkList(QTreeWidget):
    def __init__(self, name: str, empty: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.empty = empty
        self.setColumnCount(3)
        self.setHeaderLabels([tr("Person"), tr("Strength"), tr("Why")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 170)

    def fill(self, entries: list[Influence]) -> None:
        self.clear()
        for entry in entries:
            item = QTreeWidgetItem(
                [
                    entry.other_name,
                    f"{entry.link.strength} · {entry.strength_text}",
                    entry.link.note,
                ]
            )
            item.setData(0, LINK_ROLE, entry.link.id)
            item.setData(0, PERSON_ROLE, entry.other_id)
            item.setToolTip(2, tooltip(entry.link.note))
            self.addTopLevelItem(item)
        if not entries:
            placeholder = QTreeWidgetItem([self.empty, "", ""])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(placeholder)

    def selected_link(self) -> tuple[int, str] | None:
        item = self.currentItem()
        if item is None or not item.isSelected() or item.data(0, LINK_ROLE) is None:
            return None
        return int(item.data(0, LINK_ROLE)), item.text(0)


class InfluenceTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("influenceTab")
        self.ctx = ctx
        self.stakeholder_id = -1
        self.around: InfluenceAround | None = None
        self.freshness = ReloadWhenShown(self, ctx, _RELOAD_ON, self.reload)
        self.dialog: InfluenceLinkDialog | None = None

        self.summary = QLabel()
        self.summary.setObjectName("mutedLabel")
        make_plain(self.summary)
        self.add_button = QPushButton(tr("Add influence…"))
        self.add_button.setObjectName("addInfluenceButton")
        self.add_button.clicked.connect(lambda: self.add_link())
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setObjectName("removeInfluenceButton")
        self.remove_button.setToolTip(tr("Remove the selected link (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)

        self.influences = _LinkList("influencesList", "Nobody recorded yet")
        self.influenced_by = _LinkList("influencedByList", "Nobody recorded yet")
        self.influences_title = QLabel(tr("Influences"))
        self.influenced_by_title = QLabel(tr("Influenced by"))
        for title in (self.influences_title, self.influenced_by_title):
            title.setObjectName("sectionTitle")
            make_plain(title)
        for tree in (self.influences, self.influenced_by):
            tree.itemSelectionChanged.connect(lambda tree=tree: self._selected_in(tree))
            tree.itemDoubleClicked.connect(self._open)
        # Delete only while the focus is in this tab (not, say, in the register beside it).
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        delete.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.activated.connect(self.remove_selected)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.influences_title)
        layout.addWidget(self.influences, 1)
        layout.addWidget(self.influenced_by_title)
        layout.addWidget(self.influenced_by, 1)
        self._update_buttons()

    # -- PersonTab ----------------------------------------------------------------------------
    def show_stakeholder(self, stakeholder_id: int) -> None:
        self.stakeholder_id = stakeholder_id
        self.reload()

    def reload(self) -> None:
        self.freshness.loaded()
        self.around = None
        if self.stakeholder_id >= 0 and self.ctx.has_workspace:
            self.around = influence_around(self.ctx.uow(), self.stakeholder_id)
        around = self.around
        self.influences.fill(around.influences if around else [])
        self.influenced_by.fill(around.influenced_by if around else [])
        out = len(around.influences) if around else 0
        into = len(around.influenced_by) if around else 0
        self.influences_title.setText(tr("Influences ({out})").format(out=out))
        self.influenced_by_title.setText(tr("Influenced by ({into})").format(into=into))
        self.summary.setText(
            "Who this person moves, and who moves them." if around else "Pick a person."
        )
        self._update_buttons()

    # -- actions ------------------------------------------------------------------------------
    def add_link(self, direction: int = OUTWARD) -> None:
        """Open the dialog (window-modal); the link is recorded when it is accepted."""
        if self.stakeholder_id < 0:
            return
        names = people_names(self.ctx.uow())
        names.setdefault(self.stakeholder_id, self._name())  # an archived person too
        dialog = InfluenceLinkDialog(names, self.stakeholder_id, self, direction)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add_from(dialog))
        dialog.open()
        self.dialog = dialog

    def _add_from(self, dialog: InfluenceLinkDialog) -> None:
        link = dialog.link()
        other = dialog.other_name()
        me = self._name()
        outward = link.source_id == self.stakeholder_id
        text = f"Link: {me} influences {other}" if outward else f"Link: {other} influences {me}"
        push(self.ctx, AddInfluenceCommand(self.ctx, link, text))

    def remove_selected(self) -> None:
        me = self._name()
        for tree in (self.influences, self.influenced_by):
            chosen = tree.selected_link()
            if chosen is not None:
                link_id, other = chosen
                who = f"{me} influences {other}" if tree is self.influences else (
                    f"{other} influences {me}"
                )  # fmt: skip
                push(self.ctx, RemoveInfluenceCommand(self.ctx, link_id, f"Unlink: {who}"))
                return

    def _name(self) -> str:
        names = people_names(self.ctx.uow(), include_archived=True)
        return names.get(self.stakeholder_id, "?")

    def _selected_in(self, tree: _LinkList) -> None:
        other = self.influenced_by if tree is self.influences else self.influences
        if tree.selectedItems():
            other.clearSelection()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.stakeholder_id >= 0)
        chosen = any(t.selected_link() for t in (self.influences, self.influenced_by))
        self.remove_button.setEnabled(chosen)

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        person = item.data(0, PERSON_ROLE)
        if person is not None:
            self.ctx.show_stakeholder.emit(int(person))


__all__ = ["INWARD", "OUTWARD", "InfluenceTab"]
