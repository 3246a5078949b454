"""Rapport's main window: the register with a person's panel, the feature pages, menus."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from resources import resource_path
from ui.app_context import AppContext, Topic
from ui.lazy_page import LazyPage
from ui.menus.window_menus import build_menus
from ui.pages import main_pages
from ui.plain_text import message_box, plain_label, tooltip
from ui.translation import tr
from ui.workspace.workspace_menu import WorkspaceMenu

if TYPE_CHECKING:
    from ui.person_panel import PersonPanel
    from ui.stakeholders.empty_register import EmptyRegister
    from ui.stakeholders.new_stakeholder_dialog import NewStakeholderDialog
    from ui.stakeholders.stakeholder_list import StakeholderList


STAKEHOLDERS = QT_TRANSLATE_NOOP("", "Stakeholders")
MAPS = QT_TRANSLATE_NOOP("", "Maps")

#: The person panel's width on a first start (the register takes the rest of the window).
PERSON_PANEL_WIDTH = 620


class MainWindow(QMainWindow):
    #: Emitted once, when the window has first been painted.
    first_painted = Signal()

    def __init__(self, ctx: AppContext, settings: QSettings) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = settings
        self._painted = False
        self.setWindowTitle(tr("Rapport"))
        self.setWindowIcon(QIcon(str(resource_path("icons", "rapport.svg"))))
        self._default_size()

        # The register and the person panel are built right after the first paint (or on first
        # use), so the window is on screen before their modules load: see build_content().
        self._register: StakeholderList | None = None
        #: The contact import under way (its dialogs), if any.
        self.contact_import: Any = None
        self.duplicates_dialog: Any = None
        self._person: PersonPanel | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("registerSplitter")

        self.pages = QTabWidget()
        self.pages.setObjectName("mainPages")
        self.pages.setDocumentMode(True)
        # Dragging people from the register over the Maps tab opens it, so they can be dropped
        # onto the grid.
        self.pages.tabBar().setAcceptDrops(True)
        self.pages.tabBar().setChangeCurrentOnDrag(True)
        # The register and the person panel, or a start page while the workspace has no one.
        self.register_stack = QStackedWidget()
        self.register_stack.setObjectName("registerStack")
        self.register_stack.addWidget(self.splitter)
        self.empty_register: EmptyRegister | None = None
        self.pages.addTab(self.register_stack, tr(STAKEHOLDERS))
        self._lazy_pages: dict[str, LazyPage] = {}
        #: The pages' English titles, in tab order: the keys the menus use (the tabs show them
        #: translated).
        self._page_titles = [STAKEHOLDERS]
        for spec in main_pages():
            lazy = LazyPage(lambda spec=spec: spec.build(self.ctx))
            lazy.built.connect(lambda page, title=spec.title: self._page_built(title, page))
            self._lazy_pages[spec.title] = lazy
            self._page_titles.append(spec.title)
            self.pages.addTab(lazy, tr(spec.title))
        self.setCentralWidget(self.pages)

        self.workspace_label = plain_label()
        self.workspace_label.setObjectName("mutedLabel")
        self.statusBar().addPermanentWidget(self.workspace_label)
        self.statusBar().showMessage(tr("Opening workspace…"))
        from ui.workspace.connection_status import ConnectionStatus

        self.connection_status = ConnectionStatus(ctx, self.statusBar())  # server workspaces

        self.workspace_menu = WorkspaceMenu(ctx, settings, self)
        self.workspace_menu.open_failed.connect(self._on_open_failed)
        self.last_dialog: QWidget | None = None
        self.restore_dialog: QDialog | None = None  # File ▸ Restore from Backup…
        self.menus = build_menus(self)
        self.pages.currentChanged.connect(lambda _index: self._update_actions())

        self.first_painted.connect(lambda: QTimer.singleShot(0, self.build_content))
        ctx.error.connect(self._show_error)
        ctx.workspace_opened.connect(self._on_workspace_opened)
        ctx.show_stakeholder.connect(self.show_stakeholder)
        ctx.changed.connect(self._on_changed)
        self._restore_geometry()
        self._update_actions()

    # -- content ------------------------------------------------------------------------------
    def build_content(self) -> None:
        """Build the register and the person panel (once)."""
        if self._register is not None:
            return
        from ui.person_panel import PersonPanel
        from ui.stakeholders.stakeholder_list import StakeholderList

        self._register = register = StakeholderList(self.ctx)
        self._person = person = PersonPanel(self.ctx)
        self.splitter.addWidget(register)
        self.splitter.addWidget(person)
        # The register takes the larger share (and two thirds of any space the window gains),
        # so that job titles and organisations read in full.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        state = self.settings.value("window/registerSplitter")
        if state is None or not self.splitter.restoreState(state):
            # Set once the splitter has a width: sizes given before it is laid out are rescaled.
            QTimer.singleShot(0, self.default_split)
        from ui.stakeholders.empty_register import EmptyRegister

        # Another feature's File ▸ Import Contacts…, when the window has one, gets a button too.
        importer = self.findChild(QAction, "importContactsAction")
        self.empty_register = EmptyRegister(self.new_action, self.demo_action, importer)
        self.register_stack.addWidget(self.empty_register)
        register.loaded.connect(self._show_register_or_start)
        columns = self.settings.value("window/registerColumns")
        if columns is not None:
            register.columns.restore(columns)  # the widths the user dragged to, last time
        register.contact_files_dropped.connect(self.import_contacts)
        register.current_changed.connect(person.show_stakeholder)
        register.current_changed.connect(lambda _id: self._update_actions())
        person.editor.saved.connect(
            lambda what: self.statusBar().showMessage(f"Saved {what}.", 3000)
        )
        if self.ctx.has_workspace:
            register.reload()

    def _show_register_or_start(self) -> None:
        """The start page while no one is in the workspace (archived people count as someone)."""
        assert self._register is not None and self.empty_register is not None
        empty = self.ctx.has_workspace and self._register.is_empty_workspace()
        self.register_stack.setCurrentWidget(self.empty_register if empty else self.splitter)

    @property
    def register(self) -> StakeholderList:
        self.build_content()
        assert self._register is not None
        return self._register

    @property
    def person(self) -> PersonPanel:
        self.build_content()
        assert self._person is not None
        return self._person

    # -- menus --------------------------------------------------------------------------------
    def lazy_page(self, title: str) -> QWidget:
        """The page titled ``title`` (built now if it was not), without showing it."""
        return self._lazy_pages[title].ensure_built()

    def show_page(self, title: str) -> None:
        if title == STAKEHOLDERS:
            self.pages.setCurrentIndex(0)
        else:
            self.pages.setCurrentWidget(self._lazy_pages[title])

    def current_page_title(self) -> str:
        """The English title of the page shown (its key, whatever the language)."""
        return self._page_titles[self.pages.currentIndex()]

    def _page_built(self, title: str, page: QWidget) -> None:
        from ui.menus.page_menus import bind_relays

        bind_relays(self, title, page)

    def _update_actions(self) -> None:
        from ui.menus.page_menus import refresh_relays

        has_workspace = self.ctx.has_workspace
        self.new_action.setEnabled(has_workspace)
        self.demo_action.setEnabled(True)
        refresh_relays(self)
        has_person = has_workspace and self.current_person_id() >= 0
        for action in (self.log_action, self.rate_action):
            action.setEnabled(has_person)
        self.import_contacts_action.setEnabled(has_workspace)
        self.duplicates_action.setEnabled(has_workspace)
        self.export_contacts_action.setEnabled(has_workspace)
        self.delete_person_action.setEnabled(has_person)
        if self._register is None or self._person is None:
            self.archive_action.setEnabled(False)
            self.vcard_action.setEnabled(False)
            return
        self.archive_action.setEnabled(has_workspace and self._register.current_id() >= 0)
        self.vcard_action.setEnabled(has_workspace and self._register.current_id() >= 0)
        person = self._person.editor._person
        self.archive_action.setText("&Restore" if person and person.archived else "&Archive")

    def current_person_id(self) -> int:
        """Whom Stakeholder ▸ commands act on: the one person selected on the map shown, else
        the person selected in the register (-1 for none)."""
        if self.current_page_title() == MAPS:
            page = self._lazy_pages[MAPS].page
            chosen = page.scene.selected_people() if page is not None else []  # type: ignore[attr-defined]
            if len(chosen) == 1:
                return int(chosen[0])
        if self._register is None:
            return -1
        return self._register.current_id()

    # -- actions ------------------------------------------------------------------------------
    def add_stakeholder(self) -> None:
        from ui.stakeholders.new_stakeholder_dialog import NewStakeholderDialog

        dialog = NewStakeholderDialog(self)
        dialog.accepted.connect(lambda: self._add_from(dialog))
        dialog.open()

    def _add_from(self, dialog: NewStakeholderDialog) -> None:
        if dialog.result_stakeholder is None:
            return
        from ui.stakeholders.commands import AddStakeholderCommand
        from ui.undo.refused_dialog import reopen_after_refusal
        from ui.undo.use_case_command import push

        command = AddStakeholderCommand(self.ctx, dialog.result_stakeholder)
        if not push(self.ctx, command):
            reopen_after_refusal(dialog, self)  # e.g. the server out of reach
            return
        if command.stakeholder.id is not None:
            self.show_stakeholder(command.stakeholder.id)
            self.statusBar().showMessage(f"Added {command.stakeholder.name}.", 3000)

    def import_contacts(self, paths: list[Path] | None = None) -> None:
        """File ▸ Import Contacts… (``paths`` None: ask for the files), or files dropped on the
        register."""
        from ui.contacts.import_flow import import_contact_files

        if paths is None:
            chosen, _ = QFileDialog.getOpenFileNames(
                self,
                "Import Contacts",
                "",
                "Contacts (*.vcf *.vcard *.csv *.xlsx *.txt);;All files (*)",
            )
            paths = [Path(p) for p in chosen]
        self.contact_import = import_contact_files(
            self.ctx, paths, self, lambda ids: ids and self.show_stakeholder(ids[0])
        )

    def export_contacts(self, path: Path | None, stakeholder_ids: list[int] | None = None) -> bool:
        """File ▸ Export Contacts… (everyone not archived) or one person as a vCard."""
        from domain.usecases.contact_export import contacts_for_export
        from persistence.contacts import ContactFileError
        from persistence.contacts.export import write_contacts

        if not self.ctx.has_workspace:
            return False
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                "Export Contacts",
                "contacts.vcf" if stakeholder_ids else "contacts.xlsx",
                "Excel workbook (*.xlsx);;CSV (*.csv);;vCard (*.vcf)"
                if not stakeholder_ids
                else "vCard (*.vcf)",
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            rows = contacts_for_export(self.ctx.uow(), stakeholder_ids=stakeholder_ids)
            # The file dialog asked before replacing a file; never over a workspace.
            write_contacts(rows, path, replace=True, protect=[self.ctx.workspace.path])
        except ContactFileError as error:
            self.ctx.report(str(error))
            return False
        self.statusBar().showMessage(f"Exported {len(rows)} to {path.name}.", 5000)
        return True

    def export_person_vcard(self) -> None:
        person = self.person.editor._person
        if person is not None and person.id is not None:
            self.export_contacts(None, [person.id])

    def find_duplicates(self) -> None:
        """Stakeholder ▸ Find Duplicates…: compared off the GUI thread, then the dialog."""
        from domain.usecases.duplicates import find_duplicates
        from ui.background import run_in_background
        from ui.contacts.duplicates_dialog import DuplicatesDialog

        if not self.ctx.has_workspace:
            return
        uow = self.ctx.uow

        def show(pairs: list) -> None:  # type: ignore[type-arg]
            self.duplicates_dialog = DuplicatesDialog(self.ctx, pairs, self)
            self.duplicates_dialog.open()

        run_in_background(
            self,
            "Looking for duplicates…",
            lambda progress: find_duplicates(uow(), progress),
            on_done=show,
            on_error=lambda error: self.ctx.report(str(error)),
        )

    def toggle_archived(self) -> None:
        from ui.stakeholders.commands import ArchiveStakeholderCommand
        from ui.undo.use_case_command import push

        person = self.person.editor._person
        if person is not None:
            push(self.ctx, ArchiveStakeholderCommand(self.ctx, person, not person.archived))

    def delete_stakeholder(self) -> None:
        """Stakeholder ▸ Delete…: after a confirmation naming them and what goes with them."""
        from ui.stakeholders.delete_person import confirm_delete

        person = self.current_person_id()
        if self.ctx.has_workspace and person >= 0:
            self.last_dialog = confirm_delete(self.ctx, person, self)

    def show_stakeholder(self, stakeholder_id: int) -> None:
        self.pages.setCurrentIndex(0)
        if not self.register.select(stakeholder_id):
            self.register.show_archived.setChecked(True)
            self.register.select(stakeholder_id)

    def focus_filter(self) -> None:
        self.pages.setCurrentIndex(0)
        self.register.filter_edit.setFocus()
        self.register.filter_edit.selectAll()

    def log_interaction(self) -> None:
        """Stakeholder ▸ Log Interaction… (Ctrl+L): with the current person, from any page."""
        from ui.interactions.log_flow import open_log_dialog

        person = self.current_person_id()
        if self.ctx.has_workspace and person >= 0:
            self.last_dialog = open_log_dialog(self.ctx, [person], self)

    def rate_current(self) -> None:
        """Stakeholder ▸ Rate… (Ctrl+T): the quick rating dialog for the current person."""
        from ui.ratings.rating_dialog import open_rating_dialog

        person = self.current_person_id()
        if self.ctx.has_workspace and person >= 0:
            # On the map the user is working on, when the person is on it.
            self.last_dialog = open_rating_dialog(self.ctx, person, None, self)

    def open_demo(self) -> None:
        """File ▸ Open the Demo Workspace: built (off the GUI thread) if need be, then opened."""
        from ui.background import run_in_background
        from ui.workspace.demo_workspace import ensure_demo_workspace
        from ui.workspace.locations import demo_workspace_path

        path = demo_workspace_path()
        run_in_background(
            self,
            "Preparing the demo workspace…",
            lambda _progress: ensure_demo_workspace(path),
            on_done=lambda built: self.workspace_menu.open_path(built),
            on_error=lambda error: self.ctx.report(f"The demo could not be prepared: {error}"),
        )

    # -- reacting -----------------------------------------------------------------------------
    def _on_workspace_opened(self) -> None:
        self.build_content()  # built now if it was not: it loads the workspace's people
        path = self.ctx.workspace.path
        server = self.ctx.workspace.server
        name = path.stem if path else server.title if server else self.ctx.workspace.url
        if self.ctx.workspace.read_only:
            name += " (read-only)"
        self.setWindowTitle(tr("{name} — Rapport").format(name=name))
        self.statusBar().showMessage(
            tr("Opened read-only: nothing can be changed.")
            if self.ctx.workspace.read_only
            else tr("Workspace opened."),
            0 if self.ctx.workspace.read_only else 3000,
        )
        self._update_status()
        self._update_actions()
        if self.register.model.rowCount() and self.register.current_id() < 0:
            self.register.table.selectRow(0)

    def _on_open_failed(self) -> None:
        if not self.ctx.has_workspace:
            self.build_content()
            self.person.editor.show_stakeholder(-1)  # says how to open or create one
            self.statusBar().showMessage(
                tr(
                    "No workspace open: File ▸ Open Workspace (Ctrl+O) or New Workspace "
                    "(Ctrl+Shift+N)."
                )
            )
            self._update_status()

    def _on_changed(self, topic: str) -> None:
        if topic == Topic.STAKEHOLDERS:
            self._update_status()
            self._update_actions()

    def _update_status(self) -> None:
        if not self.ctx.has_workspace:
            self.workspace_label.setText(tr("No workspace"))
            return
        path = self.ctx.workspace.path
        where = str(path) if path else self.ctx.workspace.url
        if self.ctx.workspace.read_only:
            where += " (read-only)"
        self.workspace_label.setText(where)
        self.workspace_label.setToolTip(tooltip(where))

    def _show_error(self, message: str) -> None:
        box = message_box(
            QMessageBox.Icon.Warning, tr("Rapport"), message, self, object_name="errorBox"
        )
        box.open()

    # -- window state -------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def event(self, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return super().event(event)

    def _default_size(self) -> None:
        """1360×860 where the screen has room, else nine tenths of what the screen offers (a
        first window larger than a 1280×800 screen would hide its status bar)."""
        screen = self.screen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 1360, 860
        if available is not None and available.width() > 0:
            width = min(width, int(available.width() * 0.9))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    def default_split(self) -> None:
        """The person panel at 36 % (at least 380 px, at most 620), the register the rest:
        on a 1280-pixel screen (a 1152-pixel first window) the register keeps room for its job
        titles and the panel for a timeline; on a wide one the panel's history reads whole."""
        assert self._person is not None
        width = self.splitter.width()
        person = max(380, min(PERSON_PANEL_WIDTH, int(width * 0.36)))
        self.splitter.setSizes([max(width - person, 0), person])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.live.stop()  # a server workspace's change feed (ui/workspace/live_updates.py)
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self._register is not None:
            self.settings.setValue("window/registerSplitter", self.splitter.saveState())
            if self._register.columns.user_sized:
                header = self._register.table.horizontalHeader()
                self.settings.setValue("window/registerColumns", header.saveState())
        super().closeEvent(event)
