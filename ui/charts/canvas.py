"""A matplotlib figure embedded in Qt (no pyplot), themed from the palette, with hover tooltips
and export to PNG and SVG.

This module imports matplotlib; it is only ever imported from chart pages, which load lazily.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCursor, QFontInfo, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QVBoxLayout, QWidget

from ui.charts.theme import ChartTheme, theme_from_palette
from ui.file_saving import save_bytes
from ui.plain_text import rich_tooltip

#: How close (in pixels) the pointer must come to a point for its tooltip to show.
HOVER_RADIUS = 9.0


@dataclass(slots=True)
class HoverTargets:
    """Points that show a tooltip when hovered: x/y in data units of ``axes``, and the tooltip of
    point i, made only when it is hovered (a chart may hold tens of thousands of points)."""

    axes: Axes
    x: np.ndarray
    y: np.ndarray
    #: Rich text for point i (already escaped where it quotes user data).
    text: Callable[[int], str]
    #: For markers drawn against the axis (y in axes fraction, not data units).
    y_in_axes: bool = False

    @classmethod
    def of(cls, axes: Axes, x: np.ndarray, y: np.ndarray, texts: Sequence[str]) -> HoverTargets:
        return cls(axes, x, y, texts.__getitem__)


@dataclass(slots=True)
class Margins:
    """Fixed margins in pixels (fast, stable layout: no tight/constrained layout pass)."""

    left: float = 46
    right: float = 16
    top: float = 40
    bottom: float = 30
    extra: dict[str, float] = field(default_factory=dict)


def resolved_font_family() -> str:
    """The family Qt actually renders the app font in, if matplotlib knows it."""
    from matplotlib import font_manager

    family = QFontInfo(QGuiApplication.font()).family()
    known = {entry.name for entry in font_manager.fontManager.ttflist}
    return family if family in known else "DejaVu Sans"


class ChartCanvas(QWidget):
    """A figure with one or more axes, styled from the palette. Its owner draws on it."""

    #: Emitted when the palette changed (light/dark switch): the owner draws again.
    theme_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme: ChartTheme = theme_from_palette()
        self.figure = Figure(dpi=self._dpi())
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(220)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.margins = Margins()
        self.hover: list[HoverTargets] = []
        self._font_family = resolved_font_family()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("figure_leave_event", lambda _e: QToolTip.hideText())
        self.apply_theme()

    # -- look -----------------------------------------------------------------------------------
    def _dpi(self) -> float:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return float(screen.logicalDotsPerInch()) if screen is not None else 96.0

    def apply_theme(self) -> None:
        self.theme = theme_from_palette(self.palette())
        self.figure.set_facecolor(self.theme.background)

    def mpl_font(self, scale: float = 1.0, weight: str = "normal") -> dict[str, Any]:
        return {
            "family": self._font_family,
            "size": self.theme.font_size * scale,
            "weight": weight,
        }

    def style_axes(self, ax: Axes, *, grid_y: bool = True) -> None:
        theme = self.theme
        ax.set_facecolor(theme.background)
        for side, spine in ax.spines.items():
            spine.set_visible(side in ("bottom", "left"))
            spine.set_color(theme.spine)
            spine.set_linewidth(0.8)
        ax.tick_params(
            colors=theme.muted,
            labelcolor=theme.text,
            labelsize=theme.font_size,
            labelfontfamily=self._font_family,
            length=3,
            width=0.8,
        )
        ax.grid(False)
        if grid_y:
            ax.yaxis.grid(True, color=theme.grid, linewidth=0.8)
            ax.set_axisbelow(True)

    def apply_margins(self) -> None:
        width, height = self.canvas.width(), self.canvas.height()
        if width < 50 or height < 50:
            return
        m = self.margins
        self.figure.subplots_adjust(
            left=m.left / width,
            right=1 - m.right / width,
            top=1 - m.top / height,
            bottom=m.bottom / height,
            **m.extra,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.apply_margins()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_theme()
            self.theme_changed.emit()
        super().changeEvent(event)

    # -- hover ----------------------------------------------------------------------------------
    def text_at(self, x_pixels: float, y_pixels: float) -> str | None:
        """The tooltip for the point nearest to a display position (matplotlib pixels), if close."""
        best: tuple[float, str] | None = None
        for targets in self.hover:
            if len(targets.x) == 0:
                continue
            if targets.y_in_axes:
                transform = targets.axes.get_xaxis_transform()
            else:
                transform = targets.axes.transData
            shown = transform.transform(np.column_stack([targets.x, targets.y]))
            distance = np.hypot(shown[:, 0] - x_pixels, shown[:, 1] - y_pixels)
            index = int(np.argmin(distance))
            if distance[index] <= HOVER_RADIUS and (best is None or distance[index] < best[0]):
                best = (float(distance[index]), targets.text(index))
        return best[1] if best else None

    def _on_motion(self, event: MouseEvent) -> None:
        text = self.text_at(event.x, event.y) if event.x is not None else None
        if text:
            QToolTip.showText(QCursor.pos(), rich_tooltip(text), self.canvas)
        else:
            QToolTip.hideText()

    # -- export ---------------------------------------------------------------------------------
    def save_image(self, path: Path) -> None:
        """Write PNG or SVG (by the file's suffix) at print quality."""
        suffix = path.suffix.lower()
        if suffix not in (".png", ".svg"):
            raise ValueError(f"Charts are saved as PNG or SVG, not “{suffix}”.")
        dpi = max(self.figure.dpi * 2, 150) if suffix == ".png" else self.figure.dpi
        image = io.BytesIO()
        self.figure.savefig(
            image, format=suffix[1:], dpi=dpi, facecolor=self.theme.background, metadata=None
        )
        save_bytes(path, image.getvalue())  # whole or not at all, never over a workspace
