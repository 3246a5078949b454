"""A choice of owner: nobody, or one of the team (by full name; the login is the data)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from domain.usecases.ownership import Team
from ui.translation import tr


class OwnerCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None, object_name: str = "ownerCombo") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setToolTip(tr("The team member who looks after this relationship"))
        self._team: Team | None = None

    def show_owner(self, team: Team | None, owner: str | None) -> None:
        """List the team (and ``owner`` even if no longer in it) and choose ``owner``."""
        self._team = team
        self.blockSignals(True)
        self.clear()
        self.addItem(tr("Nobody"), None)
        members = team.members if team is not None else []
        for member in members:
            mine = team is not None and member.login == team.me
            self.addItem(member.display_name + (tr(" (me)") if mine else ""), member.login)
        if owner and self.findData(owner) < 0:  # has left the team, still owns
            self.addItem(owner, owner)
        self.setCurrentIndex(max(0, self.findData(owner)) if owner else 0)
        self.blockSignals(False)

    def owner(self) -> str | None:
        value = self.currentData()
        return str(value) if value else None
