"""File ▸ New Workspace, Open, Open Shared Workspace, Open Recent, Save a Copy and Export: the
workspace's file actions (a shared workspace's connecting is in ``shared_opening``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ui.app_context import AppContext
from ui.file_saving import ask_save_path
from ui.plain_text import message_box, tooltip
from ui.translation import tr
from ui.workspace.recent_files import forget_workspace, recent_entries, remember_workspace
from ui.workspace.shared_opening import SharedOpening

if TYPE_CHECKING:
    from persistence.team.server_address import ServerAddress
    from persistence.workspace import LockHolder, Workspace

FILE_FILTER = "Rapport workspaces (*.rapport);;All files (*)"


class WorkspaceMenu(QObject):
    #: Emitted when a workspace could not be opened (the user was told why).
    open_failed = Signal()

    def __init__(self, ctx: AppContext, settings: QSettings, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.settings = settings
        self.window = window
        #: The question shown when the last workspace could not be opened for editing.
        self.problem_box: QMessageBox | None = None
        self.new_action = QAction(tr("&New Workspace…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.triggered.connect(self.new_workspace)
        self.open_action = QAction(tr("&Open Workspace…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_dialog)
        self.open_shared_action = QAction(tr("Open &Shared Workspace…"), self)
        self.open_shared_action.setObjectName("openSharedAction")
        self.open_shared_action.setToolTip(tr("A workspace your team shares on a server"))
        self.open_shared_action.triggered.connect(lambda _checked=False: self.shared.ask())
        #: Connects to shared workspaces (File ▸ Open Shared Workspace…, Open Recent).
        self.shared = SharedOpening(window, self._shared_opened, self.open_failed.emit)
        self.recent_menu = QMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.copy_action = QAction(tr("Save a &Copy…"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.copy_action.triggered.connect(self.save_copy)
        self.export_action = QAction(tr("&Export as JSON…"), self)
        self.export_action.triggered.connect(self.export_json)
        ctx.workspace_opened.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self) -> None:
        """Copy and export need an open workspace."""
        for action in (self.copy_action, self.export_action):
            action.setEnabled(self.ctx.has_workspace)

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addAction(self.open_shared_action)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addAction(self.copy_action)
        menu.addAction(self.export_action)

    # -- opening ------------------------------------------------------------------------------
    def open_path(
        self,
        path: Path,
        *,
        create: bool = False,
        read_only: bool = False,
        take_over: LockHolder | None = None,
    ) -> bool:
        """Open (or create) the workspace at ``path``; tell the user plainly if it is refused.

        Open in another Rapport, or not writable: say so, with Open Read-Only (and Take Over
        for a lock), see ui/workspace/opening_problems.py. ``take_over``: the lock holder the
        user confirmed is gone.
        """
        from persistence.workspace import (
            NotWritableError,
            WorkspaceError,
            WorkspaceLockedError,
            create_workspace,
            open_workspace,
        )
        from ui.workspace import opening_problems

        try:
            if create:
                workspace = create_workspace(path)
            else:
                workspace = open_workspace(path, read_only=read_only, take_over=take_over)
        except WorkspaceLockedError as exc:
            self.problem_box = opening_problems.ask_about_lock(
                self.window, path, exc, self._open_read_only, self._take_over
            )
            self.open_failed.emit()
            return False
        except NotWritableError as exc:
            if create:
                self._warn(tr("Could not create the workspace"), f"{path}\n\n{exc}")
            else:
                self.problem_box = opening_problems.offer_read_only(
                    self.window, path, exc, self._open_read_only
                )
            self.open_failed.emit()
            return False
        except (WorkspaceError, OSError) as exc:
            detail = exc if isinstance(exc, WorkspaceError) else (exc.strerror or exc)
            self._warn(tr("Could not open the workspace"), f"{path}\n\n{detail}")
            self.open_failed.emit()
            return False
        self.ctx.set_workspace(workspace)
        remember_workspace(self.settings, path)
        self.settings.setValue("workspace/last", str(path.resolve()))
        if workspace.backups_made:
            self._tell_upgraded(path, workspace.backups_made[-1])
        return True

    def open_shared(self, address: ServerAddress) -> None:
        """Open the shared workspace at ``address`` (asking for the password if none is kept)."""
        self.shared.open(address)

    def _shared_opened(self, workspace: Workspace, address: ServerAddress) -> None:
        self.ctx.set_workspace(workspace)
        remember_workspace(self.settings, address)
        self.settings.setValue("workspace/last", str(address))

    def _open_read_only(self, path: Path) -> None:
        self.open_path(path, read_only=True)

    def _take_over(self, path: Path, holder: LockHolder) -> None:
        self.open_path(path, take_over=holder)

    def _tell_upgraded(self, path: Path, backup: Path) -> None:
        """An older workspace was upgraded: say so, and where the copy of it as it was is."""
        box = message_box(
            QMessageBox.Icon.Information,
            tr("Workspace upgraded"),
            tr(
                "{name} was written by an older version of Rapport and has "
                "been upgraded.\n\nA backup of it as it was is kept "
                "at:\n{backup}\n\nOlder versions of Rapport can open that "
                "backup, but not the upgraded workspace."
            ).format(name=path.name, backup=backup),
            self.window,
            object_name="workspaceUpgradedBox",
        )
        box.open()

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, "Open workspace", self._folder(), FILE_FILTER
        )
        if name:
            self.open_path(Path(name))

    def new_workspace(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, "New workspace", self._folder(), FILE_FILTER
        )
        if not name:
            return
        path = Path(name)
        if path.suffix != ".rapport":
            path = path.with_name(path.name + ".rapport")
        if path.exists():
            self._warn(
                "Not created",
                f"{path}\n\nThere is a file there already; "
                "choose another name (Rapport never overwrites a workspace).",
            )
            return
        self.open_path(path, create=True)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        entries = recent_entries(self.settings)
        if not entries:
            self.recent_menu.addAction(tr("No recent workspaces")).setEnabled(False)
        for entry in entries:
            if isinstance(entry, Path):
                action = self.recent_menu.addAction(str(entry))
                action.triggered.connect(lambda _checked=False, p=entry: self._open_recent(p))
            else:
                action = self.recent_menu.addAction(
                    tr("%s (shared, as %s)") % (entry.title, entry.user)
                )
                action.setToolTip(tooltip(str(entry)))
                action.triggered.connect(lambda _checked=False, a=entry: self.open_shared(a))

    def _open_recent(self, path: Path) -> None:
        if not path.exists():
            forget_workspace(self.settings, path)
            self._warn("Not found", f"{path}\n\nThis workspace is no longer there.")
            return
        self.open_path(path)

    # -- copies -------------------------------------------------------------------------------
    # Both go through ui.file_saving: never over a workspace (this one or any other), an
    # existing file only after the user agreed, and written whole or not at all.
    def save_copy(self) -> None:
        if not self.ctx.has_workspace:
            return
        path = ask_save_path(
            self.window,
            "Save a copy",
            self._folder(),
            FILE_FILTER,
            ".rapport",
            protect=[self.ctx.workspace.path],
        )
        if path is None:
            return
        from persistence.workspace import WorkspaceError, save_copy

        if self.ctx.workspace.path is None:  # a server's: copied row by row, off the GUI thread
            workspace = self.ctx.workspace
            self._off_thread(
                tr("Saving a copy…"),
                lambda progress: save_copy(workspace, path, replace=True, progress=progress),
                f"Saved a copy as {path}",
                "The copy was not saved",
            )
            return
        try:
            save_copy(self.ctx.workspace, path, replace=True)
        except (WorkspaceError, OSError) as exc:
            self._warn("The copy was not saved", str(exc))
            return
        self.window_status(f"Saved a copy as {path}")

    def export_json(self) -> None:
        if not self.ctx.has_workspace:
            return
        path = ask_save_path(
            self.window,
            "Export as JSON",
            self._folder(),
            "JSON (*.json)",
            ".json",
            protect=[self.ctx.workspace.path],
        )
        if path is None:
            return
        from persistence.exchange.json_export import export_workspace
        from persistence.workspace import WorkspaceError

        if self.ctx.workspace.path is None:  # a server's: read off the GUI thread
            uow = self.ctx.workspace.uow
            self._off_thread(
                tr("Exporting…"),
                lambda _progress: export_workspace(uow, path, replace=True),
                f"Exported to {path}",
                "The export was not written",
            )
            return
        try:
            export_workspace(
                self.ctx.workspace.uow, path, replace=True, protect=[self.ctx.workspace.path]
            )
        except (WorkspaceError, OSError) as exc:
            self._warn("The export was not written", str(exc))
            return
        self.window_status(f"Exported to {path}")

    def _off_thread(self, title: str, job: Callable[[Any], object], done: str, failed: str) -> None:
        """Run ``job`` through ui/background.py; say ``done`` in the status bar, or why not."""
        from ui.background import run_in_background

        self.task = run_in_background(
            self.window,
            title,
            job,
            on_done=lambda _result: self.window_status(done),
            on_error=lambda exc: self._warn(failed, str(exc)),
            on_cancelled=lambda: self.window_status(tr("Cancelled; nothing was written.")),
        )

    def window_status(self, message: str) -> None:
        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(message, 5000)

    def _folder(self) -> str:
        path = self.ctx.workspace.path if self.ctx.has_workspace else None
        return str(path.parent) if path else str(Path.home())

    def _warn(self, title: str, message: str) -> None:
        box = message_box(
            QMessageBox.Icon.Warning, title, message, self.window, object_name="workspaceErrorBox"
        )
        box.open()
