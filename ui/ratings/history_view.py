"""A person's history table, with correcting and removing a wrong rating (both undoable)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.clock import local_today
from domain.model import Rating
from domain.usecases.relationship_history import PersonHistory, TimelineEntry
from ui.app_context import AppContext
from ui.elided_tooltips import show_whole_text_on_hover
from ui.fitted_columns import ColumnFitter
from ui.plain_text import make_plain, plain_label
from ui.ratings.commands import CorrectRatingCommand, RemoveRatingsCommand
from ui.ratings.history_model import ENTRY_ROLE, Column, HistoryModel, Show
from ui.ratings.labels import EntryError, format_value, label, local_date, parse_entry
from ui.translation import tr
from ui.undo.use_case_command import push

#: The narrowest the note is made before the table scrolls sideways.
_NOTE_MIN_WIDTH = 80
#: "What" gives way no further than this: the kind and the start of the map's name read.
_WHAT_MIN_WIDTH = 130


class CorrectRatingDialog(QDialog):
    """Change the value, note or date of a wrong entry. The corrected entry is a new one."""

    def __init__(self, rating: Rating, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Correct {lower}").format(lower=what.lower()))
        self.rating = rating
        self.value = QLineEdit(format_value(rating.dimension, rating.value), objectName="fixValue")
        self.note = QLineEdit(rating.note, objectName="fixNote")
        self.note.setPlaceholderText(tr("Why (optional)"))
        local = rating.at.astimezone()
        self.at = QDateEdit(QDate(local.year, local.month, local.day), objectName="fixDate")
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("d MMM yyyy")
        self.at.setMaximumDate(QDate(local_today()))
        self.error = QLabel(objectName="errorLabel")
        make_plain(self.error)
        self.error.hide()
        hint = plain_label(
            tr(
                "Entered {recorded_at}. The correction is kept as a new "
                "entry; Undo puts the original back."
            ).format(recorded_at=local_date(rating.recorded_at, with_time=True)),
            object_name="mutedLabel",
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(tr("&Value"), self.value)
        form.addRow(tr("&Note"), self.note)
        form.addRow(tr("&Date"), self.at)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.result_value: float | None = None
        self.setMinimumWidth(400)

    def accept(self) -> None:
        try:
            entry = parse_entry(self.rating.dimension, self.value.text())
        except EntryError as problem:
            self.error.setText(str(problem))
            self.error.show()
            self.value.setFocus()
            return
        self.result_value = entry.value
        super().accept()

    def chosen_moment(self):  # type: ignore[no-untyped-def]
        """The original moment when the day is unchanged, else noon (local) of the new day."""
        from datetime import UTC, datetime, time

        local = self.rating.at.astimezone()
        day = self.at.date().toPython()
        if day == local.date():
            return self.rating.at
        return datetime.combine(day, time(12)).astimezone().astimezone(UTC)


class PersonHistoryView(QWidget):
    #: Emitted with a status message after a correction or removal.
    changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.history: PersonHistory | None = None
        self.model = HistoryModel(self)
        self.table = QTableView(objectName="historyTable")
        show_whole_text_on_hover(self.table)  # clipped cells show their whole text
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(48)
        header.moveSection(Column.ENTERED, Column.NOTE)
        # Dates, values and entry times at their content's width; "What" whole where there is
        # room (it names the map: "Interest on ERP replacement"); the note takes the rest. Short
        # of room (a 1152-1360 px window) "Entered" goes first, then the note gives way down to
        # _NOTE_MIN_WIDTH, then "What" down to _WHAT_MIN_WIDTH ("Interest on ERP re…", the
        # whole text in the tooltip), so that Value and Note stay in view without scrolling
        # sideways; past that the table scrolls.
        self.columns = ColumnFitter(
            self.table,
            [Column.WHAT, Column.NOTE],
            grows=Column.NOTE,
            parent=self,
            keeps={Column.WHAT: _WHAT_MIN_WIDTH, Column.NOTE: _NOTE_MIN_WIDTH},
            remember="history",
            drops=[Column.ENTERED],  # when narrow; the date's tooltip says when it was entered
            give_first=[Column.NOTE],
        )

        self.correct_button = QPushButton(tr("&Correct…"), objectName="correctRatingButton")
        self.remove_button = QPushButton(tr("&Remove"), objectName="removeRatingButton")
        self.remove_button.setToolTip(
            tr(
                "Remove the selected ratings (Delete). Ctrl+Z puts them back while Rapport is "
                "open; a backup is taken first"
            )
        )
        self.show_combo = QComboBox(objectName="historyShowCombo")
        for choice in Show:
            self.show_combo.addItem(choice.value, choice.value)
        self.show_combo.setToolTip(tr("Which entries to list"))
        self.summary = QLabel(objectName="mutedLabel")
        # The choice and the count above the table, the buttons below: in one row they made the
        # person panel (and so the register beside it) wider than a narrow window allows.
        self.summary.setWordWrap(True)
        choice = QHBoxLayout()
        choice.setContentsMargins(0, 0, 0, 0)
        show_label = QLabel(tr("&Show"))
        show_label.setBuddy(self.show_combo)
        choice.addWidget(show_label)
        choice.addWidget(self.show_combo)
        choice.addSpacing(8)
        choice.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(choice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        remove = QAction(tr("Remove rating"), self.table)
        remove.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")]
        )
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.table.addAction(remove)
        self.show_combo.currentIndexChanged.connect(
            lambda _i: self.model.set_history(self.history, Show(self.show_combo.currentData()))
        )
        self.correct_button.clicked.connect(self.correct_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(lambda _i: self.correct_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    # -- column widths --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.columns.fit()
        super().changeEvent(event)

    def set_history(self, history: PersonHistory | None) -> None:
        self.history = history
        self.model.set_history(history)
        if history is None:
            self.summary.setText("")
        else:
            ratings = len(history.ratings)
            contacts = len(history.interactions)
            self.summary.setText(
                tr("{ratings}, {contacts}").format(
                    ratings=tr("1 rating") if ratings == 1 else tr("{n} ratings").format(n=ratings),
                    contacts=(
                        tr("1 interaction")
                        if contacts == 1
                        else tr("{n} interactions").format(n=contacts)
                    ),
                )
            )
        self._update_buttons()

    def selected_ratings(self) -> list[Rating]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        entries: list[TimelineEntry] = [self.model.index(r, 0).data(ENTRY_ROLE) for r in rows]
        return [e.rating for e in entries if e.rating is not None]

    def _update_buttons(self) -> None:
        ratings = self.selected_ratings()
        self.remove_button.setEnabled(bool(ratings))
        self.correct_button.setEnabled(len(ratings) == 1)

    def _name(self) -> str:
        return self.history.stakeholder.name if self.history else "stakeholder"

    def correct_selected(self) -> None:
        ratings = self.selected_ratings()
        if len(ratings) != 1:
            return
        rating = ratings[0]
        on_map = (
            self.history.map_names.get(rating.map_id) if self.history and rating.map_id else None
        )
        dialog = CorrectRatingDialog(rating, label(rating.dimension, on_map), self)
        dialog.accepted.connect(lambda: self._correct(dialog))
        dialog.open()

    def _correct(self, dialog: CorrectRatingDialog) -> None:
        assert dialog.result_value is not None
        command = CorrectRatingCommand(
            self.ctx,
            dialog.rating,
            dialog.result_value,
            dialog.note.text(),
            self._name(),
            at=dialog.chosen_moment(),
        )
        if push(self.ctx, command):
            self.changed.emit("Rating corrected.")

    def remove_selected(self) -> None:
        ratings = self.selected_ratings()
        ids = [r.id for r in ratings if r.id is not None]
        if not ids:
            return
        what = (
            f"{label(ratings[0].dimension).lower()} rating of {self._name()}"
            if len(ids) == 1
            else f"{len(ids)} ratings of {self._name()}"
        )
        self.ctx.backup_before("remove-ratings")
        if push(self.ctx, RemoveRatingsCommand(self.ctx, ids, what)):
            self.changed.emit(f"Removed {what}. Ctrl+Z puts it back.")
