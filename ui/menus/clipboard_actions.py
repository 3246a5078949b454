"""Edit ▸ Cut, Copy, Paste and Select All, acting on whatever has the keyboard focus.

Text fields do their own; a table or list copies its selected rows as tab-separated text (paste
straight into a spreadsheet).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_TEXT = (QLineEdit, QTextEdit, QPlainTextEdit)


def _editor(widget: QWidget | None) -> QWidget | None:
    """The text editor behind ``widget`` (an editable combo box or spin box has one inside)."""
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return widget


def _read_only(widget: QWidget) -> bool:
    return bool(widget.isReadOnly()) if isinstance(widget, _TEXT) else True


def rows_as_text(view: QAbstractItemView) -> str:
    """The selected cells of ``view`` by row, cells separated by tabs (hidden columns left out)."""
    model = view.model()
    indexes = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if not indexes and view.currentIndex().isValid():
        indexes = [view.currentIndex()]
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    rows: dict[tuple[int, int], dict[int, str]] = {}
    for index in indexes:
        if header is not None and header().isSectionHidden(index.column()):
            continue
        key = (index.parent().row(), index.row())
        text = index.data(Qt.ItemDataRole.DisplayRole)
        rows.setdefault(key, {})[index.column()] = "" if text is None else str(text)
    lines = []
    for key in sorted(rows):
        cells = rows[key]
        lines.append("\t".join(cells[c] for c in sorted(cells)))
    del model
    return "\n".join(lines)


class ClipboardActions(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.cut = self._make("Cu&t", QKeySequence.StandardKey.Cut, self._cut)
        self.copy = self._make("&Copy", QKeySequence.StandardKey.Copy, self._copy)
        self.paste = self._make("&Paste", QKeySequence.StandardKey.Paste, self._paste)
        self.select_all = self._make(
            "Select &All", QKeySequence.StandardKey.SelectAll, self._select_all
        )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.update_enabled()

    def _make(self, text: str, key: QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.update_enabled()

    @staticmethod
    def focused() -> QWidget | None:
        return _editor(QApplication.focusWidget())

    def update_enabled(self) -> None:
        widget = self.focused()
        text = isinstance(widget, _TEXT)
        writable = text and not _read_only(widget)  # type: ignore[arg-type]
        table = isinstance(widget, QAbstractItemView)
        self.cut.setEnabled(writable)
        self.copy.setEnabled(text or table)
        self.paste.setEnabled(writable)
        self.select_all.setEnabled(text or table)

    # The focused widget is looked up when the command runs: opening the menu takes no focus.
    def _cut(self) -> None:
        widget = self.focused()
        if isinstance(widget, _TEXT) and not _read_only(widget):
            widget.cut()

    def _copy(self) -> None:
        widget = self.focused()
        if isinstance(widget, _TEXT):
            widget.copy()
        elif isinstance(widget, QAbstractItemView):
            text = rows_as_text(widget)
            if text:
                QGuiApplication.clipboard().setText(text)

    def _paste(self) -> None:
        widget = self.focused()
        if isinstance(widget, _TEXT) and not _read_only(widget):
            widget.paste()

    def _select_all(self) -> None:
        widget = self.focused()
        if isinstance(widget, (*_TEXT, QAbstractItemView)):
            widget.selectAll()
