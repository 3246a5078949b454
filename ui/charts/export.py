"""Exporting a chart: PNG and SVG images, and CSV of exactly the data plotted.

No matplotlib here: the canvas writes images; this module writes CSV and offers the menu.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget


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
    """Long format, one row per plotted point: series, date (local, ISO 8601), value, note."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["series", "date", "value", "note"])
        for one in series:
            for at, value, note in zip(one.at, one.values, one.notes, strict=True):
                writer.writerow(
                    [
                        one.name,
                        at.astimezone().isoformat(timespec="minutes"),
                        "" if value is None else f"{value:g}",
                        _no_formula(note),
                    ]
                )


def _no_formula(text: str) -> str:
    """Keep a note that starts like a formula from being run by a spreadsheet (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


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
        self.setText("Export")
        self.setToolTip("Save the chart as an image, or the plotted data as CSV")
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
        proposal = str(Path(folder) / f"{safe_file_name(self._suggested_name())}.{suffix}")
        path, _ = QFileDialog.getSaveFileName(
            self, f"Export {FORMATS[suffix][0]}", proposal, FORMATS[suffix][1]
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != f".{suffix}":
                target = target.with_name(target.name + f".{suffix}")
            self._export(target)
