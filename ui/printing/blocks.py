"""The meeting-level parts of a prep sheet: the header band, objective and agenda, headings and
free text. Attendee blocks are in :mod:`ui.printing.attendee_block`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from domain.usecases.prep_sheet import PrepSheet
from ui.printing import style, text
from ui.printing.flow import Flowable, RenderContext, TextBox, paint_text, text_size
from ui.translation import tr

_WRAP = int(Qt.TextFlag.TextWordWrap)
_LEFT_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_RIGHT_TOP = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
#: The longest title and place line the band shows (a few lines; the rest ends in "…").
TITLE_CHARS = 160
PLACE_CHARS = 300


def caps_font(size: float, spacing: float) -> QFont:
    """Bold capitals, letter-spaced by ``spacing`` points."""
    font = style.font(size, QFont.Weight.Bold)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
    return font


class Band(Flowable):
    """The dark band across the top of a meeting's first page: what, when, where, who."""

    def __init__(
        self, ctx: RenderContext, sheet: PrepSheet, width: float, bleed: float, text_top: float
    ) -> None:
        """``bleed``: how far the fill runs past the column; ``text_top``: where words start."""
        u = ctx.u
        self.ctx, self.sheet, self.width, self.bleed = ctx, sheet, width, bleed
        self.title = text.clipped(sheet.title, TITLE_CHARS)
        self.title_font = style.font(19, QFont.Weight.Bold)
        self.when_font = style.font(9.5, QFont.Weight.Bold)
        self.meta_font = style.font(8)
        self.caps = caps_font(6.3, 0.9)
        place = text.clipped(" ".join(sheet.place.split()), PLACE_CHARS)
        self.when = text.when(sheet) + (f"  ·  {place}" if place else "")
        people = len(sheet.attendees)
        facts = [tr("1 attendee") if people == 1 else tr("{n} attendees").format(n=people)]
        commitments = sheet.open_commitments
        if commitments:
            facts.append(
                tr("1 open commitment")
                if commitments == 1
                else tr("{n} open commitments").format(n=commitments)
            )
        if sheet.map_names:
            facts.append(tr("Maps: {maps}").format(maps=", ".join(sheet.map_names)))
        if sheet.logged:
            facts.append(tr("logged as an interaction"))
        self.facts = text.clipped("  ·  ".join(facts), PLACE_CHARS)
        self.top_pad, self.pad = text_top, u(14)
        self.title_h = text_size(ctx.device, self.title_font, width, _WRAP, self.title).height()
        self.when_h = text_size(ctx.device, self.when_font, width, _WRAP, self.when).height()
        self.facts_h = text_size(ctx.device, self.meta_font, width, _WRAP, self.facts).height()
        self.band_h = (
            self.top_pad
            + u(12)
            + self.title_h
            + u(3)
            + self.when_h
            + u(3)
            + self.facts_h
            + self.pad
        )
        self.height = self.band_h + u(14)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        u = self.ctx.u
        page_w = self.width + 2 * self.bleed
        painter.fillRect(QRectF(x - self.bleed, y, page_w, self.band_h), QColor(style.BAND))
        painter.fillRect(
            QRectF(x - self.bleed, y + self.band_h - u(2.2), page_w, u(2.2)),
            QColor(style.ACCENT),
        )
        top = y + self.top_pad
        paint_text(
            painter,
            QRectF(x, top, self.width, u(10)),
            _LEFT_TOP,
            tr("MEETING PREP"),
            self.caps,
            style.BAND_MUTED,
        )
        paint_text(
            painter,
            QRectF(x, top, self.width, u(10)),
            _RIGHT_TOP,
            tr("CONFIDENTIAL"),
            self.caps,
            style.BAND_MUTED,
        )
        top += u(12)
        paint_text(
            painter,
            QRectF(x, top, self.width, self.title_h),
            _LEFT_TOP | _WRAP,
            self.title,
            self.title_font,
            style.BAND_TEXT,
        )
        top += self.title_h + u(3)
        paint_text(
            painter,
            QRectF(x, top, self.width, self.when_h),
            _LEFT_TOP | _WRAP,
            self.when,
            self.when_font,
            style.BAND_TEXT,
        )
        top += self.when_h + u(3)
        paint_text(
            painter,
            QRectF(x, top, self.width, self.facts_h),
            _LEFT_TOP | _WRAP,
            self.facts,
            self.meta_font,
            style.BAND_MUTED,
        )


class Heading(Flowable):
    """A small-caps section heading with a hairline running to the right margin."""

    keep_with_next = True

    def __init__(self, ctx: RenderContext, label: str, width: float, note: str = "") -> None:
        self.ctx, self.label, self.width, self.note = ctx, label.upper(), width, note
        self.font = caps_font(7, 1.1)
        self.height = ctx.u(13)
        self.space_before = ctx.u(12)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        u = self.ctx.u
        bounds = paint_text(
            painter,
            QRectF(x, y, self.width, u(10)),
            _LEFT_TOP,
            self.label,
            self.font,
            style.ACCENT,
            measure=True,
        )
        line_y = y + bounds.height() / 2
        right = x + self.width
        if self.note:
            note = paint_text(
                painter,
                QRectF(x, y, self.width, u(10)),
                _RIGHT_TOP,
                self.note,
                style.font(6.5),
                style.MUTED,
                measure=True,
            )
            right = note.left() - u(6)
        painter.setPen(QColor(style.RULE))
        painter.drawLine(QPointF(bounds.right() + u(6), line_y), QPointF(right, line_y))


class TextFlow(Flowable):
    """A full-width piece of rich text (the glance table, a note)."""

    def __init__(self, box: TextBox, space_before: float = 0.0) -> None:
        self.box = box
        self.height = box.height
        self.space_before = space_before

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        self.box.draw(painter, x, y)

    def split(self, available: float) -> tuple[Flowable, Flowable] | None:
        cut = self.box.line_break_before(available)
        if cut <= 0:
            return None
        return TextFlow(self.box.slice(0, cut)), TextFlow(self.box.slice(cut, self.height - cut))


class Columns(Flowable):
    """Objective and agenda side by side, each under its small-caps label.

    Each is at most about a page (cut with a "continued in Rapport" mark beyond); together they
    break across pages between lines, like any long text.
    """

    LABELS = (QT_TRANSLATE_NOOP("", "Objective"), QT_TRANSLATE_NOOP("", "Agenda"))

    def __init__(
        self,
        ctx: RenderContext,
        sheet: PrepSheet | None,
        width: float,
        *,
        boxes: list[TextBox | None] | None = None,
        continued: bool = False,
    ) -> None:
        u = ctx.u
        self.ctx, self.width, self.continued = ctx, width, continued
        self.gap = u(22)
        col = (width - self.gap) / 2
        self.col = col
        if boxes is None:
            assert sheet is not None
            objective = ctx.budget(col, 9).html(sheet.objective) or text.faint(
                tr("No objective set.")
            )
            agenda = text.agenda_html(sheet.agenda, ctx.budget(col, 8.5)) or text.faint(
                tr("No agenda set.")
            )
            boxes = [ctx.text(objective, col, 9), ctx.text(agenda, col, 8.5)]
        self.boxes = boxes
        self.caps = caps_font(6.5, 1)
        self.label_h = u(11)
        self.height = self.label_h + max((b.height for b in boxes if b is not None), default=0.0)

    def split(self, available: float) -> tuple[Flowable, Flowable] | None:
        room = available - self.label_h
        heads: list[TextBox | None] = []
        tails: list[TextBox | None] = []
        for box in self.boxes:
            if box is None or box.height <= room:
                heads.append(box)
                tails.append(None)
                continue
            cut = box.line_break_before(room)
            heads.append(box.slice(0, cut) if cut > 0 else None)
            tails.append(box.slice(cut, box.height - cut))
        if all(h is None for h in heads):
            return None
        return (
            Columns(self.ctx, None, self.width, boxes=heads, continued=self.continued),
            Columns(self.ctx, None, self.width, boxes=tails, continued=True),
        )

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        for index, (label, box) in enumerate(zip(self.LABELS, self.boxes, strict=True)):
            if box is None:
                continue
            left = x + index * (self.col + self.gap)
            paint_text(
                painter,
                QRectF(left, y, self.col, self.label_h),
                _LEFT_TOP,
                tr(label).upper() + (tr(" (CONTINUED)") if self.continued else ""),
                self.caps,
                style.MUTED,
            )
            box.draw(painter, left, y + self.label_h)
