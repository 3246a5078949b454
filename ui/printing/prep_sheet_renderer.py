"""Prep sheets on paper: lay out one or more meetings' sheets and paint them on a printer or PDF.

    write_pdf(sheets, Path("steerco.pdf"), PageSize.A4)     # headless (CLI, tests, bench)
    render(sheets, printer)                                 # print preview / printer

Each meeting starts on a new page (on a front side when printed on both sides); the footer of every
page says "Confidential", when it was printed and "Page x of y" over the whole set. Every word stays
inside the printable area (see :mod:`ui.printing.page_geometry`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from html import escape
from pathlib import Path

from PySide6.QtCore import QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from domain.clock import utc_now
from domain.usecases.prep_sheet import PrepSheet
from ui.printing import style, text
from ui.printing.attendee_block import AttendeeBlock
from ui.printing.blocks import Band, Columns, Heading, TextFlow
from ui.printing.demand_lines import demand_html
from ui.printing.flow import Flowable, Frame, Page, RenderContext, paginate, paint_text
from ui.printing.glance import GlanceTable
from ui.printing.page_geometry import Margins, PageGeometry
from ui.translation import tr

#: PDF coordinates per inch: fine enough for exact placement, small enough to stay fast.
PDF_RESOLUTION = 1200


class PageSize(StrEnum):
    A4 = "A4"
    LETTER = "Letter"

    @property
    def qt(self) -> QPageSize:
        ident = QPageSize.PageSizeId.A4 if self is PageSize.A4 else QPageSize.PageSizeId.Letter
        return QPageSize(ident)

    @classmethod
    def parse(cls, value: str) -> PageSize:
        for size in cls:
            if size.value.casefold() == value.strip().casefold():
                return size
        raise ValueError(f"Unknown page size “{value}”: use A4 or Letter.")


def page_layout(size: PageSize) -> QPageLayout:
    return QPageLayout(
        size.qt, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point
    )


def write_pdf(
    sheets: Sequence[PrepSheet],
    path: Path,
    size: PageSize = PageSize.A4,
    printed_at: datetime | None = None,
    *,
    duplex: bool = False,
) -> int:
    """Write the sheets as one PDF; returns the number of pages. Raises OSError (an
    OutputWriteError saying why) if not written; the file appears whole or not at all, and
    never over a workspace.

    Words keep at least 12.7 mm from the edges (the printer that will print it is not known);
    ``duplex`` adds blank backs so that each meeting starts on a front side.
    """
    from ui.file_saving import save_file

    pages = 0

    def write(device: QIODevice) -> None:
        nonlocal pages
        writer = QPdfWriter(device)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(page_layout(size))
        writer.setCreator("Rapport")
        writer.setTitle(_document_title(sheets))
        try:
            pages = render(sheets, writer, printed_at, duplex=duplex)
        finally:
            del writer  # finishes the document on the device

    save_file(path, write)
    return pages


def _document_title(sheets: Sequence[PrepSheet]) -> str:
    if len(sheets) == 1:
        return tr("Prep sheet — {title}").format(title=sheets[0].title)
    return tr("Prep sheets — {n} meetings").format(n=len(sheets))


def render(
    sheets: Sequence[PrepSheet],
    device: QPagedPaintDevice,
    printed_at: datetime | None = None,
    *,
    safe: Margins | None = None,
    duplex: bool = False,
) -> int:
    """Lay out and paint the sheets on ``device`` (its page size is used as set); returns the
    number of sides (blank backs included; "Page x of y" counts only printed pages).

    ``safe`` is the printable area (by default the device's declared minimum margins, at least
    12.7 mm); with ``duplex`` a blank back is added where a meeting would start on a back side.
    """
    ctx = RenderContext(device)
    u = ctx.u
    layout = device.pageLayout()
    full = layout.fullRectPoints()
    geometry = PageGeometry(full.width(), full.height(), safe or Margins.of_layout(layout))
    side = u(geometry.side)
    width = u(geometry.column)
    first = Frame(side, 0.0, width, u(geometry.content_bottom))
    later = Frame(
        side, u(geometry.content_top), width, u(geometry.content_bottom - geometry.content_top)
    )
    ctx.page_height = later.height
    moment = printed_at or utc_now()
    sections = [_flowables(ctx, sheet, width, side, geometry) for sheet in sheets]
    pages = paginate(sections, first, later, duplex=duplex) if sheets else []

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or PDF file could not be opened for painting")
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        total = sum(not page.blank for page in pages)  # blank backs carry no number
        number = 0
        for index, page in enumerate(pages):
            if index:
                device.newPage()
            if page.blank:
                continue
            number += 1
            for placed in page.items:
                placed.item.draw(painter, side, placed.y)
            sheet = sheets[page.section]
            _decorate(ctx, painter, page, sheet, number, total, moment, geometry)
    finally:
        painter.end()
    return len(pages)


def _flowables(
    ctx: RenderContext, sheet: PrepSheet, width: float, bleed: float, geometry: PageGeometry
) -> list[Flowable]:
    u = ctx.u
    items: list[Flowable] = [Band(ctx, sheet, width, bleed, u(geometry.band_text_top))]
    if sheet.objective.strip() or sheet.agenda.strip():
        items.append(Columns(ctx, sheet, width))
    if sheet.attendees:
        items.append(Heading(ctx, tr("At a glance"), width))
        items.append(GlanceTable(ctx, sheet, width))
        note = (
            tr("● now   ○ where we want them") if any(a.standings for a in sheet.attendees) else ""
        )
        items.append(Heading(ctx, tr("Attendees"), width, note))
        today = text.local(sheet.prepared_at).date()
        for person in sheet.attendees:
            items.append(
                AttendeeBlock(ctx, person, width, today, sheet.trend_since, sheet.prepared_at)
            )
        if sheet.open_demand:
            items.append(Heading(ctx, tr("Open demand in their units"), width))
            items.append(TextFlow(ctx.text(demand_html(sheet), width, 8)))
    else:
        items.append(
            TextFlow(
                ctx.text(
                    '<p class="muted">'
                    + escape(tr("No attendees yet. Add them on the Meetings page."))
                    + "</p>",
                    width,
                    9,
                ),
                space_before=u(12),
            )
        )
    return items


def _decorate(
    ctx: RenderContext,
    painter: QPainter,
    page: Page,
    sheet: PrepSheet,
    number: int,
    total: int,
    printed_at: datetime,
    geometry: PageGeometry,
) -> None:
    """The running header of continuation pages and every page's footer, inside the safe area."""
    u = ctx.u
    side = u(geometry.side)
    width = u(geometry.column)
    small = style.font(6.8)
    rule = QColor(style.RULE)
    if not page.first_of_section:
        top = u(geometry.header_top)
        title = f"{text.clipped(sheet.title, 120)} — {text.short_day(sheet.start)}, "
        title += text.clock(sheet.start)
        metrics = QFontMetricsF(style.font(6.8, QFont.Weight.Bold), ctx.device)
        paint_text(
            painter,
            QRectF(side, top, width * 0.8, u(10)),
            int(Qt.AlignmentFlag.AlignLeft),
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, width * 0.8),
            style.font(6.8, QFont.Weight.Bold),
            style.MUTED,
        )
        paint_text(
            painter,
            QRectF(side, top, width, u(10)),
            int(Qt.AlignmentFlag.AlignRight),
            tr("continued"),
            small,
            style.FAINT,
        )
        painter.setPen(rule)
        painter.drawLine(QPointF(side, top + u(12)), QPointF(side + width, top + u(12)))

    rule_y = u(geometry.footer_rule)
    painter.setPen(rule)
    painter.drawLine(QPointF(side, rule_y), QPointF(side + width, rule_y))
    line = QRectF(side, u(geometry.footer_text_top), width, u(10))
    caps = style.font(6.5, QFont.Weight.Bold)
    caps.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.2)
    mark = paint_text(
        painter,
        line,
        int(Qt.AlignmentFlag.AlignLeft),
        tr("CONFIDENTIAL"),
        caps,
        style.OVERDUE,
        measure=True,
    )
    paint_text(
        painter,
        line.adjusted(mark.width() + u(10), 0, 0, 0),
        int(Qt.AlignmentFlag.AlignLeft),
        tr("Printed {when} · Rapport").format(when=text.printed(printed_at)),
        small,
        style.MUTED,
    )
    paint_text(
        painter,
        line,
        int(Qt.AlignmentFlag.AlignRight),
        tr("Page {number} of {total}").format(number=number, total=total),
        style.font(6.8, QFont.Weight.Bold),
        style.BODY,
    )
