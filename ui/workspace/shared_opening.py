"""Connecting to a team's shared workspace from the window, off the GUI thread.

From File ▸ Open Shared Workspace…, Open Recent, ``--workspace postgresql://…`` or the last
session: the password comes from this session or the keyring (``persistence.team.passwords``),
else the dialog asks. Connecting runs through ``ui.background`` with Cancel, which answers at
once even while the server keeps silent (the connection attempt is left to end by itself and
whatever it opened is closed). What went wrong is said in the user's terms: a wrong password,
an unreachable server or a missing database bring the dialog back with the reason; an older
schema is offered for upgrading to the tables' owner only; anything else is a warning.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from domain.progress import Cancelled
from persistence.team.passwords import PasswordStore
from persistence.team.server_address import ServerAddress
from ui.background import BackgroundTask, run_in_background
from ui.plain_text import message_box
from ui.translation import tr
from ui.workspace.shared_workspace_dialog import SharedWorkspaceDialog

if TYPE_CHECKING:
    from persistence.workspace import Workspace

log = logging.getLogger(__name__)

#: The passwords of this process's shared workspaces (the keyring's, or typed this session).
PASSWORDS = PasswordStore()


class SharedOpening(QObject):
    """Opens shared workspaces for one window; ``opened(workspace, address)`` once one is."""

    def __init__(
        self,
        window: QWidget,
        opened: Callable[[Workspace, ServerAddress], None],
        failed: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self._opened = opened
        self._failed = failed
        #: The dialog asking for the server and password, while it is shown.
        self.dialog: SharedWorkspaceDialog | None = None
        #: The question or warning shown after the last attempt.
        self.problem_box: QMessageBox | None = None
        #: The connection attempt under way.
        self.task: BackgroundTask[Any] | None = None
        self.last_address: ServerAddress | None = None

    def ask(
        self, address: ServerAddress | None = None, problem: str = "", password: str = ""
    ) -> SharedWorkspaceDialog:
        """Show the dialog (filled in with ``address`` or the last one, and ``problem``)."""
        dialog = SharedWorkspaceDialog(
            self.window, address or self.last_address, problem=problem, password=password
        )
        self.dialog = dialog
        dialog.accepted.connect(
            lambda: self.connect(
                dialog.address(), dialog.chosen_password(), remember=dialog.remember_password()
            )
        )
        dialog.rejected.connect(self._failed)
        dialog.open()
        return dialog

    def open(self, address: ServerAddress) -> None:
        """Open ``address`` with the password kept for it (none: libpq's, else the dialog)."""
        self.connect(address, PASSWORDS.password(address), remember=None)

    def connect(
        self,
        address: ServerAddress,
        password: str | None,
        *,
        remember: bool | None,
        upgrade: bool = False,
    ) -> None:
        """Connect in the background. ``remember``: keep the password in the keyring (True),
        forget it there (False) or leave the keyring as it is (None)."""
        self.last_address = address

        def connect_to_server() -> Workspace:
            from persistence.team.opening import open_server_workspace

            return open_server_workspace(address, password or None, upgrade=upgrade)

        def done(workspace: Workspace) -> None:
            self.task = None
            if password:
                if remember is None:
                    PASSWORDS.keep_for_session(address, password)
                else:
                    PASSWORDS.keep(address, password, remember=remember)
            self._opened(workspace, address)

        self.task = run_in_background(
            self.window,
            tr("Connecting to %s…") % address.title,
            lambda progress: cancellable(progress, connect_to_server),
            on_done=done,
            on_error=lambda error: self._refused(error, address, password, remember),
            on_cancelled=self._cancelled,
        )

    def _cancelled(self) -> None:
        self.task = None
        self._failed()

    def _refused(
        self,
        error: BaseException,
        address: ServerAddress,
        password: str | None,
        remember: bool | None,
    ) -> None:
        from persistence.team.errors import (
            OlderServerSchemaError,
            ServerDatabaseMissingError,
            ServerLoginError,
            ServerUnreachableError,
        )
        from persistence.workspace import WorkspaceError

        self.task = None
        if isinstance(error, ServerLoginError):
            if password is not None and not error.password_missing:
                PASSWORDS.forget(address)  # a kept password that no longer works
            problem = "" if error.password_missing and password is None else str(error)
            self.ask(address, problem)
            return
        if isinstance(error, ServerUnreachableError | ServerDatabaseMissingError):
            self.ask(address, str(error), password or "")
            return
        if isinstance(error, OlderServerSchemaError) and error.can_upgrade:
            self._offer_upgrade(error, address, password, remember)
            return
        if isinstance(error, WorkspaceError):
            message = str(error)
        else:
            log.error("opening a shared workspace failed: %r", error)
            message = tr("Something went wrong while connecting: %s") % type(error).__name__
        self._failed()
        self.problem_box = message_box(
            QMessageBox.Icon.Warning,
            tr("Could not open the shared workspace"),
            f"{address}\n\n{message}",
            self.window,
            object_name="sharedWorkspaceErrorBox",
        )
        self.problem_box.open()

    def _offer_upgrade(
        self,
        error: BaseException,
        address: ServerAddress,
        password: str | None,
        remember: bool | None,
    ) -> None:
        box = message_box(
            QMessageBox.Icon.Question,
            tr("Upgrade the shared workspace?"),
            f"{address}\n\n{error}\n\n"
            + tr("Upgrade it now? Members with an older Rapport cannot open it afterwards."),
            self.window,
            QMessageBox.StandardButton.Cancel,
            object_name="sharedUpgradeBox",
        )
        upgrade = box.addButton(tr("&Upgrade"), QMessageBox.ButtonRole.AcceptRole)
        upgrade.setObjectName("upgradeButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def chosen() -> None:
            if box.clickedButton() is upgrade:
                self.connect(address, password, remember=remember, upgrade=True)
            else:
                self._failed()

        box.finished.connect(lambda _result: chosen())
        self.problem_box = box
        box.open()


def cancellable(progress: Any, connect: Callable[[], Workspace]) -> Workspace:
    """``connect()`` on a thread of its own, while this job answers Cancel at once: a server
    that does not answer keeps libpq waiting up to its connect timeout. An attempt given up
    ends by itself; a workspace it still opens is closed."""
    outcome: dict[str, Any] = {}
    finished = threading.Event()
    given_up = threading.Event()
    lock = threading.Lock()

    def close_if_given_up() -> None:
        with lock:
            workspace = outcome.pop("workspace", None)
        if workspace is not None:
            workspace.close()

    def attempt() -> None:
        try:
            outcome["workspace"] = connect()
        except BaseException as error:
            outcome["error"] = error
        finally:
            finished.set()
            if given_up.is_set():
                close_if_given_up()

    threading.Thread(target=attempt, name="rapport-connect", daemon=True).start()
    while not finished.wait(0.05):
        try:
            progress.report(0, None)
        except Cancelled:
            given_up.set()
            if finished.is_set():
                close_if_given_up()
            raise
    if "error" in outcome:
        raise outcome["error"]
    workspace: Workspace = outcome["workspace"]
    try:
        progress.report(1, 1)  # cancelled just as it connected: close it, say cancelled
    except Cancelled:
        workspace.close()
        raise
    return workspace
