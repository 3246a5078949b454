"""The bar above the grid: search, and filters by organisation, relation, tag and attitude, and
"Mine" (the people the user owns)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from domain.model import Attitude
from domain.usecases.map_view import MapPerson
from ui.domain_words import attitude_label
from ui.grid.grid_filter import UNRATED, GridFilter
from ui.translation import tr


def _combo(name: str, everyone: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(everyone)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(10)
    combo.addItem(everyone, None)
    return combo


class FilterBar(QWidget):
    changed = Signal(object)  # GridFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(placeholderText="Search the map…")
        self.search.setObjectName("gridSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search the map"))
        self.search.setToolTip(
            tr("Highlights people whose name, title, organisation or tag matches")
        )
        self.organisation = _combo("gridOrganisation", "All organisations")
        self.relation = _combo("gridRelation", "All relations")
        self.tag = _combo("gridTag", "All tags")
        self.attitude = _combo("gridAttitude", "Any attitude")
        for attitude in Attitude:
            self.attitude.addItem(attitude_label(attitude).capitalize(), int(attitude))
        self.attitude.addItem(tr("Not rated"), UNRATED)
        self.mine = QToolButton()
        self.mine.setText(tr("Mine"))
        self.mine.setObjectName("gridMine")
        self.mine.setCheckable(True)
        self.mine.setToolTip(tr("Only the people you own at full strength"))
        #: The user's login, which "Mine" keeps (set by the page for the open workspace).
        self.me: str | None = None
        self.clear = QToolButton()
        self.clear.setText(tr("Clear"))
        self.clear.setObjectName("gridClearFilters")
        self.clear.setToolTip(tr("Show everyone"))
        self.clear.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search, 2)
        for combo in self.combos:
            layout.addWidget(combo, 1)
        layout.addWidget(self.mine)
        layout.addWidget(self.clear)
        self.search.textChanged.connect(self._emit)
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._emit)
        self.mine.toggled.connect(self._emit)
        self.clear.clicked.connect(self.reset)

    @property
    def combos(self) -> tuple[QComboBox, ...]:
        return (self.organisation, self.relation, self.tag, self.attitude)

    def set_people(self, people: dict[int, MapPerson]) -> None:
        """Offer the organisations, relations and tags found among the map's people."""
        options = {
            self.organisation: {p.organisation for p in people.values() if p.organisation},
            self.relation: {p.relation for p in people.values() if p.relation},
            self.tag: {t for p in people.values() for t in p.tags},
        }
        for combo, values in options.items():
            current = combo.currentData()
            combo.blockSignals(True)
            try:
                while combo.count() > 1:
                    combo.removeItem(1)
                for value in sorted(values, key=str.casefold):
                    combo.addItem(value, value)
                found = combo.findData(current) if current is not None else 0
                combo.setCurrentIndex(max(0, found))
            finally:
                combo.blockSignals(False)
        self._emit()

    def value(self) -> GridFilter:
        return GridFilter(
            search=self.search.text(),
            organisation=self.organisation.currentData(),
            relation=self.relation.currentData(),
            tag=self.tag.currentData(),
            attitude=self.attitude.currentData(),
            owner=self.me if self.mine.isChecked() else None,
        )

    def reset(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo in self.combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.mine.blockSignals(True)
        self.mine.setChecked(False)
        self.mine.blockSignals(False)
        self._emit()

    def describe(self) -> str:
        """The active filters in words, for exports ("" when none)."""
        value = self.value()
        parts = [f"“{value.search.strip()}”"] if value.search.strip() else []
        for combo in self.combos:
            if combo.currentIndex() > 0:
                parts.append(combo.currentText())
        if value.owner is not None:
            parts.append(tr("mine"))
        return ", ".join(parts)

    def _emit(self, *_args: object) -> None:
        value = self.value()
        self.clear.setEnabled(value.active)
        self.changed.emit(value)
