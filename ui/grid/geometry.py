"""Where grid values (0–10 power and interest) sit in scene coordinates, and back.

Interest runs left to right, power bottom to top. One grid point is :data:`UNIT` scene units.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from domain.rules.quadrant import SPLIT

UNIT = 60.0
MAX = 10.0
SIZE = UNIT * MAX
#: The grid itself, in scene coordinates.
GRID_RECT = QRectF(0.0, 0.0, SIZE, SIZE)
#: Room around the grid for the axis titles and the tray of people not placed yet.
MARGIN_LEFT = 64.0
MARGIN_TOP = 28.0
#: Wide enough on the right for the name of someone at interest 10.
MARGIN_RIGHT = 110.0
AXIS_BAND = 58.0
#: Where people on the map without a position wait (below the interest axis).
TRAY_TOP = SIZE + AXIS_BAND + 18.0
TRAY_SPACING = 130.0
TRAY_ROW = 76.0
SPLIT_AT = SPLIT * UNIT


def to_scene(power: float, interest: float) -> QPointF:
    return QPointF(interest * UNIT, (MAX - power) * UNIT)


def to_grid(point: QPointF) -> tuple[float, float]:
    """(power, interest) of a scene point, not clamped."""
    return MAX - point.y() / UNIT, point.x() / UNIT


def clamp(value: float) -> float:
    return min(MAX, max(0.0, value))


def snap(value: float, step: float = 0.5) -> float:
    return round(value / step) * step


def in_grid(point: QPointF, tolerance: float = 0.0) -> bool:
    return GRID_RECT.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(point)


def tray_rows(count: int) -> int:
    per_row = max(1, int(SIZE // TRAY_SPACING))
    return (count + per_row - 1) // per_row


def tray_position(index: int) -> QPointF:
    per_row = max(1, int(SIZE // TRAY_SPACING))
    row, column = divmod(index, per_row)
    return QPointF(TRAY_SPACING / 2 + column * TRAY_SPACING, TRAY_TOP + 44 + row * TRAY_ROW)


def scene_rect(unplaced: int) -> QRectF:
    """The whole drawing: grid, axes and, when anyone waits, the tray."""
    bottom = SIZE + AXIS_BAND
    if unplaced:
        bottom = TRAY_TOP + 20 + tray_rows(unplaced) * TRAY_ROW
    return QRectF(-MARGIN_LEFT, -MARGIN_TOP, SIZE + MARGIN_LEFT + MARGIN_RIGHT, bottom + MARGIN_TOP)
