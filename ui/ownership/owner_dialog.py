"""Set Owner…: choose one owner (or nobody) for the people chosen in the register."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget

from domain.usecases.ownership import Team
from ui.ownership.owner_combo import OwnerCombo
from ui.plain_text import plain_label
from ui.translation import tr


class OwnerDialog(QDialog):
    def __init__(self, team: Team | None, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownerDialog")
        self.setWindowTitle(tr("Set Owner"))
        self.combo = OwnerCombo(object_name="bulkOwnerCombo")
        self.combo.show_owner(team, None)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(plain_label(tr("Who looks after {what}?").format(what=what)))
        layout.addRow(tr("&Owner"), self.combo)
        layout.addRow(buttons)

    def owner(self) -> str | None:
        return self.combo.owner()
