"""The context every window and widget is given: the open workspace, undo stack and change signals.

Passed explicitly (no globals). Widgets call use cases with ``ctx.uow()`` and listen to
``changed`` to refresh; undo commands announce what they touched through ``announce``.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from domain.ports import UnitOfWork
from ui.gc_tuning import refreeze_after_switch

if TYPE_CHECKING:
    from persistence.workspace import Workspace

log = logging.getLogger(__name__)


class Topic(StrEnum):
    """What changed, so that views refresh only what they show."""

    STAKEHOLDERS = "stakeholders"
    ORGANISATIONS = "organisations"
    MAPS = "maps"
    RATINGS = "ratings"
    INTERACTIONS = "interactions"
    COMMITMENTS = "commitments"
    CONCERNS = "concerns"
    #: The workspace's health grading (weights and thresholds).
    GRADING = "grading"
    MEETINGS = "meetings"
    INFLUENCE = "influence"
    PLANS = "plans"
    DEMAND = "demand"
    #: Notes on people (the Notes tab).
    NOTES = "notes"
    WORKSPACE = "workspace"


class AppContext(QObject):
    #: Emitted with a :class:`Topic` value after data of that kind changed.
    changed = Signal(str)
    #: Emitted after another workspace was opened (or the first one).
    workspace_opened = Signal()
    #: Emitted with a user-readable message when an action failed.
    error = Signal(str)
    #: Emitted to ask the main window to show a stakeholder (id).
    show_stakeholder = Signal(int)
    #: Emitted when the connection to a server workspace was lost or is back
    #: (``connection_problem`` says which).
    connection_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._workspace: Workspace | None = None
        from ui.backups.automatic_backups import BackupKeeper

        #: The open workspace's automatic backups (ui/backups/automatic_backups.py).
        self.backups = BackupKeeper(self)
        #: The map the user is working on (the one shown on the Maps page or last chosen in a
        #: rating panel): rating panels open on it, so that a person opened from the ERP map is
        #: rated on the ERP map.
        self.map_in_focus: int | None = None
        #: Why the server workspace cannot be reached now (None: it can, or a file is open).
        #: Changes are refused meanwhile (ui/undo/use_case_command.push).
        self.connection_problem: str | None = None
        #: True while the changes of other team members are announced: views keep their
        #: scroll position, and editors keep what the user is typing (ui/workspace/live_updates.py).
        self.announcing_others = False
        from ui.workspace.live_updates import LiveUpdates

        #: Other clients' changes to a server workspace, and its connection (live_updates.py).
        self.live = LiveUpdates(self)

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            raise RuntimeError("No workspace is open.")
        return self._workspace

    @property
    def has_workspace(self) -> bool:
        return self._workspace is not None

    def uow(self) -> UnitOfWork:
        """A fresh unit of work on the open workspace."""
        return self.workspace.uow()

    def set_workspace(self, workspace: Workspace) -> None:
        """Switch to ``workspace``, closing the one open before (undo history goes with it)."""
        previous = self._workspace
        self._workspace = workspace
        self.undo_stack.clear()
        self.map_in_focus = None
        if previous is not None and previous is not workspace:
            previous.close()
            refreeze_after_switch()
        log.info("workspace opened")
        self.changed.emit(Topic.WORKSPACE.value)  # views reload first…
        self.workspace_opened.emit()  # …then the window selects and titles

    def backup_before(self, action: str) -> None:
        """Back the workspace up before a destructive action the user just confirmed:
        ``ctx.backup_before("delete-map")``, then make the change. Returns in milliseconds; the
        copy is written off the GUI thread. Every action that deletes, merges or imports calls it.
        """
        self.backups.backup_before(action)

    def close_workspace(self) -> None:
        self.backups.wait()  # a backup under way is finished first
        self.live.stop()
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None

    def announce(self, *topics: Topic) -> None:
        for topic in topics:
            self.changed.emit(topic.value)

    def announce_others(self, topics: set[Topic]) -> None:
        """Announce what other team members changed (views keep scroll and edits in progress)."""
        self.announcing_others = True
        try:
            for topic in Topic:  # in the order of the enum, as a command would announce them
                if topic in topics:
                    self.changed.emit(topic.value)
        finally:
            self.announcing_others = False

    def set_connection_problem(self, problem: str | None) -> None:
        if problem != self.connection_problem:
            self.connection_problem = problem
            self.connection_changed.emit()

    def report(self, message: str) -> None:
        # The message may quote user data; the log must not hold any.
        log.warning("an action failed; the user was told why")
        self.error.emit(message)
