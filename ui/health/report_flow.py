"""File ▸ Reports ▸ Relationship Health Report…: choose a quarter, then save the report as PDF,
save its table as CSV or Excel, or preview and print it.

The report is computed off the GUI thread (the one background helper); the file is written on
the GUI thread through the one save rule (ui.file_saving), so a workspace is never written over,
an existing file only after the user agreed, and a folder that cannot be written is said so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.clock import local_today
from domain.rules.quarters import Quarter
from domain.usecases.health_report import HealthReport, health_report
from ui.app_context import AppContext
from ui.attention.settings import load_settings
from ui.background import run_in_background
from ui.file_saving import ask_save_path, warn
from ui.plain_text import make_plain
from ui.translation import tr

#: How many quarters back the dialog offers.
QUARTERS_OFFERED = 8


class HealthReportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthReportDialog")
        self.setWindowTitle(tr("Relationship Health Report"))
        self.ctx = ctx
        self.report: HealthReport | None = None
        self.written: Path | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.quarter = QComboBox()
        self.quarter.setObjectName("reportQuarter")
        current = Quarter.of(local_today())
        for back in range(QUARTERS_OFFERED):
            quarter = current
            for _ in range(back):
                quarter = quarter.previous
            note = " (in progress)" if back == 0 else ""
            self.quarter.addItem(f"{quarter.label}{note}", str(quarter))
        about = QLabel(
            tr(
                "Per business unit: grade and its change since the quarter before, maturity, "
                "relationships at risk and top concerns, graded by this workspace's grading."
            )
        )
        about.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("mutedLabel")
        make_plain(self.status)
        self.pdf_button = QPushButton(tr("Save PDF…"), objectName="saveReportPdf")
        self.table_button = QPushButton(tr("Save Table…"), objectName="saveReportTable")
        self.table_button.setToolTip(tr("One row per business unit, as Excel (.xlsx) or CSV"))
        self.print_button = QPushButton(tr("Print Preview…"), objectName="printReport")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.pdf_button, self.table_button, self.print_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(lambda: self._with_report(self.save_pdf))
        self.table_button.clicked.connect(lambda: self._with_report(self.save_table))
        self.print_button.clicked.connect(lambda: self._with_report(self.print_preview))
        form = QFormLayout()
        form.addRow(tr("&Quarter"), self.quarter)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def chosen_quarter(self) -> Quarter:
        return Quarter.parse(str(self.quarter.currentData()))

    def _with_report(self, then: Callable[[HealthReport], None]) -> None:
        quarter = self.chosen_quarter()
        if self.report is not None and self.report.quarter == quarter:
            then(self.report)
            return
        uow, attention, today = self.ctx.uow(), load_settings(), local_today()

        def job(progress: object) -> HealthReport:
            return health_report(uow, quarter, today, attention)

        def done(report: HealthReport) -> None:
            self.report = report
            then(report)

        def failed(error: BaseException) -> None:
            warn(self, "No report", f"The report could not be made: {error}")

        self.status.setText(tr("Grading {label}…").format(label=quarter.label))
        self.task = run_in_background(
            self, "Grading relationships…", job, on_done=done, on_error=failed
        )

    def _folder(self) -> Path:
        return Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )

    def save_pdf(self, report: HealthReport) -> None:
        from ui.printing.health_report_renderer import suggested_file_name, write_report_pdf
        from ui.printing.printers import default_paper

        path = ask_save_path(
            self,
            "Save Relationship Health Report",
            self._folder() / suggested_file_name(report),
            "PDF (*.pdf)",
            ".pdf",
            protect=[self.ctx.workspace.path],
        )
        if path is not None:
            self._write(path, lambda: write_report_pdf(report, path, default_paper().size))

    def save_table(self, report: HealthReport) -> None:
        from persistence.exchange.health_report_table import write_report_table
        from ui.printing.health_report_renderer import suggested_file_name

        path = ask_save_path(
            self,
            "Save Relationship Health Table",
            self._folder() / suggested_file_name(report, ".xlsx"),
            "Excel workbook (*.xlsx);;CSV (*.csv)",
            "",
            protect=[self.ctx.workspace.path],
        )
        if path is None:
            return
        if path.suffix.casefold() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + ".xlsx")
        self._write(
            path,
            lambda: write_report_table(
                report, path, replace=True, protect=[self.ctx.workspace.path]
            ),
        )

    def _write(self, path: Path, write: Callable[[], object]) -> None:
        from persistence.workspace import WorkspaceError

        try:
            write()
        except WorkspaceError as exc:
            self.status.setText(tr("Not saved."))
            warn(self, "Not saved", f"{path}\n\n{exc}")
            return
        self.written = path
        self.status.setText(tr("Saved {name}.").format(name=path.name))

    def print_preview(self, report: HealthReport) -> None:
        from ui.printing.health_report_renderer import document_title, render
        from ui.printing.printers import default_paper, put_paper

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        put_paper(printer, default_paper().size)
        printer.setDocName(document_title(report))
        preview = QPrintPreviewDialog(printer, self)
        preview.setObjectName("healthReportPreview")
        preview.paintRequested.connect(lambda device: render(report, device))
        self.preview = preview
        self.status.setText("")
        preview.open()


def open_report_dialog(ctx: AppContext, parent: QWidget) -> HealthReportDialog | None:
    if not ctx.has_workspace:
        return None
    dialog = HealthReportDialog(ctx, parent)
    dialog.open()
    return dialog
