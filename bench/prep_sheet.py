"""A meeting prep sheet as PDF, against a plain QTextDocument of the same length printed to PDF.

Setup (once per run, untimed): the demo workspace, and in it a meeting with 10 attendees (the demo's
most talked-to people, on the maps they are on) unless the demo already has one. The workspace is
opened once and stays open across samples, as in the app; the first (warm-up) call is not counted.

    prep_sheet.pdf_10      build_prep_sheet (reads the workspace) + layout + paint + write the PDF
    prep_sheet.render_10   the same sheet's layout + paint + write only (its data gathered before)
    baseline               a QTextDocument of plain paragraphs with as many pages, built from its
                           HTML and printed to a QPdfWriter

    prep_sheet.long_text   a meeting whose agenda, objective and one attendee's talking points,
                           latest note and "how to handle" are 100,000 characters each:
                           build_prep_sheet + layout + paint + write the PDF (each field is cut
                           to about a page, marked "continued in Rapport")

Target: ≤ 1.5 s and within 3× the baseline; the long-text sheet ≤ 3 s.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from _registry import Context, Measurement, benchmark

ATTENDEES = 10
FIGURE = "prep_sheet.pdf_10"
RENDER = "prep_sheet.render_10"
LONG_TEXT = "prep_sheet.long_text"
LONG = 100_000

_PARAGRAPH = (
    "The steering group reviewed the business case, the vendor shortlist and the migration plan. "
    "Finance asked for a cost bridge with three scenarios before the board meeting; marketing "
    "asked that the cut-over avoid the spring campaign. Actions were agreed with owners and dates."
)


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def _prepare(ctx: Context) -> tuple[Path, int] | str:
    """The demo workspace and the id of a meeting with 10 attendees, or why there is none."""
    try:
        from persistence.demo import build_demo_workspace
    except ImportError as exc:
        return f"the demo workspace cannot be built yet ({exc})"
    from domain.model import Meeting, MeetingAttendee
    from domain.usecases.meetings import plan_meeting
    from persistence.workspace import open_workspace

    path = ctx.workdir / "prep-sheet-demo.rapport"
    if not path.exists():
        build_demo_workspace(path)
    with open_workspace(path) as workspace:
        with workspace.uow() as uow:
            meetings = uow.meetings.list()
            people = uow.stakeholders.list()
            contacts = uow.interactions.last_contact()
            maps = [m.id for m in uow.maps.list() if m.id is not None]
        for meeting in meetings:
            known = [a for a in meeting.attendees if a.stakeholder_id is not None]
            if len(known) >= ATTENDEES and meeting.id is not None:
                return path, meeting.id
        if len(people) < ATTENDEES:
            return f"the demo has only {len(people)} people"
        people.sort(key=lambda p: contacts.get(p.id or 0, None) is None)
        chosen = people[:ATTENDEES]
        start = max(contacts.values(), default=None)
        from domain.clock import utc_now

        planned = plan_meeting(
            workspace.uow(),
            Meeting(
                "Quarterly business review (bench)",
                (start or utc_now()) + timedelta(days=1),
                place="Board room",
                objective="Agree the priorities for next quarter.",
                agenda="1. Results\n2. Risks\n3. Priorities\n4. Next steps",
                attendees=[
                    MeetingAttendee(p.id, p.name, talking_points=f"Ask {p.name} about priorities.")
                    for p in chosen
                ],
                map_ids=maps[:1],
            ),
        )
    assert planned.id is not None
    return path, planned.id


def _open_as_the_app_does(path: Path) -> Any:
    """Open, then tune the collector as the app does once its first workspace is open."""
    from persistence.workspace import open_workspace
    from ui.gc_tuning import tune_collector

    workspace = open_workspace(path, lock=False)
    tune_collector()
    return workspace


def _baseline_html(pages: int) -> str:
    """Plain paragraphs filling ``pages`` A4 pages in a default QTextDocument."""
    from PySide6.QtGui import QPageSize, QTextDocument

    size = QPageSize(QPageSize.PageSizeId.A4).sizePoints()
    count = 10
    while True:
        html = "".join(f"<p>{n}. {_PARAGRAPH}</p>" for n in range(count))
        doc = QTextDocument()
        doc.setHtml(html)
        doc.setPageSize(size.toSizeF())
        if doc.pageCount() >= pages:
            return html
        count += 10


@benchmark(FIGURE, RENDER)
def prep_sheet_pdf(ctx: Context) -> dict[str, Measurement]:
    _app()
    prepared = ctx.once("prep_sheet.setup", lambda: _prepare(ctx))
    if isinstance(prepared, str):
        return {name: Measurement.missing("ms", prepared) for name in (FIGURE, RENDER)}
    path, meeting_id = prepared

    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from domain.usecases.prep_sheet import build_prep_sheet
    from ui.printing.prep_sheet_renderer import PageSize, write_pdf

    out = ctx.workdir / "prep-sheet.pdf"
    # Open once, as in the app (where a click on a meeting finds the workspace open and warm).
    workspace = ctx.once("prep_sheet.workspace", lambda: _open_as_the_app_does(path))
    started = time.perf_counter()
    sheet = build_prep_sheet(workspace.uow(), meeting_id)
    pages = write_pdf([sheet], out, PageSize.A4)
    sheet_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    write_pdf([sheet], out, PageSize.A4)
    render_ms = (time.perf_counter() - started) * 1000

    html = ctx.once(f"prep_sheet.baseline.{pages}", lambda: _baseline_html(pages))
    plain = ctx.workdir / "plain.pdf"
    started = time.perf_counter()
    writer = QPdfWriter(str(plain))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QPageLayout().margins(),
        )
    )
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(writer)
    del writer
    baseline_ms = (time.perf_counter() - started) * 1000
    return {
        FIGURE: Measurement(sheet_ms, "ms", baseline_ms),
        RENDER: Measurement(render_ms, "ms", baseline_ms),
    }


def _prepare_long(ctx: Context) -> tuple[Path, int]:
    """A workspace with one meeting whose long fields are 100,000 characters each."""
    from datetime import UTC, datetime

    from domain.model import Dimension, Meeting, MeetingAttendee, Stakeholder
    from domain.usecases.meetings import plan_meeting
    from domain.usecases.ratings import rate
    from domain.usecases.stakeholders import add_stakeholder
    from persistence.workspace import create_workspace

    words = " ".join(f"word{n}" for n in range(20_000))[:LONG]
    agenda = "\n".join(f"{n}. Agenda item {n}" for n in range(8_000))[:LONG]
    path = ctx.workdir / "prep-sheet-long.rapport"
    path.unlink(missing_ok=True)
    now = datetime.now(UTC)
    with create_workspace(path) as workspace:
        person = add_stakeholder(
            workspace.uow(), Stakeholder("Lena Long", communication_preferences=words)
        )
        assert person.id is not None
        rate(
            workspace.uow(), person.id, Dimension.TRUST, 6.0, at=now - timedelta(days=2), note=words
        )
        meeting = plan_meeting(
            workspace.uow(),
            Meeting(
                "Budget review (bench)",
                now + timedelta(days=1),
                objective=words,
                agenda=agenda,
                attendees=[MeetingAttendee(person.id, person.name, talking_points=words)],
            ),
        )
    assert meeting.id is not None
    return path, meeting.id


@benchmark(LONG_TEXT)
def prep_sheet_long_text(ctx: Context) -> dict[str, Measurement]:
    _app()
    path, meeting_id = ctx.once("prep_sheet.long.setup", lambda: _prepare_long(ctx))

    from domain.usecases.prep_sheet import build_prep_sheet
    from ui.printing.prep_sheet_renderer import PageSize, write_pdf

    workspace = ctx.once("prep_sheet.long.workspace", lambda: _open_as_the_app_does(path))
    out = ctx.workdir / "prep-sheet-long.pdf"
    started = time.perf_counter()
    write_pdf([build_prep_sheet(workspace.uow(), meeting_id)], out, PageSize.A4)
    return {LONG_TEXT: Measurement((time.perf_counter() - started) * 1000, "ms")}
