"""A person's Notes tab: notes by everyone in the team, newest first, each with its author and
when; a private one (padlock) is shown to its author only. On a team server the server itself
withholds others' private notes (row-level security), so this list never sees them.

Write a note below the list (Ctrl+Return adds it), tick Private to keep it to yourself; change
or delete your own. Each is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.model import Note
from domain.usecases.notes import NoteView, notes_of
from ui.app_context import AppContext, Topic
from ui.formatting import format_datetime
from ui.ownership.commands import AddNoteCommand, EditNoteCommand, RemoveNoteCommand
from ui.ownership.lock_icon import lock_icon
from ui.plain_text import plain_label, tooltip
from ui.reload_when_shown import ReloadWhenShown
from ui.translation import tr
from ui.undo.use_case_command import push

_RELOAD_ON = {Topic.NOTES, Topic.STAKEHOLDERS, Topic.WORKSPACE}
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


class NotesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesTab")
        self.ctx = ctx
        self.stakeholder_id = -1
        self.views: list[NoteView] = []
        #: The note being changed (None: the editor writes a new one).
        self.editing: Note | None = None
        self.freshness = ReloadWhenShown(self, ctx, _RELOAD_ON, self.reload)

        self.list = QListWidget()
        self.list.setObjectName("notesList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.empty = plain_label(tr("No notes on this person yet."), object_name="mutedLabel")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText(tr("Write a note… (Ctrl+Return adds it)"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(90)
        self.private = QCheckBox(tr("Private: only I can read it"))
        self.private.setObjectName("notePrivate")
        self.private.setIcon(lock_icon())
        self.private.setToolTip(
            tooltip(
                "A private note is shown to you alone. On a team server the server itself keeps "
                "it from everyone else."
            )
        )
        self.save_button = QPushButton(tr("Add Note"))
        self.save_button.setObjectName("saveNoteButton")
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("cancelNoteButton")
        self.edit_button = QPushButton(tr("Edit"))
        self.edit_button.setObjectName("editNoteButton")
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setObjectName("deleteNoteButton")

        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        write = QHBoxLayout()
        write.addWidget(self.private)
        write.addStretch(1)
        write.addWidget(self.cancel_button)
        write.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(self.editor)
        layout.addLayout(write)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self._stop_editing)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.editor.textChanged.connect(self._update_buttons)
        add = QShortcut(QKeySequence("Ctrl+Return"), self.editor)
        add.setContext(Qt.ShortcutContext.WidgetShortcut)
        add.activated.connect(self.save)
        self._stop_editing()

    # -- PersonTab ------------------------------------------------------------------------------
    def show_stakeholder(self, stakeholder_id: int) -> None:
        if stakeholder_id != self.stakeholder_id:
            self.stakeholder_id = stakeholder_id
            self._stop_editing()
        self.reload()

    def reload(self) -> None:
        self.freshness.loaded()
        self.views = []
        if self.ctx.has_workspace and self.stakeholder_id >= 0:
            try:
                self.views = notes_of(self.ctx.uow(), self.stakeholder_id)
            except Exception as exc:  # the person was deleted meanwhile, the server went away
                self.ctx.report(str(exc))
        self.list.clear()
        lock = lock_icon()
        for view in self.views:
            note = view.note
            when = note.created_at
            stamp = format_datetime(when) if when else ""
            edited = note.updated_at and note.created_at and note.updated_at > note.created_at
            private = tr("private") if note.private else ""
            head = " · ".join(p for p in (view.author_name, stamp, private) if p)
            if edited:
                head += tr(" (edited)")
            item = QListWidgetItem(f"{head}\n{note.text}")
            item.setData(NOTE_ROLE, note.id)
            if note.private:
                item.setIcon(lock)
                item.setToolTip(tooltip("Private: only its author can read it"))
            self.list.addItem(item)
        self.empty.setVisible(not self.views and self.stakeholder_id >= 0)
        enabled = self.ctx.has_workspace and self.stakeholder_id >= 0
        for widget in (self.editor, self.private):
            widget.setEnabled(enabled)
        self._update_buttons()

    # -- acting ---------------------------------------------------------------------------------
    def selected(self) -> NoteView | None:
        items = self.list.selectedItems()
        if not items:
            return None
        wanted = items[0].data(NOTE_ROLE)
        return next((v for v in self.views if v.note.id == wanted), None)

    def save(self) -> None:
        text = self.editor.toPlainText()
        if not text.strip() or self.stakeholder_id < 0:
            return
        private = self.private.isChecked()
        if self.editing is not None:
            command = EditNoteCommand(self.ctx, self.editing, text, private)
        else:
            command = AddNoteCommand(self.ctx, Note(self.stakeholder_id, text, private))
        if push(self.ctx, command):
            self._stop_editing()

    def edit_selected(self) -> None:
        view = self.selected()
        if view is None or not view.mine:
            return
        self.editing = view.note
        self.editor.setPlainText(view.note.text)
        self.private.setChecked(view.note.private)
        self.save_button.setText(tr("Save Note"))
        self.cancel_button.show()
        self.editor.setFocus()

    def delete_selected(self) -> None:
        view = self.selected()
        if view is not None and view.mine:
            push(self.ctx, RemoveNoteCommand(self.ctx, view.note))

    def _stop_editing(self) -> None:
        self.editing = None
        self.editor.clear()
        self.private.setChecked(False)
        self.save_button.setText(tr("Add Note"))
        self.cancel_button.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        view = self.selected()
        mine = view is not None and view.mine
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(mine)
            button.setToolTip(
                "" if view is None or mine else tooltip("Only its author can change it")
            )
        self.save_button.setEnabled(
            self.stakeholder_id >= 0 and bool(self.editor.toPlainText().strip())
        )
