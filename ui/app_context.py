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
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None

    def announce(self, *topics: Topic) -> None:
        for topic in topics:
            self.changed.emit(topic.value)

    def report(self, message: str) -> None:
        # The message may quote user data; the log must not hold any.
        log.warning("an action failed; the user was told why")
        self.error.emit(message)
