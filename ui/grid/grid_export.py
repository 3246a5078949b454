"""Export the map as shown (filters, search, the day replayed, trails) to PNG, SVG, PDF or paper.

Every format is drawn by :func:`paint_sheet`: a title, what is shown, the grid, and the legend.
Markers are drawn as vectors (no pixmap cache) and with their names when the map is not crowded.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QIODevice, QMarginsF, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QWidget

from ui.file_saving import save_file
from ui.grid.export_sheet import Sheet, drawn_for_export, paint_sheet, sheet_size
from ui.grid.grid_scene import GridScene
from ui.translation import tr

__all__ = ["Sheet", "export_pdf", "export_png", "export_svg", "print_map", "print_to"]


def export_png(scene: GridScene, sheet: Sheet, path: Path, width: int = 2400) -> None:
    size = sheet_size(scene, width)
    margin = round(width * 0.03)
    image = QImage(
        size.width() + 2 * margin, size.height() + 2 * margin, QImage.Format.Format_ARGB32
    )
    image.setDotsPerMeterX(round(300 / 0.0254))
    image.setDotsPerMeterY(round(300 / 0.0254))
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    with drawn_for_export(scene) as paper:
        paint_sheet(painter, QRectF(margin, margin, size.width(), size.height()), paper, sheet)
    painter.end()

    def write(device: QIODevice) -> None:
        # The stubs ask for bytes, but PySide takes (only) a str for the format.
        if not image.save(device, "PNG"):  # type: ignore[call-overload]
            raise OSError(f"Could not write {path}.")

    save_file(path, write)


def export_svg(scene: GridScene, sheet: Sheet, path: Path, width: int = 1200) -> None:
    from PySide6.QtSvg import QSvgGenerator

    size = sheet_size(scene, width)
    margin = round(width * 0.03)
    full = QSize(size.width() + 2 * margin, size.height() + 2 * margin)

    def write(device: QIODevice) -> None:
        generator = QSvgGenerator()
        generator.setOutputDevice(device)
        generator.setSize(full)
        generator.setViewBox(QRect(0, 0, full.width(), full.height()))
        generator.setTitle(sheet.title)
        generator.setDescription(
            f"Power/interest map exported by Rapport. {sheet.subtitle}".strip()
        )
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(f"Could not write {path}.")
        painter.fillRect(QRectF(0, 0, full.width(), full.height()), QColor("#FFFFFF"))
        with drawn_for_export(scene) as paper:
            paint_sheet(painter, QRectF(margin, margin, size.width(), size.height()), paper, sheet)
        painter.end()

    save_file(path, write)


def export_pdf(scene: GridScene, sheet: Sheet, path: Path) -> None:
    save_file(path, lambda device: _paint_pdf(scene, sheet, path, device))


def _paint_pdf(scene: GridScene, sheet: Sheet, path: Path, device: QIODevice) -> None:
    writer = QPdfWriter(device)
    writer.setTitle(sheet.title)
    writer.setCreator("Rapport")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Could not write {path}.")
    page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    with drawn_for_export(scene) as paper:
        paint_sheet(painter, QRectF(0, 0, page.width(), page.height()), paper, sheet)
    painter.end()
    del writer  # finishes the document on the device


def print_map(scene: GridScene, sheet: Sheet, parent: QWidget | None = None) -> bool:
    """Ask for a printer and print; False when the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setDocName(sheet.title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print Map"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_to(printer, scene, sheet)
    return True


def print_to(printer: object, scene: GridScene, sheet: Sheet) -> None:
    """Paint onto a configured QPrinter (separate from the dialog, so it can be tested)."""
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    with drawn_for_export(scene) as paper:
        paint_sheet(painter, QRectF(0, 0, page.width(), page.height()), paper, sheet)
    painter.end()
