"""In the log-interaction dialog: the plan touchpoints this interaction may fulfil (those that fit
its date and kind ticked already) and the standing messages it may carry, to tick or untick."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from domain.model import InteractionKind, Message
from domain.usecases.engagement_plans import PlannedTouchpoint
from ui.plain_text import tooltip

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class PlanChoices:
    touchpoints: list[PlannedTouchpoint]
    messages: list[Message]


#: Reads the choices for the chosen people, day and kind (a use case on the open workspace).
ChoiceReader = Callable[[list[int], date, InteractionKind], PlanChoices]


class PlanTicks(QListWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("planTicks")
        self.setUniformItemSizes(True)
        self._touched: dict[tuple[str, int], bool] = {}
        self.itemChanged.connect(self._remember)

    def _remember(self, item: QListWidgetItem) -> None:
        key = (str(item.data(KIND_ROLE)), int(item.data(ID_ROLE)))
        self._touched[key] = item.checkState() == Qt.CheckState.Checked

    def set_choices(self, choices: PlanChoices) -> None:
        """Show the choices; a box the user ticked or unticked keeps its state."""
        self.blockSignals(True)
        self.clear()
        for planned in choices.touchpoints[:12]:
            tp = planned.touchpoint
            text = f"{planned.name}: {tp.kind.label} planned {tp.on:%a %d %b}" + (
                f" · {tp.purpose}" if tp.purpose else ""
            )
            self._add("touchpoint", tp.id or 0, text, planned.suggested)
        for message in choices.messages:
            self._add("message", message.id or 0, f"Sends “{message.title}”", False)
        self.blockSignals(False)
        self.setVisible(self.count() > 0)
        rows = min(self.count(), 6)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 6 if rows else 0)

    def _add(self, kind: str, row_id: int, text: str, suggested: bool) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setData(KIND_ROLE, kind)
        item.setData(ID_ROLE, row_id)
        checked = self._touched.get((kind, row_id), suggested)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setToolTip(tooltip(text))
        self.addItem(item)

    def checked(self, kind: str) -> list[int]:
        return [
            int(self.item(i).data(ID_ROLE))
            for i in range(self.count())
            if self.item(i).data(KIND_ROLE) == kind
            and self.item(i).checkState() == Qt.CheckState.Checked
        ]


def plan_choices(uow_factory: Callable[[], object]) -> ChoiceReader:
    """A reader of the choices on the workspace behind ``uow_factory``."""
    from domain.usecases.communication_plan import messages_for
    from domain.usecases.engagement_plans import touchpoints_to_fulfil

    def read(people: list[int], day: date, kind: InteractionKind) -> PlanChoices:
        if not people:
            return PlanChoices([], [])
        return PlanChoices(
            touchpoints_to_fulfil(uow_factory(), people, day, kind),  # type: ignore[arg-type]
            messages_for(uow_factory(), people),  # type: ignore[arg-type]
        )

    return read
