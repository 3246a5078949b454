"""The "at a glance" table: one ruled line per attendee with role, quadrant, trust and influence
(with their change over the year), attitude and its aim, and commitments both ways.

Drawn directly with QPainter (a rich-text table is ten times slower to lay out); every cell is
plain text, elided to its column, so user text can never be read as markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from domain.rules.quadrant import Quadrant
from domain.usecases.prep_sheet import AttendeeSheet, PrepSheet
from ui.printing import style, text
from ui.printing.charts import draw_quadrant_mark
from ui.printing.flow import Flowable, RenderContext
from ui.translation import tr

_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    #: Share of the table's width.
    share: float
    right: bool = False
    #: Start a little in, after a right-aligned neighbour.
    indent: bool = False


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("", "Attendee"), 0.22),
    Column(QT_TRANSLATE_NOOP("", "Role"), 0.095),
    Column(QT_TRANSLATE_NOOP("", "Quadrant"), 0.15),
    Column(QT_TRANSLATE_NOOP("", "Trust"), 0.085, right=True),
    Column(QT_TRANSLATE_NOOP("", "Influence"), 0.095, right=True),
    Column(QT_TRANSLATE_NOOP("", "Attitude → aim"), 0.195, indent=True),
    Column(QT_TRANSLATE_NOOP("", "We owe / they owe"), 0.16),
)


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    colour: str = style.BODY
    bold: bool = False
    #: Draw the quadrant's mark before the text.
    mark: bool = False
    quadrant: Quadrant | None = None
    #: A red addition drawn after the text ("2 late").
    alert: str = ""


def _cells(person: AttendeeSheet) -> list[Cell]:
    name = Cell(person.name, style.INK, bold=True)
    role = Cell(text.role_label(person.role), style.MUTED)
    if not person.known:
        return [name, role, Cell(tr("not in Rapport — no history"), style.FAINT)]
    standing = person.standings[0] if person.standings else None
    quadrant = standing.quadrant if standing else None
    attitude = text.attitude_label(standing.attitude) if standing else "–"
    wanted = standing.desired_attitude if standing else None
    if standing is not None and wanted is not None and wanted != standing.attitude:
        attitude += f" → {text.attitude_label(wanted)}"
    late = sum(c.overdue for c in person.we_owe + person.they_owe)
    return [
        name,
        role,
        Cell(
            text.quadrant_label(quadrant) if standing else "–",
            mark=standing is not None,
            quadrant=quadrant,
        ),
        Cell(text.trend_caption(person.trust) or "–"),
        Cell(text.trend_caption(person.influence) or "–"),
        Cell(attitude),
        Cell(
            f"{len(person.we_owe)} / {len(person.they_owe)}",
            alert=tr("{n} late").format(n=late) if late else "",
        ),
    ]


class GlanceTable(Flowable):
    def __init__(self, ctx: RenderContext, sheet: PrepSheet, width: float) -> None:
        u = ctx.u
        self.ctx, self.width = ctx, width
        self.rows = [_cells(person) for person in sheet.attendees]
        self.head_font = style.font(6.2, QFont.Weight.Bold)
        self.font = style.font(7.6)
        self.bold = style.font(7.6, QFont.Weight.Bold)
        self.row_h = u(12.5)
        self.head_h = u(11)
        self.height = self.head_h + self.row_h * len(self.rows)
        self.lefts: list[float] = []
        left = 0.0
        for column in COLUMNS:
            self.lefts.append(left)
            left += column.share * width
        self.pad = u(3)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        u = self.ctx.u
        rule = QColor(style.RULE)
        device = self.ctx.device
        metrics = {False: QFontMetricsF(self.font, device), True: QFontMetricsF(self.bold, device)}
        painter.setFont(self.head_font)
        painter.setPen(QColor(style.MUTED))
        for column, left in zip(COLUMNS, self.lefts, strict=True):
            head = QRectF(x + left, y, column.share * self.width - self.pad, self.head_h)
            if column.indent:
                head = head.adjusted(self.pad * 2.5, 0, 0, 0)
            painter.drawText(head, _RIGHT if column.right else _LEFT, tr(column.title).upper())
        painter.setPen(QColor(style.INK))
        painter.drawLine(QPointF(x, y + self.head_h), QPointF(x + self.width, y + self.head_h))
        top = y + self.head_h
        for row in self.rows:
            for index, cell in enumerate(row):
                column = COLUMNS[index]
                left = x + self.lefts[index]
                width = (
                    column.share * self.width - self.pad
                    if index < len(row) - 1 or len(row) == len(COLUMNS)
                    else self.width - self.lefts[index]
                )
                rect = QRectF(left, top, width, self.row_h)
                if column.indent:
                    rect = rect.adjusted(self.pad * 2.5, 0, 0, 0)
                if cell.mark:
                    centre = QPointF(left + u(2.4), rect.center().y())
                    draw_quadrant_mark(painter, centre, u(2.4), cell.quadrant, u)
                    rect = rect.adjusted(u(7.5), 0, 0, 0)
                shown = metrics[cell.bold].elidedText(
                    cell.text, Qt.TextElideMode.ElideRight, rect.width()
                )
                painter.setFont(self.bold if cell.bold else self.font)
                painter.setPen(QColor(cell.colour))
                painter.drawText(rect, _RIGHT if column.right else _LEFT, shown)
                if cell.alert:
                    after = rect.adjusted(metrics[False].horizontalAdvance(shown) + u(4), 0, 0, 0)
                    painter.setFont(self.bold)
                    painter.setPen(QColor(style.OVERDUE))
                    painter.drawText(after, _LEFT, cell.alert)
            top += self.row_h
            painter.setPen(rule)
            painter.drawLine(QPointF(x, top), QPointF(x + self.width, top))
