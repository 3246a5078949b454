"""Small dialogs of the grid: a map's name and purpose, a desired position, picking people."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.errors import ValidationError
from domain.model import Stakeholder, StakeholderMap
from domain.rules.validation import valid_map
from ui.plain_text import plain_label
from ui.translation import tr

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class MapDialog(QDialog):
    """Name (and purpose) of a new, renamed or duplicated map."""

    def __init__(
        self, title: str, ok: str, name: str = "", purpose: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("mapDialog")
        self.name = QLineEdit(name)
        self.name.setObjectName("mapName")
        self.name.setPlaceholderText(tr("e.g. ERP replacement"))
        self.name.selectAll()
        self.purpose = QPlainTextEdit(purpose)
        self.purpose.setObjectName("mapPurpose")
        self.purpose.setPlaceholderText(tr("What this map is for (optional)"))
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(tr("&Name:"), self.name)
        form.addRow(tr("&Purpose:"), self.purpose)
        self.buttons = _buttons(self, ok)
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(bool(name.strip()))
        self.name.textChanged.connect(lambda text: ok_button.setEnabled(bool(text.strip())))
        self.error = plain_label(object_name="errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def accept(self) -> None:
        """Closes only on what the map may hold (the domain's rules): a refusal says why and
        keeps what was typed."""
        try:
            valid_map(StakeholderMap(self.name.text(), self.purpose.toPlainText()))
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            (self.purpose if exc.field == "purpose" else self.name).setFocus()
            return
        super().accept()


class PlanDialog(QDialog):
    """A place on the grid typed in: where a person stands, or where the plan needs them (the
    keyboard's way to place someone, or to set a desired marker)."""

    def __init__(
        self,
        name: str,
        power: float,
        interest: float,
        parent: QWidget | None = None,
        desired: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Desired Position" if desired else "Position")
        self.setObjectName("planDialog" if desired else "positionDialog")
        question = "Where does the plan need" if desired else "Where on the grid is"
        intro = plain_label(f"{question} {name}?")
        self.power = self._spin(power)
        self.interest = self._spin(interest)
        form = QFormLayout()
        form.addRow(tr("&Power (0–10):"), self.power)
        form.addRow(tr("&Interest (0–10):"), self.interest)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, "Set"))

    @staticmethod
    def _spin(value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0.0, 10.0)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setValue(value)
        return spin


class AddPeopleDialog(QDialog):
    """Tick the people to put on the map; type to narrow the list."""

    def __init__(
        self,
        people: list[Stakeholder],
        organisations: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add People to the Map"))
        self.setObjectName("peoplePicker")
        self.model = QStandardItemModel(self)
        for person in sorted(people, key=lambda p: p.name.casefold()):
            where = organisations.get(person.organisation_id or -1, "")
            detail = " · ".join(t for t in (person.job_title, where) if t)
            item = QStandardItem(person.name + (f"  —  {detail}" if detail else ""))
            item.setData(person.id, ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(placeholderText="Filter by name, title or organisation…")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setObjectName("pickerList")
        self.list.setModel(self.proxy)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setUniformItemSizes(True)
        self.empty = QLabel(tr("Everyone in the register is on this map already."))
        self.empty.setObjectName("mutedLabel")
        self.empty.setVisible(not people)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        note = QLabel(tr("They join the tray below the grid; drag them to their place."))
        note.setObjectName("mutedLabel")
        layout.addWidget(note)
        layout.addWidget(_buttons(self, "Add"))
        self.resize(460, 520)

    def chosen_ids(self) -> list[int]:
        """Ticked people, or the selected rows when nothing is ticked."""
        ticked = [
            int(self.model.item(row).data(ID_ROLE))
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]
        if ticked:
            return ticked
        return [int(i.data(ID_ROLE)) for i in self.list.selectionModel().selectedIndexes()]
