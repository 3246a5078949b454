"""Print preview of prep sheets, printing, and saving them as PDF from the window.

The preview paints with the same renderer as the PDF, on the printer chosen in the dialog (its
page setup switches between A4 and US Letter). "Save as PDF…" sits on the preview's toolbar.

What is previewed is what prints: Qt's print dialog sets the printer's paper back to the
printer's own default when it is accepted (a Letter preview printed on A4), so the preview's
Print button opens the dialog itself and puts the previewed paper back before printing. The paper
is changed in the preview's own page setup, which redraws the preview. The dialog's two-sided
setting is kept: each meeting then starts on a front side.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QLabel, QToolBar, QWidget

from domain.usecases.prep_sheet import PrepSheet
from ui.file_saving import ask_save_path, warn
from ui.printing import printers
from ui.printing.prep_sheet_renderer import PageSize, page_layout, render, write_pdf
from ui.translation import tr


def page_size_of(printer: QPrinter) -> PageSize:
    return printers.page_size_of(printer.pageLayout().pageSize()) or PageSize.A4


def default_page_size() -> PageSize:
    """The default printer's paper, else Letter in North America and A4 elsewhere."""
    return printers.default_paper().size


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
        self,
        sheets: Sequence[PrepSheet],
        size: PageSize,
        parent: QWidget | None = None,
        *,
        paper_note: str = "",
    ) -> None:
        self._paper = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not printers.put_paper(self._paper, size):  # the default printer has no such paper
            self._paper.setPageLayout(page_layout(size))
        self._paper.setDocName(suggested_name(sheets).removesuffix(".pdf"))
        super().__init__(self._paper, parent)
        self.setObjectName("prepSheetPreview")
        self.sheets = list(sheets)
        self.pages_painted = 0
        #: The paper the preview shows (and the printer gets).
        self.size = size
        #: What the last print job was: its paper, sides and whether two-sided.
        self.printed: tuple[PageSize, int, bool] | None = None
        self.print_dialog: QPrintDialog | None = None
        title = sheets[0].title if len(sheets) == 1 else f"{len(sheets)} meetings"
        self.setWindowTitle(tr("Prep sheet — {title}").format(title=title))
        self.resize(900, 1000)
        self.paintRequested.connect(self._paint)
        self.save_action = QAction(tr("Save as PDF…"), self)
        self.save_action.setObjectName("savePdfAction")
        self.save_action.setToolTip(tr("Save these sheets as a PDF file"))
        self.save_action.triggered.connect(self.save_pdf)
        self.paper_label = QLabel()
        self.paper_label.setObjectName("previewPaper")
        self.paper_label.setTextFormat(Qt.TextFormat.PlainText)
        self._paper_note = paper_note
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            self.print_action = self._take_over_print(toolbar)
            toolbar.addSeparator()
            toolbar.addAction(self.save_action)
            toolbar.addWidget(self.paper_label)
        self._show_paper()

    def _take_over_print(self, toolbar: QToolBar) -> QAction | None:
        """The toolbar's Print button, re-wired to :meth:`print_sheets`."""
        for action in toolbar.actions():
            if action.text().replace("&", "") == "Print":
                action.triggered.disconnect()
                action.triggered.connect(self.print_sheets)
                return action
        return None

    def _show_paper(self) -> None:
        note = f" — {self._paper_note}" if self._paper_note else ""
        self.paper_label.setText(
            tr("  Paper: {value}{note}  ").format(value=self.size.value, note=note)
        )

    def _paint(self, printer: QPrinter) -> None:
        printer.setFullPage(True)
        shown = page_size_of(printer)
        if shown is not self.size:  # changed in the preview's page setup
            self.size, self._paper_note = shown, "chosen in page setup"
            self._show_paper()
        duplex = printer.duplex() != QPrinter.DuplexMode.DuplexNone
        self.pages_painted = render(self.sheets, printer, duplex=duplex)

    def print_sheets(self) -> None:
        """Ask where to print, then print the previewed paper (whatever the dialog reset)."""
        dialog = QPrintDialog(self._paper, self)
        dialog.setWindowTitle(tr("Print prep sheets"))
        self.print_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not printers.put_paper(self._paper, self.size):
            # The printer chosen has no such paper: print on its own, and say so.
            self.size = page_size_of(self._paper)
            self._paper_note = "the only paper of this printer"
            self._show_paper()
        widget = self.findChild(QPrintPreviewWidget)
        if widget is not None:
            widget.print_()
        else:
            self._paint(self._paper)
        duplex = self._paper.duplex() != QPrinter.DuplexMode.DuplexNone
        self.printed = (self.size, self.pages_painted, duplex)
        self.accept()

    def save_pdf(self) -> None:
        save_pdf_dialog(self, self.sheets, self.size)


def save_pdf_dialog(
    parent: QWidget,
    sheets: Sequence[PrepSheet],
    size: PageSize,
    protect: Sequence[Path | None] = (),
) -> Path | None:
    """Ask where (never over a workspace; ``protect``: the open one), then write the PDF."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = ask_save_path(
        parent,
        "Save prep sheet as PDF",
        Path(folder) / suggested_name(sheets),
        "PDF (*.pdf)",
        ".pdf",
        protect=protect,
    )
    if path is None:
        return None
    try:
        write_pdf(sheets, path, size)
    except OSError as exc:  # OutputWriteError among them, saying why
        warn(parent, "The PDF was not saved", f"{path}\n\n{exc}")
        return None
    return path
