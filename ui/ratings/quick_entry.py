"""Quick keyboard rating: type a value (and, if you like, why) and press Enter.

    Trust       7 · 12 Mar    [ 6 missed the budget promise⏎ ]
    Influence   8 · 3 Feb     [                              ]
    Map         ERP replacement ▾
    Power …  Interest …  Attitude …  Desired attitude …
    As of       today

Each Enter records one undoable rating. Alt+letter jumps to a row.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.clock import local_today, utc_now
from domain.model import Attitude, Dimension, Rating
from domain.usecases.relationship_history import PersonHistory
from ui.app_context import AppContext
from ui.formatting import format_date, format_month
from ui.plain_text import make_plain, plain_label, tooltip
from ui.ratings.commands import RecordRatingsCommand
from ui.ratings.labels import EntryError, format_value, local_date, parse_entry
from ui.translation import tr
from ui.undo.use_case_command import push

PERSON_DIMENSIONS = (Dimension.TRUST, Dimension.INFLUENCE)
MAP_DIMENSIONS = (
    Dimension.POWER,
    Dimension.INTEREST,
    Dimension.SUPPORT,
    Dimension.DESIRED_SUPPORT,
)
_CAPTIONS = {
    Dimension.TRUST: "&Trust",
    Dimension.INFLUENCE: "&Influence",
    Dimension.POWER: "&Power",
    Dimension.INTEREST: "I&nterest",
    Dimension.SUPPORT: "&Attitude",
    Dimension.DESIRED_SUPPORT: "&Desired attitude",
}
_ATTITUDES = " / ".join(a.label for a in Attitude)


def _placeholder(dimension: Dimension) -> str:
    if dimension in (Dimension.SUPPORT, Dimension.DESIRED_SUPPORT):
        return "e.g. supporter, then why — Enter"
    return "0–10, then why (optional) — Enter"


class QuickRatingEntry(QWidget):
    #: Emitted after a rating was recorded, with a short message for the status bar.
    recorded = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        person_dimensions: bool = True,
        map_dimensions: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.history: PersonHistory | None = None
        self.edits: dict[Dimension, QLineEdit] = {}
        self.current: dict[Dimension, QLabel] = {}
        self.captions: dict[Dimension, QLabel] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(5)
        grid.setColumnStretch(2, 1)
        row = 0
        if person_dimensions:
            for dimension in PERSON_DIMENSIONS:
                self._add_row(grid, row, dimension)
                row += 1
        self.map_combo = QComboBox(objectName="ratingMapCombo")
        self.map_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.no_map = QLabel(tr("Not on any map yet"), objectName="mutedLabel")
        if map_dimensions:
            caption = QLabel(tr("&Map"))
            caption.setBuddy(self.map_combo)
            holder = QHBoxLayout()
            holder.setContentsMargins(0, 0, 0, 0)
            holder.addWidget(self.map_combo)
            holder.addWidget(self.no_map)
            holder.addStretch(1)
            grid.addWidget(caption, row, 0)
            grid.addLayout(holder, row, 1, 1, 2)
            row += 1
            for dimension in MAP_DIMENSIONS:
                self._add_row(grid, row, dimension)
                row += 1
            self.map_combo.currentIndexChanged.connect(lambda _i: self._map_chosen())
        self.as_of = QDateEdit(QDate(local_today()), objectName="ratingAsOf", calendarPopup=True)
        self.as_of.setDisplayFormat("d MMM yyyy")
        self.as_of.setMaximumDate(QDate(local_today()))
        self.as_of.setToolTip(tr("Back-date an assessment; the entry still shows when it was made"))
        self.as_of_hint = QLabel("", objectName="mutedLabel")
        self.as_of.dateChanged.connect(lambda _d: self._update_as_of_hint())
        as_of_caption = QLabel(tr("As &of"))
        as_of_caption.setBuddy(self.as_of)
        holder = QHBoxLayout()
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self.as_of)
        holder.addWidget(self.as_of_hint)
        holder.addStretch(1)
        grid.addWidget(as_of_caption, row, 0)
        grid.addLayout(holder, row, 1, 1, 2)

        self.message = QLabel(objectName="ratingMessage")
        make_plain(self.message)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        self._update_as_of_hint()
        self.set_history(None)

    def _add_row(self, grid: QGridLayout, row: int, dimension: Dimension) -> None:
        caption = plain_label(_CAPTIONS[dimension])
        current = QLabel("—", objectName="mutedLabel")
        make_plain(current)
        current.setMinimumWidth(92)
        edit = QLineEdit(objectName=f"rate_{dimension.name.lower()}")
        edit.setPlaceholderText(_placeholder(dimension))
        if dimension in (Dimension.SUPPORT, Dimension.DESIRED_SUPPORT):
            edit.setToolTip(
                tooltip(f"Type an attitude ({_ATTITUDES}) or its first letters, then a note")
            )
        else:
            edit.setToolTip(
                tr("Type a value from 0 to 10, then a note if you like; Enter records it")
            )
        edit.setClearButtonEnabled(True)
        caption.setBuddy(edit)
        edit.returnPressed.connect(lambda d=dimension: self.submit(d))
        edit.textEdited.connect(lambda _t: self.message.hide())
        grid.addWidget(caption, row, 0)
        grid.addWidget(current, row, 1)
        grid.addWidget(edit, row, 2)
        self.edits[dimension] = edit
        self.current[dimension] = current
        self.captions[dimension] = caption

    # -- showing --------------------------------------------------------------------------------
    @property
    def map_id(self) -> int | None:
        data = self.map_combo.currentData()
        return int(data) if data is not None else None

    def set_history(self, history: PersonHistory | None, map_id: int | None = None) -> None:
        """Show ``history``'s person, on ``map_id`` if given, else on the map the user is working
        on (:attr:`AppContext.map_in_focus`) when the person is on it, else as chosen before."""
        self.history = history
        focus = self.ctx.map_in_focus
        if map_id is not None:
            wanted: int | None = map_id
        elif history is not None and focus in history.on_maps:
            wanted = focus
        else:
            wanted = self.map_id
        self.map_combo.blockSignals(True)
        self.map_combo.clear()
        if history is not None:
            for on_map, name in sorted(history.on_maps.items(), key=lambda m: m[1].casefold()):
                self.map_combo.addItem(name, on_map)
        index = self.map_combo.findData(wanted) if wanted is not None else -1
        self.map_combo.setCurrentIndex(max(index, 0) if self.map_combo.count() else -1)
        self.map_combo.blockSignals(False)
        has_map = self.map_combo.count() > 0
        self.map_combo.setVisible(has_map)
        self.no_map.setVisible(not has_map and history is not None)
        for dimension, edit in self.edits.items():
            edit.setEnabled(history is not None and (not dimension.per_map or has_map))
        self._fill_current()

    def _map_chosen(self) -> None:
        if self.map_id is not None:
            self.ctx.map_in_focus = self.map_id
        self._fill_current()

    def _name_the_map(self) -> None:
        """Power, interest and attitude are per map: each caption says which."""
        name = self.map_combo.currentText() if self.map_id is not None else ""
        short = self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, 150)
        short = short.replace("&", "&&")  # a map's '&' is text, not a mnemonic
        for dimension, caption in self.captions.items():
            if not dimension.per_map:
                continue
            text = _CAPTIONS[dimension]
            caption.setText(f"{text} on {short}" if name else text)
            caption.setToolTip(
                tooltip(f"{text.replace('&', '')} on the map {name}") if name else ""
            )

    def _fill_current(self) -> None:
        self._name_the_map()
        for dimension, shown in self.current.items():
            rating = None
            if self.history is not None:
                on_map = self.map_id if dimension.per_map else None
                if not dimension.per_map or on_map is not None:
                    rating = self.history.current(dimension, on_map)
            if rating is None:
                shown.setText("—")
                shown.setToolTip(tr("Not rated yet"))
                continue
            shown.setText(f"{format_value(dimension, rating.value)} · {_short(rating.at)}")
            shown.setToolTip(
                tooltip(
                    f"Since {local_date(rating.at)}" + (f"\n{rating.note}" if rating.note else "")
                )
            )

    def _update_as_of_hint(self) -> None:
        today = self.as_of.date() == QDate(local_today())
        self.as_of_hint.setText("now" if today else "back-dated")

    def focus_first(self) -> None:
        for edit in self.edits.values():
            if edit.isEnabled():
                edit.setFocus()
                return

    # -- recording ------------------------------------------------------------------------------
    def moment(self) -> datetime:
        """Now, or noon (local) of the chosen day when back-dating."""
        day = self.as_of.date()
        if day >= QDate(local_today()):
            return utc_now()
        return datetime.combine(day.toPython(), time(12)).astimezone().astimezone(UTC)

    def submit(self, dimension: Dimension) -> bool:
        """Record what was typed in ``dimension``'s row; True when stored."""
        edit = self.edits[dimension]
        if self.history is None or self.history.stakeholder.id is None:
            return False
        try:
            entry = parse_entry(dimension, edit.text())
        except EntryError as problem:
            self._say(str(problem), error=True)
            edit.setFocus()
            return False
        map_id = self.map_id if dimension.per_map else None
        if dimension.per_map and map_id is None:
            self._say("Put the person on a map first.", error=True)
            return False
        rating = Rating(
            self.history.stakeholder.id,
            dimension,
            entry.value,
            self.moment(),
            map_id=map_id,
            note=entry.note,
        )
        command = RecordRatingsCommand(self.ctx, [rating], self.history.stakeholder.name)
        if not push(self.ctx, command):
            return False
        edit.clear()
        shown = format_value(dimension, entry.value)
        where = f" on {self.map_combo.currentText()}" if map_id is not None else ""
        message = f"{_CAPTIONS[dimension].replace('&', '')}{where}: {shown} recorded."
        self._say(message + "  Ctrl+Z undoes it.")
        self.recorded.emit(message)
        return True

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("errorLabel" if error else "mutedLabel")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()


def _short(moment: datetime) -> str:
    local = moment.astimezone()
    if local.year == datetime.now().year:
        return format_date(local, year=False)
    return format_month(local)
