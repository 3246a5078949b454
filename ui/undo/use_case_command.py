"""The base of Rapport's undo commands and the one way to push them.

A command is performed once *before* it goes on the stack (so a refused change never becomes an undo
step), then QUndoStack's first ``redo()`` call is skipped. Later redo/undo failures (a full disk, a
deleted record) are reported to the user instead of escaping into Qt.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from domain.errors import DomainError
from ui.app_context import AppContext, Topic


class UseCaseCommand(QUndoCommand):
    #: What the command touches; announced after every do/undo.
    topics: tuple[Topic, ...] = ()

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._performed = False

    # Subclasses implement these two.
    def perform(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._performed:
            self._performed = False  # the first redo() comes from push(): already done
            return
        self._guarded(self.perform)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except Exception as exc:
            self.ctx.report(user_message(exc))
        finally:
            self.ctx.announce(*self.topics)


def user_message(exc: BaseException) -> str:
    from persistence.workspace import WorkspaceError  # loaded by then; kept off the start path

    if isinstance(exc, DomainError | WorkspaceError):
        return str(exc)
    return f"Something went wrong: {exc}"


def push(ctx: AppContext, command: UseCaseCommand) -> bool:
    """Perform ``command`` and put it on the undo stack; report and return False if refused."""
    try:
        command.perform()
    except Exception as exc:
        ctx.report(user_message(exc))
        return False
    command._performed = True
    ctx.undo_stack.push(command)
    ctx.announce(*command.topics)
    return True
