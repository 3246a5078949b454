"""The parts of a prep sheet: the meeting's header band, objective and agenda, headings, and the
compact block for each attendee (text on the left, grid thumbnails and trend on the right)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from domain.usecases.prep_sheet import AttendeeSheet, PrepSheet
from ui.printing import style, text
from ui.printing.charts import draw_grid_thumbnail, draw_trend
from ui.printing.flow import Flowable, RenderContext, TextBox, paint_text, text_size

_WRAP = int(Qt.TextFlag.TextWordWrap)
_LEFT_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_RIGHT_TOP = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)


def _caps(size: float, spacing: float) -> QFont:
    """Bold capitals, letter-spaced by ``spacing`` points."""
    font = style.font(size, QFont.Weight.Bold)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
    return font


class Band(Flowable):
    """The dark band across the top of a meeting's first page: what, when, where, who."""

    def __init__(self, ctx: RenderContext, sheet: PrepSheet, width: float, bleed: float) -> None:
        u = ctx.u
        self.ctx, self.sheet, self.width, self.bleed = ctx, sheet, width, bleed
        self.title_font = style.font(19, QFont.Weight.Bold)
        self.when_font = style.font(9.5, QFont.Weight.DemiBold)
        self.meta_font = style.font(8)
        self.caps = _caps(6.3, 0.9)
        place = " ".join(sheet.place.split())
        self.when = text.when(sheet) + (f"  ·  {place}" if place else "")
        people = len(sheet.attendees)
        facts = [f"{people} attendee{'s' if people != 1 else ''}"]
        if sheet.open_commitments:
            facts.append(
                f"{sheet.open_commitments} open commitment" + "s" * (sheet.open_commitments != 1)
            )
        if sheet.map_names:
            facts.append("Maps: " + ", ".join(sheet.map_names))
        if sheet.logged:
            facts.append("logged as an interaction")
        self.facts = "  ·  ".join(facts)
        self.top_pad, self.pad = u(26), u(14)
        self.title_h = text_size(ctx.device, self.title_font, width, _WRAP, sheet.title).height()
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
            "MEETING PREP",
            self.caps,
            style.BAND_MUTED,
        )
        paint_text(
            painter,
            QRectF(x, top, self.width, u(10)),
            _RIGHT_TOP,
            "CONFIDENTIAL",
            self.caps,
            style.BAND_MUTED,
        )
        top += u(12)
        paint_text(
            painter,
            QRectF(x, top, self.width, self.title_h),
            _LEFT_TOP | _WRAP,
            self.sheet.title,
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
        self.font = _caps(7, 1.1)
        self.height = ctx.u(13)
        self.space_before = ctx.u(12)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        u = self.ctx.u
        bounds = paint_text(
            painter, QRectF(x, y, self.width, u(10)), _LEFT_TOP, self.label, self.font, style.ACCENT
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
    """Objective and agenda side by side, each under its small-caps label."""

    def __init__(self, ctx: RenderContext, sheet: PrepSheet, width: float) -> None:
        u = ctx.u
        self.ctx, self.width = ctx, width
        self.gap = u(22)
        col = (width - self.gap) / 2
        self.col = col
        objective = (
            text.esc_lines(sheet.objective) or '<span class="faint">No objective set.</span>'
        )
        agenda = text.agenda_html(sheet.agenda) or '<span class="faint">No agenda set.</span>'
        self.boxes = [ctx.text(objective, col, 9), ctx.text(agenda, col, 8.5)]
        self.caps = _caps(6.5, 1)
        self.label_h = u(11)
        self.height = self.label_h + max(b.height for b in self.boxes)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        for index, (label, box) in enumerate(zip(("Objective", "Agenda"), self.boxes, strict=True)):
            left = x + index * (self.col + self.gap)
            paint_text(
                painter,
                QRectF(left, y, self.col, self.label_h),
                _LEFT_TOP,
                label.upper(),
                self.caps,
                style.MUTED,
            )
            box.draw(painter, left, y + self.label_h)


# -- attendee blocks ------------------------------------------------------------------------------
@dataclass(slots=True)
class Section:
    label: str
    box: TextBox
    highlighted: bool = False


class AttendeeBlock(Flowable):
    """One attendee: name and role, then labelled sections beside the thumbnails and the trend."""

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
        sections: list[Section] | None = None,
        continued: bool = False,
    ) -> None:
        u = ctx.u
        self.ctx, self.person, self.width = ctx, person, width
        self.today, self.since, self.now = today, since, now
        self.continued = continued
        self.space_before = u(11)
        self.bar = u(2.4)
        self.inset = u(9)
        self.show_right = person.known and not continued
        self.right_w = u(self.RIGHT_W) if self.show_right else 0.0
        self.col_gap = u(14) if self.show_right else 0.0
        self.label_w = u(self.LABEL_W)
        self.text_w = width - self.inset - self.right_w - self.col_gap - self.label_w - u(6)
        self.name_font = style.font(11.5 if not continued else 9, QFont.Weight.Bold)
        self.sub_font = style.font(7.8)
        self.chip_font = _caps(5.6, 0.7)
        self.label_font = _caps(5.6, 0.55)
        self.sections = sections if sections is not None else self._sections()
        self.header_h = self._header_height()
        self.right_h = self._right_height() if self.show_right else 0.0
        self.height = self.header_h + max(self._sections_height(self.sections), self.right_h)

    # -- content --------------------------------------------------------------------------------
    def _box(self, html: str, size: float = 7.9) -> TextBox:
        return self.ctx.text(html, self.text_w, size)

    def _sections(self) -> list[Section]:
        p = self.person
        found: list[Section] = []
        if p.talking_points.strip():
            box = self.ctx.text(text.esc_lines(p.talking_points), self.text_w - self.ctx.u(8), 8.3)
            found.append(Section("Talking points", box, highlighted=True))
        if not p.known:
            found.append(
                Section(
                    "History",
                    self._box(
                        '<span class="muted"><i>No history: this attendee is not in Rapport. '
                        "Add them as a stakeholder to track trust, commitments and contacts."
                        "</i></span>"
                    ),
                )
            )
            return found
        if p.standings:
            found.append(Section("Position", self._box(text.standings_html(p.standings))))
        if p.latest_note is not None:
            found.append(Section("Latest note", self._box(text.note_html(p))))
        recent = text.interactions_html(p.interactions)
        found.append(
            Section("Recent", self._box(recent or '<span class="faint">No contact logged.</span>'))
        )
        for label, lines in (("We owe", p.we_owe), ("They owe", p.they_owe)):
            html = (
                text.commitments_html(lines, self.today)
                or '<span class="faint">Nothing open.</span>'
            )
            found.append(Section(label, self._box(html)))
        if p.communication_preferences.strip():
            found.append(
                Section("How to handle", self._box(text.esc_lines(p.communication_preferences)))
            )
        return found

    # -- measures -------------------------------------------------------------------------------
    def _header_height(self) -> float:
        u = self.ctx.u
        name_h = QFontMetricsF(self.name_font, self.ctx.device).height()
        if self.continued:
            return name_h + u(5)
        sub = self._plain_sub()
        sub_h = (
            text_size(self.ctx.device, self.sub_font, self.width - self.inset, _WRAP, sub).height()
            if sub
            else 0.0
        )
        return name_h + u(1) + sub_h + u(6)

    def _plain_sub(self) -> str:
        p = self.person
        if not p.known:
            return p.email
        parts = [p.job_title] if p.job_title else []
        if p.organisation:
            parts.append(p.organisation + (f" › {p.unit}" if p.unit else ""))
        if p.email:
            parts.append(p.email)
        return "  ·  ".join(parts)

    def _section_height(self, section: Section) -> float:
        u = self.ctx.u
        pad = u(3.5) * 2 if section.highlighted else 0.0
        return max(section.box.height + pad, u(8)) + u(4)

    def _sections_height(self, sections: list[Section]) -> float:
        return sum(self._section_height(s) for s in sections)

    def _right_height(self) -> float:
        u = self.ctx.u
        thumbs = u(60) + u(20) if self.person.standings else 0.0
        return thumbs + u(10) + u(46)

    # -- splitting (only for a block taller than a page) ----------------------------------------
    def split(self, available: float) -> tuple[Flowable, Flowable] | None:
        room = available - self.header_h
        taken: list[Section] = []
        used = 0.0
        rest = list(self.sections)
        while rest and used + self._section_height(rest[0]) <= room:
            used += self._section_height(rest[0])
            taken.append(rest.pop(0))
        if rest and not taken:
            first = rest[0]
            cut = first.box.line_break_before(room - self.ctx.u(12))
            if cut <= 0:
                return None
            taken.append(Section(first.label, first.box.slice(0, cut), first.highlighted))
            rest[0] = Section(
                first.label, first.box.slice(cut, first.box.height - cut), first.highlighted
            )
        if not rest:
            return None
        head = self._with(taken, self.continued)
        tail = self._with(rest, True)
        return head, tail

    def _with(self, sections: list[Section], continued: bool) -> AttendeeBlock:
        return AttendeeBlock(
            self.ctx,
            self.person,
            self.width,
            self.today,
            self.since,
            self.now,
            sections=sections,
            continued=continued,
        )

    # -- painting -------------------------------------------------------------------------------
    def draw(self, painter: QPainter, x: float, y: float) -> None:
        u = self.ctx.u
        p = self.person
        standing = p.standings[0] if p.standings else None
        accent = style.quadrant_colour(standing.quadrant if standing else None)
        if not p.known:
            accent = style.RULE
        painter.fillRect(QRectF(x, y + u(1), self.bar, self.height - u(3)), QColor(accent))
        left = x + self.inset
        inner_w = self.width - self.inset
        name = p.name + (" (continued)" if self.continued else "")
        bounds = paint_text(
            painter,
            QRectF(left, y, inner_w * 0.7, u(20)),
            _LEFT_TOP,
            name,
            self.name_font,
            style.INK,
        )
        if not self.continued:
            self._chip(
                painter,
                QPointF(bounds.right() + u(6), bounds.center().y()),
                text.role_label(p.role),
            )
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
        for section in self.sections:
            self._draw_section(painter, section, left, top)
            top += self._section_height(section)
        if self.show_right:
            self._draw_right(painter, x + self.width - self.right_w, y + self.header_h)

    def _chip(self, painter: QPainter, at: QPointF, label: str) -> None:
        u = self.ctx.u
        metrics = QFontMetricsF(self.chip_font, self.ctx.device)
        w = metrics.horizontalAdvance(label.upper()) + u(7)
        h = metrics.height() + u(2)
        rect = QRectF(at.x(), at.y() - h / 2, w, h)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        organiser = label == "Organiser"
        painter.setPen(QColor(style.ACCENT if organiser else style.FAINT))
        painter.setBrush(QColor(style.ACCENT) if organiser else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, h / 2, h / 2)
        paint_text(
            painter,
            rect,
            int(Qt.AlignmentFlag.AlignCenter),
            label.upper(),
            self.chip_font,
            "#FFFFFF" if organiser else style.MUTED,
        )
        painter.restore()

    def _draw_section(self, painter: QPainter, section: Section, left: float, top: float) -> None:
        u = self.ctx.u
        paint_text(
            painter,
            QRectF(left, top + u(1.2), self.label_w, u(20)),
            _LEFT_TOP | _WRAP,
            section.label.upper(),
            self.label_font,
            style.MUTED,
        )
        text_left = left + self.label_w + u(6)
        if section.highlighted:
            box = QRectF(text_left, top, self.text_w, section.box.height + u(7))
            painter.fillRect(box, QColor(style.TALKING_WASH))
            painter.fillRect(
                QRectF(box.left(), box.top(), u(1.6), box.height()), QColor(style.TALKING_EDGE)
            )
            section.box.draw(painter, text_left + u(5), top + u(3.5))
        else:
            section.box.draw(painter, text_left, top)

    def _draw_right(self, painter: QPainter, x: float, y: float) -> None:
        u = self.ctx.u
        p = self.person
        size = u(60)
        gap = self.right_w - 2 * size
        for index, standing in enumerate(p.standings[:2]):
            left = x + index * (size + gap)
            draw_grid_thumbnail(painter, QRectF(left, y + u(1), size, size), standing, u)
            caption = QRectF(left, y + size + u(3), size, u(8))
            metrics = QFontMetricsF(style.font(6, QFont.Weight.Bold), self.ctx.device)
            name = metrics.elidedText(standing.map_name, Qt.TextElideMode.ElideRight, size)
            paint_text(
                painter, caption, _LEFT_TOP, name, style.font(6, QFont.Weight.Bold), style.INK
            )
            paint_text(
                painter,
                caption.translated(0, u(7.5)),
                _LEFT_TOP,
                text.quadrant_label(standing.quadrant),
                style.font(6),
                style.quadrant_colour(standing.quadrant),
            )
        top = y + (size + u(20) if p.standings else 0.0)
        legend = QRectF(x, top, self.right_w, u(8))
        self._legend(painter, legend)
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
        font = _caps(5.4, 0.5)
        left = rect.left()
        for label, colour in (("Trust", style.TRUST_COLOUR), ("Influence", style.INFLUENCE_COLOUR)):
            painter.fillRect(QRectF(left, rect.top() + u(2.6), u(7), u(1.4)), QColor(colour))
            bounds = paint_text(
                painter,
                QRectF(left + u(9), rect.top(), rect.width(), rect.height()),
                _LEFT_TOP,
                label.upper(),
                font,
                style.MUTED,
            )
            left = bounds.right() + u(8)
        paint_text(painter, rect, _RIGHT_TOP, "12 MONTHS", font, style.FAINT)
