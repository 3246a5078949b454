"""The computer's printers as Qt sees them (through CUPS on Linux and macOS), the paper to start
with, and printing prep sheets on a named printer without a window (the command line).

    default_paper()                       # Letter or A4, and why (default printer, else locale)
    print_sheets(sheets, "OfficeLaser", copies=2, duplex=True)

Qt hands a finished job to CUPS but does not say when CUPS refuses it; where libcups can be
loaded, its last error is read right after the job is handed over, so a refused job is reported.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from domain.usecases.prep_sheet import PrepSheet
from ui.printing.prep_sheet_renderer import PageSize, render

#: Where US Letter is the usual paper (the rest of the world uses A4).
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.PuertoRico,
        QLocale.Country.Guatemala,
        QLocale.Country.CostaRica,
    }
)
#: Copies one job may ask for.
MAX_COPIES = 99


class PrintError(Exception):
    """A job that could not be printed; the message says why, for a person."""


@dataclass(frozen=True, slots=True)
class PaperChoice:
    size: PageSize
    #: Why this paper: "the default printer (OfficeLaser) uses it", "usual in Germany".
    reason: str


def page_size_of(size: QPageSize) -> PageSize | None:
    """A4 or Letter if ``size`` is one of them (by id, else by its size in points)."""
    if size.id() == QPageSize.PageSizeId.Letter:
        return PageSize.LETTER
    if size.id() == QPageSize.PageSizeId.A4:
        return PageSize.A4
    points = size.sizePoints()
    for candidate in PageSize:
        want = candidate.qt.sizePoints()
        if abs(points.width() - want.width()) <= 2 and abs(points.height() - want.height()) <= 2:
            return candidate
    return None


def locale_territory() -> QLocale.Country:
    """The territory whose paper the user expects: LC_ALL, then LC_PAPER, then LANG (as the C
    library reads them), else the system locale."""
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(variable, "").split(".")[0].split("@")[0]
        if value and value not in ("C", "POSIX"):
            territory = QLocale(value).territory()
            if territory != QLocale.Country.AnyTerritory:
                return territory
    return QLocale.system().territory()


def locale_paper() -> PaperChoice:
    territory = locale_territory()
    name = QLocale.territoryToString(territory)
    if territory in LETTER_TERRITORIES:
        return PaperChoice(PageSize.LETTER, f"the usual paper in {name}")
    if territory == QLocale.Country.AnyTerritory:
        return PaperChoice(PageSize.A4, "the usual paper outside North America")
    return PaperChoice(PageSize.A4, f"the usual paper in {name}")


def default_paper() -> PaperChoice:
    """The default printer's paper when it is A4 or Letter, else the locale's."""
    printer = QPrinterInfo.defaultPrinter()
    if not printer.isNull():
        size = page_size_of(printer.defaultPageSize())
        if size is not None:
            return PaperChoice(size, f"the paper of the default printer, {printer.printerName()}")
    return locale_paper()


def printer_paper(printer: QPrinterInfo) -> PaperChoice:
    size = page_size_of(printer.defaultPageSize())
    if size is not None:
        return PaperChoice(size, f"the paper of {printer.printerName()}")
    return locale_paper()


def describe_printers() -> list[str]:
    """One line per printer: name, default mark, paper, two-sided or not."""
    lines = []
    for info in QPrinterInfo.availablePrinters():
        size = page_size_of(info.defaultPageSize())
        paper = size.value if size else info.defaultPageSize().name()
        sides = (
            "two-sided"
            if QPrinter.DuplexMode.DuplexLongSide in info.supportedDuplexModes()
            else "one-sided"
        )
        mark = "  (default)" if info.isDefault() else ""
        about = (
            f"  — {info.description()}"
            if info.description() not in ("", info.printerName())
            else ""
        )
        lines.append(f"{info.printerName()}{mark}  {paper}, {sides}{about}")
    return lines


def no_printers_message() -> str:
    if sys.platform.startswith("linux") and _cups() is None:
        return (
            "no print system: Rapport prints through CUPS and its library (libcups2) is not "
            "installed (Debian/Ubuntu: apt-get install libcups2). Use --out FILE.pdf meanwhile."
        )
    if sys.platform == "win32":
        return "no printers are installed (add one under Settings › Printers & scanners)"
    return (
        "no printers: the print system (CUPS) has none set up, or is not running "
        "(`lpstat -r` says which). Use --out FILE.pdf meanwhile."
    )


def put_paper(printer: QPrinter, paper: PageSize) -> bool:
    """Set the printer's paper, upright, placed by the paper's corner (the renderer keeps the
    printable area itself); False if the printer has no such paper."""
    printer.setFullPage(True)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer.setPageSize(paper.qt)


@dataclass(frozen=True, slots=True)
class PrintedJob:
    printer: str
    size: PageSize
    sides: int
    copies: int
    duplex: bool


def find_printer(name: str) -> QPrinterInfo:
    """The printer called ``name`` (case as typed, else ignoring case); PrintError if none."""
    names = QPrinterInfo.availablePrinterNames()
    if not names:
        raise PrintError(no_printers_message())
    if name not in names:
        same = [n for n in names if n.casefold() == name.strip().casefold()]
        if len(same) != 1:
            listed = ", ".join(sorted(names))
            raise PrintError(f"no printer is called “{name}”; the printers are: {listed}")
        name = same[0]
    return QPrinterInfo.printerInfo(name)


def print_sheets(
    sheets: Sequence[PrepSheet],
    printer_name: str,
    size: PageSize | None = None,
    *,
    copies: int = 1,
    duplex: bool = False,
    title: str = "Rapport prep sheet",
) -> PrintedJob:
    """Print the sheets on a printer, inside its printable area; raises PrintError if refused."""
    if not 1 <= copies <= MAX_COPIES:
        raise PrintError(f"copies must be between 1 and {MAX_COPIES}")
    info = find_printer(printer_name)
    paper = size or printer_paper(info).size
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    if not put_paper(printer, paper):
        raise PrintError(f"{info.printerName()} cannot print on {paper.value} paper")
    printer.setCopyCount(copies)
    printer.setDuplex(
        QPrinter.DuplexMode.DuplexLongSide if duplex else QPrinter.DuplexMode.DuplexNone
    )
    printer.setDocName(title)
    if printer.pageLayout().fullRectPoints().size() != QSizeF(paper.qt.sizePoints()):
        raise PrintError(f"{info.printerName()} does not take {paper.value} paper")
    sides = render(sheets, printer, duplex=duplex)
    refused = cups_error()
    if refused:
        raise PrintError(f"{info.printerName()} did not take the job: {refused}")
    return PrintedJob(info.printerName(), paper, sides, copies, duplex)


_libcups: ctypes.CDLL | bool | None = False


def _cups() -> ctypes.CDLL | None:
    """libcups, the same library Qt loads (None where there is none, as on Windows)."""
    global _libcups
    if _libcups is False:
        _libcups = None
        candidates = [ctypes.util.find_library("cups"), "libcups.so.2", "libcups.2.dylib"]
        for candidate in candidates:
            if not candidate:
                continue
            try:
                _libcups = ctypes.CDLL(candidate)
            except OSError:
                continue
            _libcups.cupsLastErrorString.restype = ctypes.c_char_p
            break
    return _libcups or None


def cups_error() -> str | None:
    """CUPS's last error on this thread (the job Qt just handed over), or None if all went well."""
    cups = _cups()
    if cups is None:
        return None
    status = cups.cupsLastError()
    if status < 0x0400:  # IPP "successful" and "informational" codes
        return None
    message = cups.cupsLastErrorString() or b""
    return message.decode("utf-8", "replace") or f"CUPS error {status:#06x}"
