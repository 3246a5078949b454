"""Print preview of prep sheets, printing, and saving them as PDF from the window.

The preview paints with the same renderer as the PDF, on the printer chosen in the dialog (its
page setup switches between A4 and US Letter). "Save as PDF…" sits on the preview's toolbar.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from domain.usecases.prep_sheet import PrepSheet
from ui.printing.prep_sheet_renderer import PageSize, page_layout, render, write_pdf


def page_size_of(printer: QPrinter) -> PageSize:
    ident = printer.pageLayout().pageSize().id()
    return PageSize.LETTER if ident == QPageSize.PageSizeId.Letter else PageSize.A4


def default_page_size() -> PageSize:
    """Letter where the system's default paper is Letter (North America), A4 elsewhere."""
    printer = QPrinter()
    return page_size_of(printer)


def suggested_name(sheets: Sequence[PrepSheet]) -> str:
    if len(sheets) == 1:
        stem = sheets[0].title
        stem = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in stem)
        stem = "-".join(stem.split())[:60] or "meeting"
        return f"prep-sheet-{stem}.pdf"
    start = sheets[0].start.astimezone()
    return f"prep-sheets-{start:%Y-%m-%d}.pdf"


class PrepSheetPreview(QPrintPreviewDialog):
    def __init__(
        self, sheets: Sequence[PrepSheet], size: PageSize, parent: QWidget | None = None
    ) -> None:
        self._paper = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._paper.setPageLayout(page_layout(size))
        self._paper.setFullPage(True)
        self._paper.setDocName(suggested_name(sheets).removesuffix(".pdf"))
        super().__init__(self._paper, parent)
        self.setObjectName("prepSheetPreview")
        self.sheets = list(sheets)
        self.pages_painted = 0
        title = sheets[0].title if len(sheets) == 1 else f"{len(sheets)} meetings"
        self.setWindowTitle(f"Prep sheet — {title}")
        self.resize(900, 1000)
        self.paintRequested.connect(self._paint)
        self.save_action = QAction("Save as PDF…", self)
        self.save_action.setObjectName("savePdfAction")
        self.save_action.setToolTip("Save these sheets as a PDF file")
        self.save_action.triggered.connect(self.save_pdf)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.save_action)

    def _paint(self, printer: QPrinter) -> None:
        printer.setFullPage(True)
        self.pages_painted = render(self.sheets, printer)

    def save_pdf(self) -> None:
        save_pdf_dialog(self, self.sheets, page_size_of(self._paper))


def save_pdf_dialog(parent: QWidget, sheets: Sequence[PrepSheet], size: PageSize) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getSaveFileName(
        parent, "Save prep sheet as PDF", str(Path(folder) / suggested_name(sheets)), "PDF (*.pdf)"
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.casefold() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        write_pdf(sheets, path, size)
    except OSError as exc:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "The PDF was not saved",
            f"{path}\n\n{exc}",
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        return None
    return path
