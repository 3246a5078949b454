"""Words and HTML for the prep sheet. Every piece of user-entered text goes through :func:`esc`.

Dates, times and numbers are shown in the computer's own time zone and the user's locale, as on
screen (:mod:`ui.formatting`): a prep sheet printed in Germany reads "Dienstag 2. Dezember 2025".
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from domain.model import AttendeeRole, Attitude, ConcernSeverity, InteractionKind, Sentiment
from domain.rules.quadrant import Quadrant
from domain.usecases.influence import STRENGTHS
from domain.usecases.prep_sheet import (
    AttendeeSheet,
    CommitmentLine,
    ConcernLine,
    InteractionLine,
    MapStanding,
    PrepSheet,
    Trend,
)
from domain.usecases.prep_sheet_contents import TouchpointLine
from ui import domain_words
from ui.formatting import (
    format_date,
    format_long_date,
    format_month,
    format_number,
    format_time,
    format_weekday_date,
)
from ui.translation import tr


def esc(text: str) -> str:
    """User text as literal HTML text: ``<b>Eve</b>`` prints as typed."""
    return html.escape(text, quote=True)


def clipped(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a word boundary, ending in "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + "…"


def faint(text: str) -> str:
    """A faint remark ("No agenda set."), escaped."""
    return f'<span class="faint">{esc(text)}</span>'


def muted(text: str) -> str:
    """A muted remark, escaped."""
    return f'<span class="muted">{esc(text)}</span>'


def esc_lines(text: str) -> str:
    """Multi-line user text, line breaks kept."""
    lines = [esc(line.rstrip()) for line in text.strip().splitlines()]
    return "<br/>".join(lines)


#: Ends a field cut because it would not fit on one page.
CONTINUED = QT_TRANSLATE_NOOP("", "continued in Rapport")


@dataclass(frozen=True, slots=True)
class Budget:
    """How much text one field may print: about a page of lines at a column's width."""

    lines: int
    chars_per_line: int

    def cut(self, text: str) -> tuple[str, bool]:
        """The start of ``text`` that fits (cut at a word boundary), and whether it was cut.

        Linear in the text's length: a field of any size costs only the part that prints.
        """
        left = self.lines
        kept: list[str] = []
        for line in text.strip().splitlines():
            rows = max(1, -(-len(line) // self.chars_per_line))
            if rows <= left:
                kept.append(line)
                left -= rows
                continue
            if left > 0:
                kept.append(clipped(line, left * self.chars_per_line).removesuffix("…"))
            return "\n".join(kept).rstrip(), True
        return "\n".join(kept), False

    def html(self, text: str) -> str:
        """The field as escaped HTML (line breaks kept), ending in the mark when it was cut."""
        shown, cut = self.cut(text)
        body = esc_lines(shown)
        if cut:
            body += f' <span class="cut">… {esc(tr(CONTINUED))}</span>'
        return body


#: No limit (for tests and callers that know their text is short).
UNLIMITED = Budget(10**9, 10**9)


def local(moment: datetime) -> datetime:
    return moment.astimezone()


def day(moment: datetime | date, year: bool = True) -> str:
    return format_date(moment, year=year)


def long_day(moment: datetime) -> str:
    return format_long_date(moment)


def short_day(moment: datetime) -> str:
    return format_weekday_date(moment)


def month_year(moment: datetime) -> str:
    return format_month(moment)


def clock(moment: datetime) -> str:
    return format_time(moment)


def when(sheet: PrepSheet) -> str:
    """ "Tuesday 2 December 2025 · 10:00–11:30"."""
    text = f"{long_day(sheet.start)} · {clock(sheet.start)}"
    if sheet.end is not None:
        if local(sheet.end).date() == local(sheet.start).date():
            text += f"–{clock(sheet.end)}"
        else:
            text += f" – {short_day(sheet.end)} {clock(sheet.end)}"
    return text


def printed(moment: datetime) -> str:
    return f"{day(moment)}, {clock(moment)}"


def role_label(role: AttendeeRole) -> str:
    return {
        AttendeeRole.ORGANISER: tr("Organiser"),
        AttendeeRole.REQUIRED: tr("Required"),
        AttendeeRole.OPTIONAL: tr("Optional"),
    }[AttendeeRole(role)]


def kind_label(kind: InteractionKind) -> str:
    return {
        InteractionKind.MEETING: tr("Meeting"),
        InteractionKind.CALL: tr("Call"),
        InteractionKind.EMAIL: tr("E-mail"),
        InteractionKind.MEAL: tr("Meal"),
        InteractionKind.WORKSHOP: tr("Workshop"),
    }[InteractionKind(kind)]


def sentiment_mark(sentiment: Sentiment) -> str:
    """A short, printable sign of how it went: ++, +, ○, −, −−."""
    value = int(sentiment)
    if value > 0:
        return f'<span class="pos">{"+" * value}</span>'
    if value < 0:
        return f'<span class="neg">{"−" * -value}</span>'
    return '<span class="neu">○</span>'


def number(value: float | None) -> str:
    """ "7", "7.5" (the locale's decimal mark): whole numbers without a decimal on paper."""
    if value is None:
        return "–"
    return format_number(value, 0 if value == int(value) else 1)


def change(value: float | None) -> str:
    if value is None or abs(value) < 0.05:
        return ""
    arrow = "▲" if value > 0 else "▼"
    return f"{arrow}{number(round(abs(value), 1))}"


def attitude_label(attitude: Attitude | None) -> str:
    return domain_words.attitude_label(attitude) if attitude is not None else tr("not rated")


def quadrant_label(quadrant: Quadrant | None) -> str:
    return domain_words.quadrant_title(quadrant) if quadrant is not None else tr("Not placed")


def organisation_line(person: AttendeeSheet) -> str:
    """ "CFO · Northwind › Finance · ada@…": the second line of an attendee block (escaped)."""
    parts = []
    if person.job_title:
        parts.append(esc(person.job_title))
    if person.place:
        parts.append(esc(person.place))
    if person.email:
        parts.append(esc(person.email))
    return " · ".join(parts)


# -- section contents: each a list of paragraphs (inner HTML) ------------------------------------
def standing_lines(standings: tuple[MapStanding, ...]) -> list[str]:
    """Per map: the quadrant (and the one we aim for), then power, interest and attitude."""
    rows = []
    aim = " " + muted(tr("→ aim")) + " "
    for standing in standings:
        name = f"<b>{esc(standing.map_name)}</b>"
        if standing.quadrant is None:
            why = tr("not on this map") if not standing.on_map else tr("not placed yet")
            rows.append(f'{name} <span class="muted">· {esc(why)}</span>')
            continue
        line = f"{name} · {esc(quadrant_label(standing.quadrant))}"
        goal = standing.desired_quadrant
        if goal is not None and goal != standing.quadrant:
            line += f"{aim}{esc(quadrant_label(goal))}"
        numbers = tr("Power {power} · Interest {interest} · Attitude").format(
            power=number(standing.power), interest=number(standing.interest)
        )
        detail = (
            f'<span class="muted">{esc(numbers)}</span> '
            f"<b>{esc(attitude_label(standing.attitude))}</b>"
        )
        wanted = standing.desired_attitude
        if wanted is not None and wanted != standing.attitude:
            detail += f"{aim}<b>{esc(attitude_label(wanted))}</b>"
        rows.append(f"{line}<br/>{detail}")
    return rows


def influence_lines(person: AttendeeSheet) -> list[str]:
    """Lines "Influenced by …" and "Influences …": strongest first, those at the meeting marked."""
    rows = []
    for label, lines in (
        (tr("Influenced by"), person.influenced_by),
        (tr("Influences"), person.influences),
    ):
        if not lines:
            continue
        named = ", ".join(
            f'<b>{esc(line.name)}</b> <span class="muted">({STRENGTHS.get(line.strength, "")}'
            + (tr(", here") if line.present else "")
            + ")</span>"
            for line in lines
        )
        rows.append(f'<span class="muted">{label}</span> {named}')
    return rows


def interaction_lines(lines: tuple[InteractionLine, ...], budget: Budget = UNLIMITED) -> list[str]:
    rows = []
    for line in lines:
        summary = budget.html(line.summary) or '<span class="faint">no summary</span>'
        rows.append(
            f'{sentiment_mark(line.sentiment)} <span class="muted">{day(line.when)} · '
            f"{kind_label(line.kind)}</span> — {summary}"
        )
    return rows


def commitment_lines(
    lines: tuple[CommitmentLine, ...], today: date, budget: Budget = UNLIMITED
) -> list[str]:
    rows = []
    for line in lines:
        what = budget.html(line.description)
        if line.due_on is None:
            due = '<span class="faint">no date</span>'
        elif line.overdue:
            days = (today - line.due_on).days
            due = f'<span class="overdue">overdue {days} d · due {day(line.due_on, False)}</span>'
        else:
            due = (
                f'<span class="muted">due {day(line.due_on, line.due_on.year != today.year)}</span>'
            )
        box = '<span class="overdue">■</span>' if line.overdue else "□"
        rows.append(f"{box} {what} — {due}")
    return rows


def concern_lines(
    lines: tuple[ConcernLine, ...], today: date, budget: Budget = UNLIMITED
) -> list[str]:
    """Open concerns: a warning mark on overdue ones, the severity when high, raised and target."""
    rows = []
    for line in lines:
        what = budget.html(line.title)
        if line.severity is ConcernSeverity.HIGH:
            what = f"<b>{what}</b> (high)"
        raised = f"raised {day(line.raised_on, line.raised_on.year != today.year)}"
        if line.target_on is None:
            when = f'<span class="muted">{raised}</span>'
        elif line.overdue:
            days = (today - line.target_on).days
            when = (
                f'<span class="overdue">overdue {days} d · target {day(line.target_on, False)}'
                f"</span>"
            )
        else:
            target = day(line.target_on, line.target_on.year != today.year)
            when = f'<span class="muted">{raised} · target {target}</span>'
        mark = '<span class="overdue">▲</span>' if line.overdue else "△"
        rows.append(f"{mark} {what} — {when}")
    return rows


def note_line(person: AttendeeSheet, budget: Budget = UNLIMITED) -> str:
    note = person.latest_note
    if note is None:
        return ""
    about = esc(clipped(note.about, 200))
    return f'“{budget.html(note.text)}” <span class="muted">— {day(note.at)}, {about}</span>'


def trend_caption(trend: Trend) -> str:
    return f"{number(trend.current)} {change(trend.change)}".strip()


def agenda_html(agenda: str, budget: Budget = UNLIMITED) -> str:
    """The agenda, numbered lines kept as the user typed them (about a page at most)."""
    lines = [line.strip() for line in agenda.strip().splitlines() if line.strip()]
    shown, cut = budget.cut("\n".join(lines))
    html_lines = [f"<p>{esc(line)}</p>" for line in shown.splitlines()]
    if cut and html_lines:
        html_lines[-1] = html_lines[-1].removesuffix("</p>")
        html_lines[-1] += f' <span class="cut">… {esc(tr(CONTINUED))}</span></p>'
    return "".join(html_lines)


def touchpoint_lines(lines: tuple[TouchpointLine, ...], today: date) -> list[str]:
    """The next touchpoints of the attendee's plans: when, what, why (overdue ones marked)."""
    rows = []
    for line in lines:
        when = day(line.on, line.on.year != today.year)
        if line.overdue:
            when = f'<span class="overdue">overdue since {when}</span>'
        purpose = f" — {esc(clipped(line.purpose, 200))}" if line.purpose else ""
        rows.append(f"{when}: {esc(line.kind)}{purpose}")
    if lines:
        rows.append(f'<span class="muted">Plan: {esc(clipped(lines[0].objective, 200))}</span>')
    return rows
