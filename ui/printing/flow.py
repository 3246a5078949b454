"""A small page-layout engine: flowables measured for a width, placed on pages, then painted.

Layout and painting are separate passes so that the total page count is known before the first
footer ("page 1 of 3") is drawn. A flowable that does not fit the rest of a page moves to the next
one whole; only one taller than a whole page is split (between its sections, or between lines).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QTextDocument,
)

from ui.printing import style
from ui.printing.style import Units
from ui.printing.text import Budget


class RenderContext:
    """What every flowable needs: the device (for font metrics), units and the style sheet."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        style.load_fonts()
        self.device = device
        self.u = Units.of(device)
        self.css = style.css(self.u)
        #: The height of a continuation page's content (device units): no field is taller.
        self.page_height = self.u(700)

    def budget(self, width: float, size: float, share: float = 0.85) -> Budget:
        """About ``share`` of a page of text at ``width`` and ``size`` (for cutting long fields)."""
        metrics = QFontMetricsF(style.font(size), self.device)
        per_line = max(8, int(width / max(1.0, metrics.averageCharWidth())))
        lines = max(3, int(self.page_height * share / max(1.0, metrics.lineSpacing() * 1.05)))
        return Budget(lines, per_line)

    def text(self, html: str, width: float, size: float = 8.0) -> TextBox:
        return TextBox(self, html, width, size)


class TextBox:
    """Rich text laid out at one width on the device; can be cut between lines."""

    def __init__(self, ctx: RenderContext, html: str, width: float, size: float = 8.0) -> None:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(ctx.device)
        doc.setUseDesignMetrics(True)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(style.font(size))
        doc.setDefaultStyleSheet(ctx.css)
        # The width first: set after the text, it would lay the whole text out a second time.
        doc.setTextWidth(width)
        doc.setHtml(f"<body>{html}</body>")
        self.doc = doc
        self.width = width
        self.top = 0.0
        self.height = doc.size().height()
        # Remove the bottom margin of the last paragraph: boxes are spaced by their callers.
        last = doc.lastBlock()
        if last.isValid():
            spare = last.blockFormat().bottomMargin()
            self.height = max(0.0, self.height - spare)

    def line_break_before(self, limit: float) -> float:
        """The largest line boundary (from this box's top) not below ``limit``; 0 if none."""
        best = 0.0
        layout = self.doc.documentLayout()
        block = self.doc.begin()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            lines = block.layout()
            for index in range(lines.lineCount()):
                line = lines.lineAt(index)
                bottom = rect.top() + line.y() + line.height() - self.top
                if 0 < bottom <= limit:
                    best = max(best, bottom)
            block = block.next()
        return best

    def slice(self, start: float, height: float) -> TextBox:
        part = object.__new__(TextBox)
        part.doc, part.width = self.doc, self.width
        part.top, part.height = self.top + start, height
        return part

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.save()
        painter.translate(x, y - self.top)
        clip = QRectF(0, self.top, self.width + 1, self.height + 1)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        self.doc.documentLayout().draw(painter, context)
        painter.restore()


class Flowable:
    """Something with a height at a width that paints itself; subclasses fill these in."""

    height: float = 0.0
    #: Space left above it when it does not start a page.
    space_before: float = 0.0
    #: Keep on the same page as the next flowable (headings).
    keep_with_next: bool = False

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        raise NotImplementedError

    def split(self, available: float) -> tuple[Flowable, Flowable] | None:
        """A first part no taller than ``available`` and the rest, or None if it cannot split."""
        return None


@dataclass(slots=True)
class Placed:
    item: Flowable
    y: float


@dataclass(slots=True)
class Page:
    #: The meeting the page belongs to (its index in the printed set).
    section: int
    first_of_section: bool
    items: list[Placed] = field(default_factory=list)
    #: The empty back of a sheet printed on both sides (so the next meeting starts on a front).
    blank: bool = False


@dataclass(frozen=True, slots=True)
class Frame:
    """Where flowables go on a page (device units)."""

    left: float
    top: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


def paginate(
    sections: list[list[Flowable]], first: Frame, later: Frame, *, duplex: bool = False
) -> list[Page]:
    """Place each section's flowables on pages; every section starts a new page, and with
    ``duplex`` a front side (odd page), after a blank back where needed; the set then ends on a
    back too, so that a second copy starts on a front."""
    pages: list[Page] = []
    for number, flowables in enumerate(sections):
        if duplex and len(pages) % 2:
            pages.append(Page(number - 1, False, blank=True))
        page = Page(number, True)
        pages.append(page)
        frame, y = first, first.top
        queue = list(flowables)
        while queue:
            item = queue.pop(0)
            gap = item.space_before if page.items else 0.0
            needed = item.height
            if item.keep_with_next and queue:
                needed += queue[0].space_before + min(queue[0].height, frame.height / 4)
            if y + gap + needed <= frame.bottom + 0.5:
                page.items.append(Placed(item, y + gap))
                y += gap + item.height
                continue
            room = frame.bottom - y - gap
            parts = item.split(room) if item.height > later.height and room > 0 else None
            if parts is not None:
                head, rest = parts
                page.items.append(Placed(head, y + gap))
                queue.insert(0, rest)
            elif not page.items:  # taller than a page and cannot split: it is clipped
                page.items.append(Placed(item, y))
            else:
                queue.insert(0, item)
            if queue:
                page = Page(number, False)
                pages.append(page)
                frame, y = later, later.top
    if duplex and len(pages) % 2:
        pages.append(Page(len(sections) - 1, False, blank=True))
    return pages


def paint_text(
    painter: QPainter,
    rect: QRectF,
    flags: int,
    text: str,
    font: QFont,
    colour: str,
    *,
    measure: bool = False,
) -> QRectF:
    """Draw plain (never rich) text; with ``measure``, return the rectangle it took."""
    painter.setFont(font)
    painter.setPen(style.colour(colour))
    painter.drawText(rect, flags, text)
    return painter.boundingRect(rect, flags, text) if measure else rect


def text_size(
    device: QPagedPaintDevice, font: QFont, width: float, flags: int, text: str
) -> QSizeF:
    metrics = QFontMetricsF(font, device)
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, text).size()
