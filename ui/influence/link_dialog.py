"""Record that one person influences another: direction, the other person, strength, why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.model import InfluenceLink
from domain.usecases.influence import STRENGTHS
from ui.translation import tr

#: Direction choices: this person influences the other, or the other influences this person.
OUTWARD, INWARD = 0, 1


class InfluenceLinkDialog(QDialog):
    def __init__(
        self,
        people: dict[int, str],
        person_id: int,
        parent: QWidget | None = None,
        direction: int = OUTWARD,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("influenceLinkDialog")
        self.setWindowTitle(tr("Add influence"))
        self.person_id = person_id
        name = people.get(person_id, "?")
        others = sorted(
            ((pid, n) for pid, n in people.items() if pid != person_id),
            key=lambda item: item[1].casefold(),
        )

        self.direction = QComboBox()
        self.direction.setObjectName("influenceDirection")
        self.direction.addItem(tr("{name} influences…").format(name=name))
        self.direction.addItem(tr("…who influences {name}").format(name=name))
        self.direction.setCurrentIndex(direction)

        self.other = QComboBox()
        self.other.setObjectName("influenceOther")
        self.other.setEditable(True)
        self.other.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for pid, other_name in others:
            self.other.addItem(other_name, pid)
        self.other.setCurrentIndex(-1)
        editor = self.other.lineEdit()
        assert editor is not None  # an editable combo box has one
        editor.setPlaceholderText(tr("Type a name…"))
        completer = QCompleter(self.other.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.other.setCompleter(completer)

        self.strength = QComboBox()
        self.strength.setObjectName("influenceStrength")
        for value, label in STRENGTHS.items():
            self.strength.addItem(f"{value} · {label}", value)
        self.strength.setCurrentIndex(2)

        self.note = QLineEdit()
        self.note.setObjectName("influenceNote")
        self.note.setPlaceholderText(tr("Why, e.g. “her budget sponsor”"))

        form = QFormLayout()
        form.addRow(tr("&Direction"), self.direction)
        form.addRow(tr("&Person"), self.other)
        form.addRow(tr("&Strength"), self.strength)
        form.addRow(tr("&Why"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.other.currentTextChanged.connect(lambda _text: self._update())
        self._update()
        self.other.setFocus()

    def other_id(self) -> int | None:
        """The person picked: the exact name typed (any case) or the one chosen from the list."""
        index = self._picked()
        return None if index < 0 else int(self.other.itemData(index))

    def other_name(self) -> str:
        """The picked person's name as stored (whatever case it was typed in)."""
        index = self._picked()
        return "" if index < 0 else self.other.itemText(index)

    def _picked(self) -> int:
        typed = self.other.currentText().strip().casefold()
        current = self.other.currentIndex()
        if current >= 0 and self.other.itemText(current).casefold() == typed:
            return current  # chosen from the list: right even between namesakes
        for index in range(self.other.count()):
            if self.other.itemText(index).casefold() == typed:
                return index
        return -1

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.other_id() is not None)

    def link(self) -> InfluenceLink:
        other = self.other_id()
        assert other is not None
        strength = int(self.strength.currentData())
        note = self.note.text().strip()
        if self.direction.currentIndex() == OUTWARD:
            return InfluenceLink(self.person_id, other, strength, note)
        return InfluenceLink(other, self.person_id, strength, note)
