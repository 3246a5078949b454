"""Chart colours and fonts taken from the app's palette, so charts match light and dark mode.

No matplotlib here: colours are plain "#rrggbb" strings that the chart modules hand to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# Series colours chosen to stay apart for colour-blind readers (Okabe–Ito based), in a light and a
# dark-background variant.
_SERIES_LIGHT = (
    "#1f5fa8", "#d4760a", "#1b8a5a", "#b8336a", "#6a4cad", "#8c6d1f", "#2b8fb3", "#c0392b",
    "#4d7c0f", "#7c3aed", "#0f766e", "#9a3412",
)  # fmt: skip
_SERIES_DARK = (
    "#6ea8ff", "#ffb454", "#4fd39a", "#ff7eb6", "#b39dff", "#e6c35c", "#67d4ff", "#ff8a80",
    "#a3e635", "#c4b5fd", "#5eead4", "#fdba74",
)  # fmt: skip


def _hex(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexRgb)


def _mix(a: QColor, b: QColor, amount: float) -> str:
    """``a`` moved ``amount`` of the way towards ``b``."""
    return _hex(
        QColor.fromRgbF(
            a.redF() + (b.redF() - a.redF()) * amount,
            a.greenF() + (b.greenF() - a.greenF()) * amount,
            a.blueF() + (b.blueF() - a.blueF()) * amount,
        )
    )


@dataclass(frozen=True, slots=True)
class ChartTheme:
    dark: bool
    background: str
    text: str
    muted: str
    grid: str
    spine: str
    series: tuple[str, ...]
    trust: str
    influence: str
    positive: str
    neutral: str
    negative: str
    future: str
    font_family: str
    #: Base font size in points (tick labels); titles and labels derive from it.
    font_size: float

    def colour(self, index: int) -> str:
        return self.series[index % len(self.series)]


def theme_from_palette(
    palette: QPalette | None = None, font_size: float | None = None
) -> ChartTheme:
    app = QGuiApplication.instance()
    if palette is None:
        palette = QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    font = QGuiApplication.font() if app is not None else None
    size = font_size or (font.pointSizeF() if font is not None and font.pointSizeF() > 0 else 10)
    series = _SERIES_DARK if dark else _SERIES_LIGHT
    return ChartTheme(
        dark=dark,
        background=_hex(base),
        text=_hex(text),
        muted=_mix(text, base, 0.45),
        grid=_mix(text, base, 0.88),
        spine=_mix(text, base, 0.7),
        series=series,
        trust=series[0],
        influence=series[1],
        positive="#3ecf8e" if dark else "#1b8a5a",
        neutral=_mix(text, base, 0.5),
        negative="#ff6b6b" if dark else "#c0392b",
        future="#ffb454" if dark else "#b45309",
        font_family=font.family() if font is not None else "",
        font_size=max(8.0, min(size * 0.92, 13.0)),
    )
