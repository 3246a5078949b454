"""A small dialog to rate one person quickly, for use from the grid or anywhere else.

    from ui.ratings.rating_dialog import open_rating_dialog
    open_rating_dialog(ctx, stakeholder_id, map_id=current_map_id, parent=self)

Every Enter records one undoable rating (through the app's undo stack); the dialog stays open for
the next one until Close or Esc. No matplotlib here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from domain.errors import NotFoundError
from domain.usecases.relationship_history import person_history
from ui.app_context import AppContext, Topic
from ui.plain_text import make_plain
from ui.ratings.quick_entry import QuickRatingEntry
from ui.translation import tr


class RatingDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        stakeholder_id: int,
        map_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ratingDialog")
        self.ctx = ctx
        self.stakeholder_id = stakeholder_id
        self.map_id = map_id
        self.heading = QLabel(objectName="ratingDialogHeading")
        make_plain(self.heading)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.entry = QuickRatingEntry(ctx)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.entry)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        ctx.changed.connect(self._on_changed)
        self.reload()
        self.entry.focus_first()

    def reload(self) -> None:
        try:
            history = person_history(self.ctx.uow(), self.stakeholder_id)
        except NotFoundError:
            self.reject()
            return
        self.setWindowTitle(tr("Rate {name}").format(name=history.stakeholder.name))
        self.heading.setText(history.stakeholder.name)
        self.entry.set_history(history, self.map_id)
        self.map_id = self.entry.map_id

    def _on_changed(self, topic: str) -> None:
        if topic in (Topic.RATINGS, Topic.MAPS, Topic.STAKEHOLDERS) and self.isVisible():
            self.reload()


def open_rating_dialog(
    ctx: AppContext,
    stakeholder_id: int,
    map_id: int | None = None,
    parent: QWidget | None = None,
) -> RatingDialog:
    """Open (non-modally) the quick rating dialog for a person, on ``map_id`` when given."""
    dialog = RatingDialog(ctx, stakeholder_id, map_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
