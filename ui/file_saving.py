"""The dialog side of writing a file the user asked for (exports, copies, PDFs): ONE helper.

:func:`ask_save_path` shows the save dialog, adds the suffix, then applies the rule of
``persistence.output_files.check_output_target``: a workspace (the open one or any other) is
refused with a message, and an existing file is replaced only after the user agreed (our own
question, asked about the name with its suffix, so the dialog's own overwrite question is off).
:func:`save_file` writes through ``QSaveFile``: the file appears whole or the old one stays.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from persistence.errors import OutputExistsError, OutputWriteError, WorkspaceError
from persistence.output_files import check_output_target
from ui.translation import tr


def ask_save_path(
    parent: QWidget | None,
    title: str,
    suggested: Path | str,
    file_filter: str,
    suffix: str,
    *,
    protect: Iterable[Path | None] = (),
) -> Path | None:
    """Where to write (``suffix`` like ".pdf" added when missing), or None if the user cancelled,
    declined to replace a file, or chose a file that may not be written (they were told why)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        file_filter,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    path = Path(name)
    if suffix and path.suffix.casefold() != suffix.casefold():
        path = path.with_name(path.name + suffix)
    protected = list(protect)
    try:
        return check_output_target(path, protect=protected)
    except OutputExistsError:
        if not confirm_replace(parent, path):
            return None
    except WorkspaceError as refused:
        warn(parent, "Not saved", f"{path}\n\n{refused}")
        return None
    try:  # agreed to replace: the rest of the rule still holds
        return check_output_target(path, replace=True, protect=protected)
    except WorkspaceError as refused:
        warn(parent, "Not saved", f"{path}\n\n{refused}")
        return None


def confirm_replace(parent: QWidget | None, path: Path) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Replace the file?",
        f"{path.name} exists already in {path.parent}.\n\nReplace it?",
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("replaceFileBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    replace = box.addButton(tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is replace


def save_file(path: Path, write: Callable[[QIODevice], None]) -> None:
    """Let ``write`` fill ``path`` through a QSaveFile: committed whole, or nothing changes.

    Refuses a workspace whatever the caller checked before. Raises OutputWriteError (with the
    reason in words) when the file cannot be written, and whatever ``write`` raises.
    """
    check_output_target(path, replace=True)
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OutputWriteError(f"{path.name} could not be written ({file.errorString()}).")
    try:
        write(file)
    except BaseException:
        file.cancelWriting()
        file.commit()  # discards the temporary file
        raise
    if not file.commit():
        raise OutputWriteError(
            f"{path.name} could not be written ({file.errorString()}). Nothing was replaced: "
            "free some space or choose a folder you can write to, then try again."
        )


def save_bytes(path: Path, data: bytes) -> None:
    """:func:`save_file` for content already in memory (an image, CSV text)."""

    def write(device: QIODevice) -> None:
        if device.write(data) != len(data):
            raise OutputWriteError(f"{path.name} could not be written ({device.errorString()}).")

    save_file(path, write)


def warn(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("fileNotSavedBox")
    box.open()
