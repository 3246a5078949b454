"""Exporting a chart: PNG and SVG images, and CSV of exactly the data plotted.

No matplotlib here: the canvas writes images; this module writes CSV and offers the menu.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from persistence.exchange.spreadsheet_safety import write_csv as write_guarded_csv
from ui.file_saving import ask_save_path, warn
from ui.translation import tr


@dataclass(slots=True)
class PlottedSeries:
    """One plotted series as the user sees it: a name and dated values (or events with no value)."""

    name: str
    at: list[datetime] = field(default_factory=list)
    values: list[float | None] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def append(self, at: datetime, value: float | None, note: str = "") -> None:
        self.at.append(at)
        self.values.append(value)
        self.notes.append(note)


def write_csv(path: Path, series: Sequence[PlottedSeries]) -> None:
    """Long format, one row per plotted point: series, date (local, ISO 8601), value, note.

    Every text cell goes through persistence's spreadsheet guard (names and notes starting like a
    formula are never run); values stay numbers."""
    write_guarded_csv(
        path,
        ["series", "date", "value", "note"],
        (
            [one.name, at.astimezone().isoformat(timespec="minutes"), _number(value), note]
            for one in series
            for at, value, note in zip(one.at, one.values, one.notes, strict=True)
        ),
    )


def _number(value: float | None) -> float | int | None:
    """Whole values written as 7, not 7.0, as the chart shows them."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def safe_file_name(title: str) -> str:
    cleaned = re.sub(r"[^\w\- ]+", "", title).strip()
    return re.sub(r"\s+", " ", cleaned)[:80] or "chart"


FORMATS = {
    "png": ("PNG image", "PNG image (*.png)"),
    "svg": ("SVG image", "SVG image (*.svg)"),
    "csv": ("CSV data", "CSV data (*.csv)"),
}


class ExportButton(QPushButton):
    """ "Export ▾" with PNG, SVG and CSV; asks where, then calls ``export(path)``."""

    def __init__(
        self,
        export: Callable[[Path], None],
        suggested_name: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chartExportButton")
        self.setText(tr("Export"))
        self.setToolTip(tr("Save the chart as an image, or the plotted data as CSV"))
        self._export = export
        self._suggested_name = suggested_name
        menu = QMenu(self)
        self.actions_by_suffix: dict[str, QAction] = {}
        for suffix, (label, _pattern) in FORMATS.items():
            action = menu.addAction(f"{label}…")
            self.actions_by_suffix[suffix] = action
            action.triggered.connect(lambda _checked=False, s=suffix: self.ask_and_export(s))
        self.setMenu(menu)

    def ask_and_export(self, suffix: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        proposal = Path(folder) / f"{safe_file_name(self._suggested_name())}.{suffix}"
        target = ask_save_path(
            self, f"Export {FORMATS[suffix][0]}", proposal, FORMATS[suffix][1], f".{suffix}"
        )
        if target is None:
            return
        try:
            self._export(target)
        except OSError as error:  # OutputWriteError among them, saying why
            warn(self, "The chart was not exported", f"{target}\n\n{error}")
