"""When a workspace cannot be opened for editing: who has it open, or why it cannot be written,
said in plain words, with what the user can do about it right there.

- Open elsewhere (its lock): "Rapport.rapport is open on LAPTOP-7 by anna since 08:28", with
  **Open Read-Only** and **Take Over…** (which asks first whether that copy is really closed).
- Not writable (a read-only file, folder or medium, or a disk too full for the lock): why, with
  **Open Read-Only**.

Each choice calls back into the workspace menu, which opens the file as chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from persistence.workspace import LockHolder, NotWritableError, WorkspaceLockedError
from ui.plain_text import message_box
from ui.translation import tr

#: Opens ``path`` read-only.
OpenReadOnly = Callable[[Path], object]
#: Opens ``path`` taking over the lock of the holder the user confirmed is gone.
TakeOver = Callable[[Path, LockHolder], object]


def ask_about_lock(
    parent: QWidget,
    path: Path,
    error: WorkspaceLockedError,
    open_read_only: OpenReadOnly,
    take_over: TakeOver,
) -> QMessageBox:
    """The workspace is open in another Rapport: say who has it, offer read-only or taking over."""
    holder = error.holder
    box = message_box(
        QMessageBox.Icon.Warning,
        tr("Workspace in use"),
        tr(
            "{name} is open {describe}.\n\nClose Rapport there, then open "
            "the workspace again here. Meanwhile you can open it "
            "read-only: you see everything but can change nothing.\n\nIf "
            "Rapport is surely closed there (it crashed, or that computer "
            "is off), you can take the workspace over."
        ).format(name=path.name, describe=holder.describe()),
        parent,
        QMessageBox.StandardButton.Cancel,
        object_name="workspaceInUseBox",
    )
    read_only = box.addButton(tr("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("openReadOnlyButton")
    take = box.addButton(tr("&Take Over…"), QMessageBox.ButtonRole.DestructiveRole)
    take.setObjectName("takeOverButton")
    box.setDefaultButton(read_only)

    def chosen() -> None:
        if box.clickedButton() is read_only:
            open_read_only(path)
        elif box.clickedButton() is take:
            confirm_take_over(parent, path, holder, take_over)

    box.finished.connect(lambda _result: chosen())
    box.open()
    return box


def confirm_take_over(
    parent: QWidget, path: Path, holder: LockHolder, take_over: TakeOver
) -> QMessageBox:
    """Take over only once the user confirmed that the other copy is closed."""
    box = message_box(
        QMessageBox.Icon.Question,
        tr("Take over the workspace?"),
        tr(
            "Is Rapport closed on {host}?\n\nTake over {name} only if the "
            "Rapport that {user} opened it in ({describe}) is no longer "
            "running: it crashed, or that computer is off. If it is still "
            "open there, both copies would change the workspace at once "
            "and changes could be lost."
        ).format(host=holder.host, name=path.name, user=holder.user, describe=holder.describe()),
        parent,
        QMessageBox.StandardButton.Cancel,
        object_name="confirmTakeOverBox",
    )
    confirm = box.addButton(tr("It Is Closed — &Take Over"), QMessageBox.ButtonRole.DestructiveRole)
    confirm.setObjectName("confirmTakeOverButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def chosen() -> None:
        if box.clickedButton() is confirm:
            take_over(path, holder)

    box.finished.connect(lambda _result: chosen())
    box.open()
    return box


def offer_read_only(
    parent: QWidget, path: Path, error: NotWritableError, open_read_only: OpenReadOnly
) -> QMessageBox:
    """The workspace cannot be written: say why, and offer to open it read-only."""
    box = message_box(
        QMessageBox.Icon.Warning,
        tr("Could not open the workspace for editing"),
        f"{path}\n\n{error}",
        parent,
        QMessageBox.StandardButton.Cancel,
        object_name="workspaceNotWritableBox",
    )
    read_only = box.addButton(tr("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("openReadOnlyButton")
    box.setDefaultButton(read_only)
    box.finished.connect(lambda _result: box.clickedButton() is read_only and open_read_only(path))
    box.open()
    return box
