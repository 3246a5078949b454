"""One attendee's block on the sheet: name, role and who they are, then labelled sections (talking
points, position, latest note, recent contacts, commitments both ways, how to handle them) beside
the grid thumbnails and the trust/influence trend.

The sections are one QTextDocument per attendee (each paragraph tagged with its section through
``-qt-user-state``), which keeps a ten-person sheet fast; labels and the talking-points wash are
drawn from the laid-out positions of each section's paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from domain.model import AttendeeRole
from domain.usecases.prep_sheet import AttendeeSheet
from ui.printing import style, text
from ui.printing.blocks import caps_font
from ui.printing.charts import draw_grid_thumbnail, draw_quadrant_mark, draw_trend, trend_pen
from ui.printing.flow import Flowable, RenderContext, TextBox, paint_text, text_size
from ui.translation import tr

_WRAP = int(Qt.TextFlag.TextWordWrap)
_LEFT_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_RIGHT_TOP = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

#: Points: the gap between sections and the padding of the talking-points wash.
SECTION_GAP = 4.0
WASH_PAD = 3.5
BODY_SIZE = 7.9
TALKING_SIZE = 8.3


@dataclass(frozen=True, slots=True)
class SectionSpan:
    """Where a section's text sits in the block's document (document coordinates)."""

    label: str
    top: float
    bottom: float
    highlighted: bool


def _sections(
    person: AttendeeSheet, today: date, budget: text.Budget
) -> list[tuple[str, list[str], bool]]:
    """(label, paragraphs, highlighted) for each section the person has; each field at most about
    a page (``budget``), cut with a "continued in Rapport" mark beyond."""
    found: list[tuple[str, list[str], bool]] = []
    if person.talking_points.strip():
        found.append((tr("Talking points"), [budget.html(person.talking_points)], True))
    if not person.known:
        found.append(
            (
                tr("History"),
                [
                    '<span class="muted">'
                    + text.esc(
                        tr(
                            "No history: this attendee is not in Rapport. Add them as a "
                            "stakeholder to track trust, commitments and contacts."
                        )
                    )
                    + "</span>"
                ],
                False,
            )
        )
        return found
    if person.standings:
        found.append((tr("Position"), text.standing_lines(person.standings), False))
    influence = text.influence_lines(person)
    if influence:
        found.append((tr("Influence"), influence, False))
    if person.reach:
        found.append((tr("How to reach"), [text.esc(line) for line in person.reach], False))
    if person.latest_note is not None:
        found.append((tr("Latest note"), [text.note_line(person, budget)], False))
    recent = text.interaction_lines(person.interactions, budget)
    found.append(
        (
            tr("Recent"),
            recent or [text.faint(tr("No contact logged."))],
            False,
        )
    )
    for label, lines in ((tr("We owe"), person.we_owe), (tr("They owe"), person.they_owe)):
        rows = text.commitment_lines(lines, today, budget)
        found.append((label, rows or [text.faint(tr("Nothing open."))], False))
    if person.concerns:
        found.append((tr("Concerns"), text.concern_lines(person.concerns, today, budget), False))
    if person.next_touchpoints:
        found.append(
            (tr("Next in the plan"), text.touchpoint_lines(person.next_touchpoints, today), False)
        )
    if person.communication_preferences.strip():
        found.append((tr("How to handle"), [budget.html(person.communication_preferences)], False))
    return found


def _document_html(sections: list[tuple[str, list[str], bool]], u: style.Units) -> str:
    """One paragraph per line, tagged with its section (margins collapse: each gap is set once).

    Qt scales vertical CSS margins to the device but takes horizontal ones as device pixels, so
    the talking points' side margins are given in device units.
    """
    px = style.Units.px
    parts = []
    previous_highlighted = False
    for index, (_label, paragraphs, highlighted) in enumerate(sections):
        for row, inner in enumerate(paragraphs):
            first, last = row == 0, row == len(paragraphs) - 1
            top = 0.0
            if first and index:
                top = SECTION_GAP + (WASH_PAD if highlighted or previous_highlighted else 0.0)
            bottom = WASH_PAD + SECTION_GAP if last and highlighted else 1.0
            css = f"-qt-user-state:{index}; margin-top:{px(top)}; margin-bottom:{px(bottom)};"
            if highlighted:
                side = f"margin-left:{round(u(7))}px; margin-right:{round(u(5))}px;"
                css += f" {side} font-size:{TALKING_SIZE}pt;"
            parts.append(f'<p style="{css}">{inner}</p>')
        previous_highlighted = highlighted
    return "".join(parts)


class AttendeeBlock(Flowable):
    RIGHT_W = 138.0
    LABEL_W = 52.0

    def __init__(
        self,
        ctx: RenderContext,
        person: AttendeeSheet,
        width: float,
        today: date,
        since: datetime,
        now: datetime,
        *,
        body: TextBox | None = None,
        spans: list[SectionSpan] | None = None,
        continued: bool = False,
    ) -> None:
        u = ctx.u
        self.ctx, self.person, self.width = ctx, person, width
        self.since, self.now, self.today = since, now, today
        self.continued = continued
        self.space_before = u(11)
        self.inset = u(9)
        self.show_right = person.known and not continued
        self.right_w = u(self.RIGHT_W) if self.show_right else 0.0
        self.label_w = u(self.LABEL_W)
        col_gap = u(14) if self.show_right else 0.0
        self.text_left = self.inset + self.label_w + u(6)
        self.text_w = width - self.text_left - self.right_w - col_gap
        self.name_font = style.font(11.5 if not continued else 9, QFont.Weight.Bold)
        self.sub_font = style.font(7.8)
        self.chip_font = caps_font(5.6, 0.7)
        self.label_font = caps_font(5.6, 0.55)
        if body is None or spans is None:
            sections = _sections(person, today, ctx.budget(self.text_w, TALKING_SIZE, 0.7))
            body = ctx.text(_document_html(sections, u), self.text_w, BODY_SIZE)
            spans = self._spans(body, sections)
        self.body, self.spans = body, spans
        # The document drops the first paragraph's top margin: leave room for a wash above it.
        starts_washed = bool(spans) and spans[0].highlighted and spans[0].top <= body.top + u(1)
        self.body_offset = u(WASH_PAD) if starts_washed else 0.0
        self.header_h = self._header_height()
        self.right_h = self._right_height() if self.show_right else 0.0
        self.height = self.header_h + max(self.body_offset + body.height, self.right_h) + u(1)

    # -- measures -------------------------------------------------------------------------------
    def _spans(
        self, body: TextBox, sections: list[tuple[str, list[str], bool]]
    ) -> list[SectionSpan]:
        tops: dict[int, float] = {}
        bottoms: dict[int, float] = {}
        block = body.doc.begin()
        while block.isValid():
            index = block.userState()
            if index >= 0:
                layout = block.layout()
                top = layout.position().y()
                bottom = top + layout.boundingRect().height()
                tops.setdefault(index, top)
                bottoms[index] = bottom
            block = block.next()
        return [
            SectionSpan(label, tops[i], bottoms[i], highlighted)
            for i, (label, _rows, highlighted) in enumerate(sections)
            if i in tops
        ]

    def _plain_sub(self) -> str:
        p = self.person
        if not p.known:
            return p.email
        parts = [p.job_title] if p.job_title else []
        if p.place:
            parts.append(p.place)
        if p.email:
            parts.append(p.email)
        return "  ·  ".join(parts)

    def _header_height(self) -> float:
        u = self.ctx.u
        name_h = QFontMetricsF(self.name_font, self.ctx.device).height()
        if self.continued:
            return name_h + u(5)
        sub = self._plain_sub()
        width = self.width - self.inset
        sub_h = text_size(self.ctx.device, self.sub_font, width, _WRAP, sub).height() if sub else 0
        return name_h + u(1) + sub_h + u(6)

    def _right_height(self) -> float:
        u = self.ctx.u
        thumbs = u(80) if self.person.standings else 0.0
        return thumbs + u(56)

    # -- splitting (only for a block taller than a page) ----------------------------------------
    def split(self, available: float) -> tuple[Flowable, Flowable] | None:
        room = available - self.header_h - self.ctx.u(2)
        cut = self.body.line_break_before(room)
        if cut <= 0 or cut >= self.body.height:
            return None
        start = self.body.top
        head_spans = [s for s in self.spans if s.top < start + cut]
        tail_spans = [s for s in self.spans if s.bottom > start + cut]
        head = self._part(self.body.slice(0, cut), head_spans, self.continued)
        tail = self._part(self.body.slice(cut, self.body.height - cut), tail_spans, True)
        return head, tail

    def _part(self, body: TextBox, spans: list[SectionSpan], continued: bool) -> AttendeeBlock:
        return AttendeeBlock(
            self.ctx,
            self.person,
            self.width,
            self.today,
            self.since,
            self.now,
            body=body,
            spans=spans,
            continued=continued,
        )

    # -- painting -------------------------------------------------------------------------------
    def draw(self, painter: QPainter, x: float, y: float) -> None:
        u = self.ctx.u
        p = self.person
        standing = p.standings[0] if p.standings else None
        accent = style.quadrant_colour(standing.quadrant if standing else None)
        painter.fillRect(
            QRectF(x, y + u(1), u(2.4), self.height - u(2)),
            QColor(accent if p.known else style.RULE),
        )
        left = x + self.inset
        inner_w = self.width - self.inset
        name = p.name + (" (continued)" if self.continued else "")
        bounds = paint_text(
            painter,
            QRectF(left, y, inner_w * 0.72, u(20)),
            _LEFT_TOP,
            name,
            self.name_font,
            style.INK,
            measure=True,
        )
        if not self.continued:
            self._chip(painter, QPointF(bounds.right() + u(6), bounds.center().y()), p)
            relation = (p.relation or "").strip()
            if relation:
                paint_text(
                    painter,
                    QRectF(left, y + u(1.5), inner_w, u(12)),
                    _RIGHT_TOP,
                    relation.upper(),
                    self.label_font,
                    style.MUTED,
                )
            sub = self._plain_sub()
            if sub:
                paint_text(
                    painter,
                    QRectF(left, bounds.bottom() + u(1), inner_w, u(30)),
                    _LEFT_TOP | _WRAP,
                    sub,
                    self.sub_font,
                    style.MUTED,
                )
        top = y + self.header_h
        self._draw_body(painter, x, top + self.body_offset)
        if self.show_right:
            self._draw_right(painter, x + self.width - self.right_w, top)

    def _chip(self, painter: QPainter, at: QPointF, person: AttendeeSheet) -> None:
        u = self.ctx.u
        label = text.role_label(person.role).upper()
        metrics = QFontMetricsF(self.chip_font, self.ctx.device)
        w, h = metrics.horizontalAdvance(label) + u(7), metrics.height() + u(2)
        rect = QRectF(at.x(), at.y() - h / 2, w, h)
        organiser = person.role == AttendeeRole.ORGANISER
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(style.ACCENT if organiser else style.FAINT))
        painter.setBrush(QColor(style.ACCENT) if organiser else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, h / 2, h / 2)
        colour = "#FFFFFF" if organiser else style.MUTED
        paint_text(painter, rect, int(Qt.AlignmentFlag.AlignCenter), label, self.chip_font, colour)
        painter.restore()

    def _draw_body(self, painter: QPainter, x: float, top: float) -> None:
        u = self.ctx.u
        body = self.body
        text_x = x + self.text_left
        for span in self.spans:
            if not span.highlighted:
                continue
            start = max(span.top - u(WASH_PAD), body.top - self.body_offset) - body.top
            end = min(span.bottom + u(WASH_PAD), body.top + body.height) - body.top
            wash = QRectF(text_x, top + start, self.text_w, end - start)
            painter.fillRect(wash, QColor(style.TALKING_WASH))
            painter.fillRect(
                QRectF(text_x, wash.top(), u(1.6), wash.height()), QColor(style.TALKING_EDGE)
            )
        body.draw(painter, text_x, top)
        for span in self.spans:
            if body.top - u(1) <= span.top < body.top + body.height:
                label_y = top + span.top - body.top + u(1.3)
                paint_text(
                    painter,
                    QRectF(x + self.inset, label_y, self.label_w, u(20)),
                    _LEFT_TOP | _WRAP,
                    span.label.upper(),
                    self.label_font,
                    style.MUTED,
                )

    def _draw_right(self, painter: QPainter, x: float, y: float) -> None:
        u = self.ctx.u
        p = self.person
        size = u(60)
        gap = self.right_w - 2 * size
        caption_bold = style.font(6, QFont.Weight.Bold)
        metrics = QFontMetricsF(caption_bold, self.ctx.device)
        for index, standing in enumerate(p.standings[:2]):
            left = x + index * (size + gap)
            draw_grid_thumbnail(painter, QRectF(left, y + u(1), size, size), standing, u)
            caption = QRectF(left, y + size + u(3), size, u(8))
            name = metrics.elidedText(standing.map_name, Qt.TextElideMode.ElideRight, size)
            paint_text(painter, caption, _LEFT_TOP, name, caption_bold, style.INK)
            where = caption.translated(0, u(7.5))
            draw_quadrant_mark(
                painter, QPointF(left + u(2.2), where.top() + u(4)), u(2.1), standing.quadrant, u
            )
            paint_text(
                painter,
                where.adjusted(u(6.5), 0, 0, 0),
                _LEFT_TOP,
                text.quadrant_label(standing.quadrant),
                style.font(6),
                style.BODY,
            )
        top = y + (u(80) if p.standings else 0.0)
        self._legend(painter, QRectF(x, top, self.right_w, u(8)))
        draw_trend(
            painter,
            QRectF(x, top + u(10), self.right_w, u(44)),
            p.trust,
            p.influence,
            self.since,
            self.now,
            u,
        )

    def _legend(self, painter: QPainter, rect: QRectF) -> None:
        u = self.ctx.u
        font = caps_font(5.4, 0.5)
        left = rect.left()
        for label, colour, dashed in (
            (tr("Trust"), style.TRUST_COLOUR, False),
            (tr("Influence"), style.INFLUENCE_COLOUR, True),
        ):
            painter.save()
            painter.setPen(trend_pen(colour, u, dashed))
            y = rect.top() + u(3.3)
            painter.drawLine(QPointF(left, y), QPointF(left + u(7), y))
            painter.restore()
            bounds = paint_text(
                painter,
                QRectF(left + u(9), rect.top(), rect.width(), rect.height()),
                _LEFT_TOP,
                label.upper(),
                font,
                style.MUTED,
                measure=True,
            )
            left = bounds.right() + u(8)
        paint_text(painter, rect, _RIGHT_TOP, tr("12 MONTHS"), font, style.FAINT)
