"""Pick people by typing: a name completes, Enter adds it as a chip, Backspace takes the last off.

Used for an interaction's participants and a meeting's attendees. Names are shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ui.plain_text import tooltip
from ui.translation import tr


class PeoplePicker(QWidget):
    #: Emitted after someone was added or removed.
    changed = Signal()
    #: Emitted with an id when a person was added (the meeting editor adds an attendee row).
    added = Signal(int)

    def __init__(self, parent: QWidget | None = None, placeholder: str = "Type a name…") -> None:
        super().__init__(parent)
        self.setObjectName("peoplePicker")
        self._names: dict[int, str] = {}
        self._by_name: dict[str, int] = {}
        self._selected: list[int] = []
        self._chips: dict[int, QToolButton] = {}
        self.keep_chips = True

        self.edit = QLineEdit(placeholderText=placeholder)
        self.edit.setObjectName("peoplePickerEdit")
        self.edit.setAccessibleName(tr("Add a person"))
        self.edit.setMinimumWidth(160)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.edit.setCompleter(self.completer)
        self.completer.activated.connect(self._add_text)
        self.edit.installEventFilter(self)

        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.edit, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # -- data ---------------------------------------------------------------------------------
    def set_people(self, names: dict[int, str]) -> None:
        """Everyone who can be picked (id → name)."""
        self._names = dict(names)
        self._by_name = {}
        for person_id, name in sorted(names.items(), key=lambda item: item[1].casefold()):
            self._by_name.setdefault(name.casefold(), person_id)
        self._model.setStringList(sorted(names.values(), key=str.casefold))

    def set_selected(self, ids: list[int]) -> None:
        for person_id in list(self._selected):
            self._drop(person_id, notify=False)
        for person_id in ids:
            self._take(person_id, notify=False)
        self.changed.emit()

    def selected_ids(self) -> list[int]:
        return list(self._selected)

    def add_person(self, person_id: int) -> bool:
        return self._take(person_id, notify=True)

    # -- editing ------------------------------------------------------------------------------
    def _add_text(self, text: str) -> None:
        wanted = " ".join(text.split()).casefold()
        if not wanted:
            return
        person_id = self._by_name.get(wanted)
        if person_id is None:  # a unique partial match is taken too ("ada" → Ada Lovelace)
            found = [i for name, i in self._by_name.items() if wanted in name]
            person_id = found[0] if len(found) == 1 else None
        if person_id is None:
            self.edit.selectAll()
            self.edit.setToolTip(tooltip(f"No one called “{text.strip()}” in the register."))
            return
        self.edit.setToolTip("")
        self._take(person_id, notify=True)
        # The completer fills the box after activation; clear it once that has happened.
        self.edit.clear()
        QTimer.singleShot(0, self.edit.clear)

    def _take(self, person_id: int, notify: bool) -> bool:
        if person_id in self._selected or person_id not in self._names:
            return False
        self._selected.append(person_id)
        if self.keep_chips:
            chip = QToolButton()
            chip.setObjectName("personChip")
            chip.setText(f"{self._names[person_id]}  ×")
            chip.setToolTip(tooltip(f"Remove {self._names[person_id]}"))
            chip.setAutoRaise(False)
            chip.clicked.connect(lambda _checked=False, p=person_id: self._drop(p, notify=True))
            self._layout.insertWidget(self._layout.count() - 1, chip)
            self._chips[person_id] = chip
        if notify:
            self.added.emit(person_id)
            self.changed.emit()
        return True

    def _drop(self, person_id: int, notify: bool) -> None:
        if person_id not in self._selected:
            return
        self._selected.remove(person_id)
        chip = self._chips.pop(person_id, None)
        if chip is not None:
            chip.deleteLater()
        if notify:
            self.changed.emit()
            self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is not self.edit
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
        ):
            return super().eventFilter(watched, event)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.edit.text().strip():
            # Enter adds the person; it must not also press the dialog's default button.
            self._add_text(self.edit.text())
            return True
        backspace = key == Qt.Key.Key_Backspace and not self.edit.text()
        if backspace and self._selected and self.keep_chips:
            self._drop(self._selected[-1], notify=True)
            return True
        return super().eventFilter(watched, event)
