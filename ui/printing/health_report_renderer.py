"""The quarterly relationship-health report on paper: a PDF or a printer, with the prep sheet's
machinery (page geometry inside the printable area, flowables, fonts, footers "Page x of y").

    write_report_pdf(report, Path("health-2026Q4.pdf"), PageSize.A4)
    print_report(report, "OfficeLaser")

Page 1: the title band with the overall grade, a summary, and one ruled line per business unit
(grade, change since the quarter before, maturity, plans, people at risk, open concerns); then a
section per unit, weakest first, with its relationships at risk and top concerns; last, how the
grade is computed, with the workspace's numbers. Grades carry their letter everywhere, so the page
reads on a black-and-white laser.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QIODevice, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from domain.rules.relationship_health import Grade, HealthScore, explanation
from domain.usecases.health_report import HealthReport, UnitReport
from ui.printing import style, text
from ui.printing.blocks import Heading, TextFlow, caps_font
from ui.printing.flow import Flowable, Frame, RenderContext, paginate, paint_text
from ui.printing.page_geometry import Margins, PageGeometry
from ui.printing.prep_sheet_renderer import PDF_RESOLUTION, PageSize, page_layout
from ui.translation import tr

_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
#: Grade chips: dark enough to hold white letters, distinct in grey as well.
GRADE_INK = {
    Grade.A: "#1B7A4E",
    Grade.B: "#4E8A2A",
    Grade.C: "#A86B12",
    Grade.D: "#C2521A",
    Grade.E: "#B4231A",
}


def document_title(report: HealthReport) -> str:
    return f"Relationship health — {report.quarter.label}"


def suggested_file_name(report: HealthReport, suffix: str = ".pdf") -> str:
    return f"Relationship health {report.quarter}{suffix}"


def score_text(score: HealthScore | None) -> str:
    return "—" if score is None else f"{score.grade.value} · {score.score:.0f}"


def change_text(change: float | None) -> str:
    if change is None:
        return "new"
    if abs(change) < 0.5:
        return "±0"
    return f"{'▲' if change > 0 else '▼'} {abs(change):.0f}"


def draw_chip(painter: QPainter, rect: QRectF, grade: Grade, font: QFont) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(GRADE_INK[grade]))
    radius = rect.height() * 0.22
    painter.drawRoundedRect(rect, radius, radius)
    painter.restore()
    paint_text(painter, rect, _CENTRE, grade.value, font, "#FFFFFF")


class ReportBand(Flowable):
    """The title band: what, which quarter, as of when, and the overall grade in a chip."""

    def __init__(
        self, ctx: RenderContext, report: HealthReport, width: float, bleed: float, top: float
    ) -> None:
        u = ctx.u
        self.ctx, self.report, self.width, self.bleed, self.top_pad = ctx, report, width, bleed, top
        self.caps = caps_font(6.3, 0.9)
        self.title_font = style.font(20, QFont.Weight.Bold)
        self.meta_font = style.font(8.5)
        self.chip_font = style.font(22, QFont.Weight.Bold)
        self.chip = u(44)
        self.band_h = top + u(12) + u(26) + u(14) + u(14) + u(12)
        self.height = self.band_h + u(12)

    def _meta(self) -> list[str]:
        r = self.report
        as_of = text.day(r.as_of_day)
        when = f"As of {as_of} (quarter in progress)" if r.current else f"As of {as_of}"
        first = f"{when} · compared with {text.day(r.previous_day)}"
        units = len(r.units)
        second = (
            f"{units} business unit{'s' if units != 1 else ''} · {r.people} "
            f"relationship{'s' if r.people != 1 else ''} graded · {r.at_risk} at risk"
        )
        return [first, second]

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        u = self.ctx.u
        painter.fillRect(
            QRectF(x - self.bleed, y, self.width + 2 * self.bleed, self.band_h), QColor(style.BAND)
        )
        painter.fillRect(
            QRectF(x - self.bleed, y + self.band_h - u(2.2), self.width + 2 * self.bleed, u(2.2)),
            QColor(style.ACCENT),
        )
        top = y + self.top_pad
        line = QRectF(x, top, self.width, u(10))
        paint_text(
            painter, line, _LEFT, tr("RELATIONSHIP HEALTH REPORT"), self.caps, style.BAND_MUTED
        )
        paint_text(painter, line, _RIGHT, tr("CONFIDENTIAL"), self.caps, style.BAND_MUTED)
        top += u(12)
        text_w = self.width - self.chip - u(12)
        title = f"Business relationships — {self.report.quarter.label}"
        paint_text(
            painter, QRectF(x, top, text_w, u(26)), _LEFT, title, self.title_font, style.BAND_TEXT
        )
        top += u(26)
        for row in self._meta():
            paint_text(
                painter, QRectF(x, top, text_w, u(14)), _LEFT, row, self.meta_font, style.BAND_MUTED
            )
            top += u(14)
        overall = self.report.overall
        if overall is not None:
            chip = QRectF(
                x + self.width - self.chip, y + self.top_pad + u(14), self.chip, self.chip
            )
            draw_chip(painter, chip, overall.grade, self.chip_font)
            paint_text(
                painter,
                QRectF(chip.left() - u(20), chip.bottom() + u(2), chip.width() + u(40), u(10)),
                _CENTRE,
                tr("overall {score:.0f}").format(score=overall.score),
                style.font(7, QFont.Weight.Bold),
                style.BAND_MUTED,
            )


@dataclass(frozen=True, slots=True)
class _Column:
    title: str
    share: float
    right: bool = False


_COLUMNS = (
    _Column("Business unit", 0.30),
    _Column("Grade", 0.09),
    _Column("Change", 0.09, right=True),
    _Column("Maturity", 0.15),
    _Column("Plans on / off", 0.12, right=True),
    _Column("At risk", 0.08, right=True),
    _Column("Open concerns", 0.17, right=True),
)


class UnitTable(Flowable):
    """One ruled line per unit, drawn as plain text (never markup); splits between rows."""

    def __init__(
        self, ctx: RenderContext, units: list[UnitReport], width: float, header: bool = True
    ) -> None:
        u = ctx.u
        self.ctx, self.units, self.width, self.header = ctx, units, width, header
        self.row_h = u(17)
        self.head_h = u(14)
        self.body = style.font(8)
        self.bold = style.font(8, QFont.Weight.Bold)
        self.chip_font = style.font(7.5, QFont.Weight.Bold)
        self.caps = caps_font(6, 0.6)
        self.height = self.head_h + self.row_h * len(units)

    def split(self, available: float) -> tuple[Flowable, Flowable] | None:
        fits = int((available - self.head_h) // self.row_h)
        if fits < 1 or fits >= len(self.units):
            return None
        return (
            UnitTable(self.ctx, self.units[:fits], self.width),
            UnitTable(self.ctx, self.units[fits:], self.width),
        )

    def _cells(self, unit: UnitReport) -> list[tuple[str, str, QFont]]:
        plans = unit.plans
        change = unit.change
        colour = style.BODY
        if change is not None and change <= -5:
            colour = style.OVERDUE
        late = sum(1 for c in unit.top_concerns if c.overdue)
        concerns = f"{unit.open_concerns}" + (f" ({late} overdue)" if late else "")
        return [
            (unit.name, style.INK, self.bold),
            (f"{unit.health.score:.0f}", style.BODY, self.body),
            (change_text(change), colour, self.bold if colour == style.OVERDUE else self.body),
            (unit.maturity.label if unit.maturity else "not assessed", style.BODY, self.body),
            (f"{plans.on_track} / {plans.off_track}" if plans else "—", style.MUTED, self.body),
            (str(len(unit.at_risk)) if unit.at_risk else "—", style.BODY, self.body),
            (concerns, style.OVERDUE if late else style.BODY, self.body),
        ]

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        u = self.ctx.u
        pad = u(3)
        lefts = []
        left = x
        for column in _COLUMNS:
            lefts.append(left)
            left += column.share * self.width
        for column, start in zip(_COLUMNS, lefts, strict=True):
            box = QRectF(start + pad, y, column.share * self.width - 2 * pad, self.head_h)
            paint_text(
                painter, box, _RIGHT if column.right else _LEFT, column.title.upper(), self.caps,
                style.MUTED,
            )  # fmt: skip
        painter.setPen(QColor(style.RULE))
        painter.drawLine(QPointF(x, y + self.head_h), QPointF(x + self.width, y + self.head_h))
        top = y + self.head_h
        for unit in self.units:
            cells = self._cells(unit)
            for index, (column, start, (value, colour, font)) in enumerate(
                zip(_COLUMNS, lefts, cells, strict=True)
            ):
                box = QRectF(start + pad, top, column.share * self.width - 2 * pad, self.row_h)
                if index == 1:
                    chip = QRectF(box.left(), top + u(3.5), u(14), self.row_h - u(7))
                    draw_chip(painter, chip, unit.health.grade, self.chip_font)
                    box = box.adjusted(u(18), 0, 0, 0)
                metrics = QFontMetricsF(font, self.ctx.device)
                shown = metrics.elidedText(value, Qt.TextElideMode.ElideRight, box.width())
                paint_text(painter, box, _RIGHT if column.right else _LEFT, shown, font, colour)
            top += self.row_h
            painter.setPen(QColor(style.RULE))
            painter.drawLine(QPointF(x, top), QPointF(x + self.width, top))


def _summary_html(report: HealthReport) -> str:
    overall, before = report.overall, report.overall_before
    if overall is None:
        return (
            '<p class="muted">No business unit has people in the register yet: add people to '
            "internal units to grade them.</p>"
        )
    parts = [
        f'Overall <span class="strong">{overall.grade.value} ({overall.score:.0f})</span>, '
        f"{overall.grade.label}"
    ]
    if before is not None:
        delta = overall.score - before.score
        moved = "no change" if abs(delta) < 0.5 else f"{'up' if delta > 0 else 'down'} "
        moved += "" if abs(delta) < 0.5 else f"{abs(delta):.0f} points"
        parts.append(f"{moved} since {report.quarter.previous.label} ({before.grade.value})")
    worst = report.units[0] if report.units else None
    sentences = [", ".join(parts) + "."]
    if worst is not None and worst.health.grade in (Grade.C, Grade.D, Grade.E):
        sentences.append(
            f'Weakest: <span class="strong">{text.esc(worst.name)}</span> '
            f"({worst.health.grade.value}, {worst.health.score:.0f})."
        )
    falling = [u for u in report.units if u.change is not None and u.change <= -5]
    if falling:
        names = ", ".join(text.esc(u.name) for u in falling[:4])
        sentences.append(f"Falling by 5 points or more: {names}.")
    open_concerns = sum(u.open_concerns for u in report.units)
    late = sum(1 for u in report.units for c in u.top_concerns if c.overdue)
    sentences.append(
        f"{report.at_risk} relationship{'s' if report.at_risk != 1 else ''} at risk (D or E); "
        f"{open_concerns} open concern{'s' if open_concerns != 1 else ''}"
        + (f', <span class="overdue">{late} overdue</span>' if late else "")
        + "."
    )
    if all(u.plans is None for u in report.units):
        sentences.append('<span class="muted">No engagement plans in these units yet.</span>')
    return f"<p>{' '.join(sentences)}</p>"


def _unit_html(unit: UnitReport, report: HealthReport) -> str:
    facts = [f"{unit.people} {'person' if unit.people == 1 else 'people'}"]
    if unit.before is not None:
        facts.append(
            f"{report.quarter.previous.label}: {unit.before.grade.value} "
            f"({unit.before.score:.0f}) → {unit.health.grade.value} ({unit.health.score:.0f})"
        )
    if unit.maturity is not None:
        moved = ""
        if unit.maturity_before is not None and unit.maturity_before != unit.maturity:
            moved = f" (was {unit.maturity_before.label})"
        facts.append(f"maturity: {unit.maturity.label}{moved}")
    if unit.plans is not None:
        facts.append(f"plans {unit.plans.on_track} on track, {unit.plans.off_track} off track")
    facts.append(
        f"concerns: {unit.raised_in_quarter} raised, {unit.closed_in_quarter} closed this quarter"
    )
    rows = [f'<p class="muted">{text.esc(" · ".join(facts))}</p>']
    if unit.at_risk:
        rows.append('<p><span class="label">Relationships at risk</span></p>')
        for person in unit.at_risk:
            reasons = ", ".join(
                f"{p.factor.label.lower()} −{p.points:.0f}" for p in person.health.penalties[:3]
            )
            rows.append(
                f'<p>&nbsp;&nbsp;<span class="strong">{text.esc(text.clipped(person.name, 120))}'
                f"</span> — {person.health.grade.value} ({person.health.score:.0f}): "
                f'<span class="muted">{text.esc(reasons)}</span></p>'
            )
    if unit.top_concerns:
        rows.append('<p><span class="label">Top concerns</span></p>')
        for line in unit.top_concerns:
            c = line.concern
            target = f" · target {text.day(c.target_on)}" if c.target_on else ""
            state = '<span class="overdue">OVERDUE</span> ' if line.overdue else ""
            rows.append(
                f"<p>&nbsp;&nbsp;{'▲' if line.overdue else '△'} {state}"
                f"{text.esc(text.clipped(c.title, 300))} "
                f'<span class="muted">— {text.esc(text.clipped(line.name, 120))}, '
                f"{c.severity.label}, raised {text.day(c.raised_on)}{target}</span></p>"
            )
    if not unit.at_risk and not unit.top_concerns:
        rows.append('<p class="faint">No relationship at risk, no open concern.</p>')
    return "".join(rows)


def _method_html(report: HealthReport) -> str:
    lines = explanation(report.grading)
    return "".join(f'<p class="muted">{text.esc(line)}</p>' for line in lines)


def _flowables(
    ctx: RenderContext, report: HealthReport, width: float, bleed: float, geometry: PageGeometry
) -> list[Flowable]:
    u = ctx.u
    items: list[Flowable] = [ReportBand(ctx, report, width, bleed, u(geometry.band_text_top))]
    items.append(Heading(ctx, tr("Summary"), width))
    items.append(TextFlow(ctx.text(_summary_html(report), width, 9.5)))
    if report.units:
        items.append(Heading(ctx, tr("Business units"), width, "weakest first"))
        items.append(UnitTable(ctx, report.units, width))
        for unit in report.units:
            note = f"{score_text(unit.health)} · {change_text(unit.change)}"
            items.append(Heading(ctx, unit.name, width, note))
            items.append(TextFlow(ctx.text(_unit_html(unit, report), width, 8.5)))
    items.append(Heading(ctx, tr("How the grade is computed"), width))
    items.append(TextFlow(ctx.text(_method_html(report), width, 7.5)))
    return items


def render(
    report: HealthReport,
    device: QPagedPaintDevice,
    printed_at: datetime | None = None,
    *,
    safe: Margins | None = None,
) -> int:
    """Lay out and paint the report on ``device``; returns the number of pages."""
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
    pages = paginate([_flowables(ctx, report, width, side, geometry)], first, later)
    moment = printed_at or report.prepared_at
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or PDF file could not be opened for painting")
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for index, page in enumerate(pages):
            if index:
                device.newPage()
            for placed in page.items:
                placed.item.draw(painter, side, placed.y)
            _footer(ctx, painter, report, index + 1, len(pages), moment, geometry)
    finally:
        painter.end()
    return len(pages)


def _footer(
    ctx: RenderContext,
    painter: QPainter,
    report: HealthReport,
    number: int,
    total: int,
    printed_at: datetime,
    geometry: PageGeometry,
) -> None:
    u = ctx.u
    side, width = u(geometry.side), u(geometry.column)
    if number > 1:
        top = u(geometry.header_top)
        paint_text(
            painter, QRectF(side, top, width, u(10)), int(Qt.AlignmentFlag.AlignLeft),
            document_title(report), style.font(6.8, QFont.Weight.Bold), style.MUTED,
        )  # fmt: skip
        painter.setPen(QColor(style.RULE))
        painter.drawLine(QPointF(side, top + u(12)), QPointF(side + width, top + u(12)))
    rule_y = u(geometry.footer_rule)
    painter.setPen(QColor(style.RULE))
    painter.drawLine(QPointF(side, rule_y), QPointF(side + width, rule_y))
    line = QRectF(side, u(geometry.footer_text_top), width, u(10))
    caps = caps_font(6.5, 1.2)
    mark = paint_text(
        painter, line, int(Qt.AlignmentFlag.AlignLeft), tr("CONFIDENTIAL"), caps, style.OVERDUE,
        measure=True,
    )  # fmt: skip
    printed = tr("Printed {printed} · Rapport").format(printed=text.printed(printed_at))
    page = tr("Page {number} of {total}").format(number=number, total=total)
    paint_text(
        painter, line.adjusted(mark.width() + u(10), 0, 0, 0), int(Qt.AlignmentFlag.AlignLeft),
        printed, style.font(6.8), style.MUTED,
    )  # fmt: skip
    paint_text(
        painter, line, int(Qt.AlignmentFlag.AlignRight), page,
        style.font(6.8, QFont.Weight.Bold), style.BODY,
    )  # fmt: skip


def write_report_pdf(
    report: HealthReport,
    path: Path,
    size: PageSize = PageSize.A4,
    printed_at: datetime | None = None,
) -> int:
    """Write the report as a PDF; returns its pages. The file appears whole or not at all, and
    never over a workspace; raises OutputWriteError saying why when it cannot be written."""
    from ui.file_saving import save_file

    pages = 0

    def write(device: QIODevice) -> None:
        nonlocal pages
        writer = QPdfWriter(device)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(page_layout(size))
        writer.setCreator("Rapport")
        writer.setTitle(document_title(report))
        try:
            pages = render(report, writer, printed_at)
        finally:
            del writer

    save_file(path, write)
    return pages


def print_report(
    report: HealthReport, printer_name: str, size: PageSize | None = None, *, copies: int = 1
) -> tuple[str, PageSize, int]:
    """Print the report inside the printer's printable area: (printer, paper, pages). Raises
    PrintError saying why when there is no such printer or it refused the job."""
    from ui.printing.printers import (
        MAX_COPIES,
        PrintError,
        cups_error,
        find_printer,
        printer_paper,
        put_paper,
    )

    if not 1 <= copies <= MAX_COPIES:
        raise PrintError(f"copies must be between 1 and {MAX_COPIES}")
    info = find_printer(printer_name)
    paper = size or printer_paper(info).size
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    if not put_paper(printer, paper):
        raise PrintError(f"{info.printerName()} cannot print on {paper.value} paper")
    printer.setCopyCount(copies)
    printer.setDocName(document_title(report))
    if printer.pageLayout().fullRectPoints().size() != QSizeF(paper.qt.sizePoints()):
        raise PrintError(f"{info.printerName()} does not take {paper.value} paper")
    pages = render(report, printer)
    refused = cups_error()
    if refused:
        raise PrintError(f"{info.printerName()} did not take the job: {refused}")
    return info.printerName(), paper, pages
