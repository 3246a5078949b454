"""Team coverage, for whoever leads the team (the Units page's second tab): who owns which units
and how many people, the people nobody owns, and the owners whose people are overdue for contact
(by the Needs attention list's own cadence rule and settings). Double-click a person to open them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.clock import utc_now
from domain.usecases.coverage import Coverage, coverage
from ui.app_context import AppContext, Topic
from ui.attention.settings import load_settings
from ui.formatting import format_date
from ui.plain_text import make_plain, plain_label, tooltip
from ui.reload_when_shown import ReloadWhenShown
from ui.translation import tr

_RELOAD_ON = {
    Topic.STAKEHOLDERS,
    Topic.ORGANISATIONS,
    Topic.INTERACTIONS,
    Topic.RATINGS,
    Topic.MAPS,
    Topic.WORKSPACE,
}
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


def _tree(name: str, headings: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headings)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setRootIsDecorated(True)
    return tree


def _heading(text: str) -> QLabel:
    label = plain_label(text, object_name="sectionHeading")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one}" if n == 1 else f"{n} {many or one + 's'}"


def _days(days: int) -> str:
    return _count(days, "day") if days else tr("under a day")


class CoverageView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageView")
        self.ctx = ctx
        self.report: Coverage | None = None
        self.freshness = ReloadWhenShown(self, ctx, _RELOAD_ON, self.reload)
        self.summary = QLabel(objectName="coverageSummary")
        make_plain(self.summary)
        self.owners = _tree("coverageOwners", [tr("Owner / unit"), tr("People"), tr("Overdue")])
        self.unowned = _tree("coverageUnowned", [tr("Person"), tr("Works in")])
        self.unowned.setRootIsDecorated(False)
        self.overdue = _tree("coverageOverdue", [tr("Owner / person"), tr("Overdue by"), tr("Map")])
        grid = QGridLayout()
        grid.setSpacing(12)
        for column, (title, tree) in enumerate(
            ((tr("Who owns what"), self.owners), (tr("People nobody owns"), self.unowned))
        ):
            box = QVBoxLayout()
            box.addWidget(_heading(title))
            box.addWidget(tree, 1)
            grid.addLayout(box, 0, column)
        box = QVBoxLayout()
        box.addWidget(_heading(tr("Owners whose people are overdue for contact")))
        box.addWidget(self.overdue, 1)
        grid.addLayout(box, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        for tree in (self.unowned, self.overdue):
            tree.itemActivated.connect(self._open_person)

    def reload(self) -> None:
        self.freshness.loaded()
        if not self.ctx.has_workspace:
            return
        self.report = coverage(self.ctx.uow, load_settings(), utc_now(), date.today())
        self._fill(self.report)

    def _fill(self, report: Coverage) -> None:
        owners_with_something = [o for o in report.owners if o.units or o.people]
        late = report.overdue_owners
        self.summary.setText(
            tr(
                "{owners} · no owner: {people}, {units} · {late} with people overdue for contact"
            ).format(
                owners=_count(len(owners_with_something), "owner"),
                people=_count(len(report.unowned_people), "person", "people"),
                units=_count(len(report.unowned_units), "unit"),
                late=_count(len(late), "owner"),
            )
        )
        me = report.me
        self.owners.clear()
        for owner in report.owners:
            name = owner.name + (tr(" (me)") if owner.login == me else "")
            item = QTreeWidgetItem(
                [name, str(owner.people) if owner.people else "", str(len(owner.overdue))]
            )
            item.setToolTip(0, tooltip(owner.login))
            if not owner.overdue:
                item.setText(2, "")
            for path in owner.units:
                child = QTreeWidgetItem([path])
                child.setToolTip(0, tooltip(path))
                item.addChild(child)
            self.owners.addTopLevelItem(item)
        if report.unowned_units:
            nobody = QTreeWidgetItem([tr("Units nobody owns")])
            for path in report.unowned_units:
                nobody.addChild(QTreeWidgetItem([path]))
            self.owners.addTopLevelItem(nobody)
        self.owners.expandAll()
        self.unowned.clear()
        for person in report.unowned_people:
            item = QTreeWidgetItem([person.name, person.place])
            item.setData(0, PERSON_ROLE, person.stakeholder_id)
            item.setToolTip(1, tooltip(person.place))
            self.unowned.addTopLevelItem(item)
        self.overdue.clear()
        for owner in late:
            name = owner.name + (tr(" (me)") if owner.login == me else "")
            item = QTreeWidgetItem([name, _count(len(owner.overdue), "person", "people")])
            for row in owner.overdue:
                child = QTreeWidgetItem([row.name, _days(row.overdue_by.days), row.map_name])
                child.setData(0, PERSON_ROLE, row.stakeholder_id)
                last = format_date(row.last_contact) if row.last_contact else tr("never")
                child.setToolTip(0, tooltip(f"Last contact: {last}"))
                item.addChild(child)
            self.overdue.addTopLevelItem(item)
        self.overdue.expandAll()
        for tree in (self.owners, self.unowned, self.overdue):
            for column in range(tree.columnCount()):
                tree.resizeColumnToContents(column)

    def _open_person(self, item: QTreeWidgetItem, _column: int) -> None:
        person = item.data(0, PERSON_ROLE)
        if person is not None:
            self.ctx.show_stakeholder.emit(int(person))
