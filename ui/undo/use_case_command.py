"""The base of Rapport's undo commands and the one way to push them.

A command is performed once *before* it goes on the stack (so a refused change never becomes an undo
step), then QUndoStack's first ``redo()`` call is skipped. Later redo/undo failures (a full disk, a
read-only file, a deleted record) are reported to the user instead of escaping into Qt, and the
stack is put back where the data is: QUndoStack has already moved its index when ``undo()`` or
``redo()`` runs, so a failed step moves it back (from the event loop, as Qt allows no stack change
during a step), with that move itself skipped. Each ``perform``/``revert`` is one use case, one
transaction: a failed step changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand

from domain.errors import ConcurrentChangeError, DomainError
from ui.app_context import AppContext, Topic


class UseCaseCommand(QUndoCommand):
    #: What the command touches; announced after every do/undo.
    topics: tuple[Topic, ...] = ()

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._performed = False
        self._reverted = False

    # Subclasses implement these two.
    def perform(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    # And these, if their change can be made over someone else's (optimistic versioning).
    @property
    def can_overwrite(self) -> bool:
        return type(self).overwrite is not UseCaseCommand.overwrite

    def overwrite(self, error: ConcurrentChangeError) -> bool:
        """Prepare ``perform`` to make the change over the one ``error`` reports (the user chose
        "Overwrite with Mine"); False when this command cannot."""
        return False

    def redo(self) -> None:
        if self._performed:
            self._performed = False  # already done: by push(), or a failed undo put back
            return
        if not self._guarded(self.perform, "redo"):
            self._put_back(undone=False)

    def undo(self) -> None:
        if self._reverted:
            self._reverted = False  # a failed redo put back: still undone
            return
        if not self._guarded(self.revert, "undo"):
            self._put_back(undone=True)

    def _guarded(self, action: Callable[[], None], what: str) -> bool:
        try:
            if self.ctx.connection_problem is not None:
                raise ConnectionDown(self.ctx.connection_problem)
            action()
        except Exception as exc:
            if connection_lost(exc):
                self.ctx.live.check_now()
            self.ctx.report(
                f"Could not {what} “{self.text()}”: {user_message(exc)} Nothing was changed."
            )
            return False
        finally:
            self.ctx.announce(*self.topics)
        return True

    def _put_back(self, *, undone: bool) -> None:
        """After a failed undo (``undone``) or redo: move the stack back over this command,
        without running it, so that the stack says what the data holds."""
        stack = self.ctx.undo_stack

        def move_back() -> None:
            index = stack.index()
            if undone and index < stack.count() and stack.command(index) is self:
                self._performed = True
                stack.redo()
            elif not undone and index > 0 and stack.command(index - 1) is self:
                self._reverted = True
                stack.undo()

        QTimer.singleShot(0, stack, move_back)


class ConnectionDown(Exception):
    """The server workspace cannot be reached now: changes are refused until it is back."""

    def __init__(self, problem: str) -> None:
        super().__init__(
            f"The connection to the server is lost ({problem}), so this change was not saved. "
            "Rapport reconnects by itself: make it again once the status bar says the server "
            "is back."
        )


def connection_lost(exc: BaseException) -> bool:
    """A server workspace's connection failed under the change (not the change refused)."""
    if isinstance(exc, ConnectionDown):
        return True
    from persistence.team.change_feed import is_connection_lost

    return is_connection_lost(exc)


def user_message(exc: BaseException) -> str:
    from persistence.workspace import WorkspaceError  # loaded by then; kept off the start path

    if isinstance(exc, DomainError | WorkspaceError | ConnectionDown):
        return str(exc)
    if connection_lost(exc):
        return str(ConnectionDown("it did not answer"))
    return f"Something went wrong: {exc}"


def push(ctx: AppContext, command: UseCaseCommand) -> bool:
    """Perform ``command`` and put it on the undo stack; report and return False if refused
    (also while a server workspace's connection is lost: ``ctx.connection_problem``)."""
    try:
        if ctx.connection_problem is not None:
            raise ConnectionDown(ctx.connection_problem)
        command.perform()
    except ConcurrentChangeError as conflict:
        # Someone else changed it since the user saw it: they choose (ui/undo/conflict.py).
        from ui.undo.conflict import offer_choice

        offer_choice(ctx, command, conflict)
        return False
    except Exception as exc:
        if connection_lost(exc):
            ctx.live.check_now()
        ctx.report(user_message(exc))
        return False
    command._performed = True
    ctx.undo_stack.push(command)
    ctx.announce(*command.topics)
    return True
