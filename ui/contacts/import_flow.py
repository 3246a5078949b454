"""Importing contact files: read them off the GUI thread, ask for the columns of an unknown
table (once per header), compare with the register off the GUI thread, show the preview, and
store what the user ticked as one undo step, followed by a summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from domain.model import ContactCard
from domain.progress import Progress
from domain.usecases.contact_preview import ImportPreview, preview_import
from persistence.contacts import (
    ContactFileError,
    ContactTable,
    OpenedContacts,
    cards_from_table,
    open_contact_file,
)
from ui.app_context import AppContext
from ui.background import run_in_background
from ui.contacts.commands import ImportContactsCommand
from ui.contacts.mapping_dialog import ColumnMappingDialog, remember_mapping, remembered_mapping
from ui.contacts.preview_dialog import ImportPreviewDialog
from ui.undo.use_case_command import push, user_message

#: File names a drop on the register takes as contacts.
CONTACT_SUFFIXES = (".vcf", ".vcard", ".csv", ".xlsx", ".txt", ".tsv")


def is_contact_file(path: Path) -> bool:
    return path.suffix.lower() in CONTACT_SUFFIXES


class ContactImportFlow(QObject):
    """One import, from reading the files to the summary; ``dialog`` is the window showing now."""

    def __init__(
        self,
        ctx: AppContext,
        paths: list[Path],
        parent: QWidget,
        done: Callable[[list[int]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths = paths
        self.parent_widget = parent
        self.done = done
        self.cards: list[ContactCard] = []
        self.tables: list[ContactTable] = []
        self.dialog: QWidget | None = None
        self.command: ImportContactsCommand | None = None
        self.source = paths[0].name if len(paths) == 1 else f"{len(paths)} files"

    def start(self) -> None:
        run_in_background(
            self.parent_widget,
            "Reading contacts…",
            self._read,
            on_done=self._read_done,
            on_error=self._failed,
        )

    def _read(self, progress: Progress) -> list[OpenedContacts]:
        opened = []
        for number, path in enumerate(self.paths):
            progress.report(number, len(self.paths), f"Reading {path.name}…")
            opened.append(open_contact_file(path))
        return opened

    def _read_done(self, opened: list[OpenedContacts]) -> None:
        for item in opened:
            if item.file is not None:
                self.cards.extend(item.file.cards)
            elif item.table is not None:
                self.tables.append(item.table)
        self._next_table()

    def _next_table(self) -> None:
        while self.tables:
            table = self.tables[0]
            mapping = table.mapping or remembered_mapping(table.header)
            if mapping is None:
                dialog = ColumnMappingDialog(table, table.guessed_mapping, self.parent_widget)
                dialog.accepted.connect(lambda t=table, d=dialog: self._mapped(t, d))
                self.dialog = dialog
                dialog.open()
                return
            if not self._take_table(table, mapping):
                return
        self._compare()

    def _mapped(self, table: ContactTable, dialog: ColumnMappingDialog) -> None:
        mapping = dialog.mapping()
        remember_mapping(table.header, mapping)
        if self._take_table(table, mapping):
            self._next_table()

    def _take_table(self, table: ContactTable, mapping: object) -> bool:
        try:
            self.cards.extend(cards_from_table(table, mapping))  # type: ignore[arg-type]
        except ContactFileError as error:
            self._failed(error)
            return False
        self.tables.pop(0)
        return True

    def _compare(self) -> None:
        cards = self.cards
        uow = self.ctx.uow
        run_in_background(
            self.parent_widget,
            "Comparing contacts with the register…",
            lambda progress: preview_import(uow(), cards, progress),
            on_done=self._show_preview,
            on_error=self._failed,
        )

    def _show_preview(self, preview: ImportPreview) -> None:
        dialog = ImportPreviewDialog(preview, self.source, self.parent_widget)
        dialog.accepted.connect(lambda: self._import(preview))
        self.dialog = dialog
        dialog.open()

    def _import(self, preview: ImportPreview) -> None:
        self.ctx.backup_before("import-contacts")
        command = ImportContactsCommand(self.ctx, preview, self.source)
        if not push(self.ctx, command) or command.outcome is None:
            return
        self.command = command
        outcome = command.outcome
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Contacts imported",
            f"{self.source}: {outcome.summary()}.\n\nEdit ▸ Undo takes the whole import back.",
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        box.setObjectName("importSummaryBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.dialog = box
        box.open()
        if self.done is not None:
            self.done([p.id for p in outcome.added if p.id is not None])

    def _failed(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, ContactFileError) else user_message(error)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "The contacts were not imported",
            f"{message}\n\nNothing was imported.",
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        box.setObjectName("importErrorBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.dialog = box
        box.open()


def import_contact_files(
    ctx: AppContext,
    paths: list[Path],
    parent: QWidget,
    done: Callable[[list[int]], None] | None = None,
) -> ContactImportFlow | None:
    if not ctx.has_workspace or not paths:
        return None
    flow = ContactImportFlow(ctx, paths, parent, done)
    flow.start()
    return flow
