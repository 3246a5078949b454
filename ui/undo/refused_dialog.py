"""A dialog whose change was refused comes back with what the user typed in it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def reopen_after_refusal(dialog: QDialog, parent: QWidget) -> None:
    """Open ``dialog`` again, as the user left it, once they have read why its change was
    refused (the error box ``ctx.report`` showed; at once if none is open). A change refused
    while a server workspace is out of reach is so not lost: OK tries again."""
    boxes = [
        box for box in parent.window().findChildren(QMessageBox, "errorBox") if box.isVisible()
    ]
    if not boxes:
        dialog.open()
        return
    box = boxes[-1]

    def again() -> None:
        box.finished.disconnect(again)
        dialog.open()

    box.finished.connect(again)
