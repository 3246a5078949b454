"""Prep sheets as they land on real paper: inside the printable area, as text (nothing see-through
that would make a driver rasterise the page), readable in grey, duplex-ready, and with fields of any
length kept on the page. Read back with poppler (word boxes, fonts, grey rendering)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPdfWriter

from domain.model import Dimension, Meeting, MeetingAttendee, Stakeholder
from domain.usecases.meetings import plan_meeting
from domain.usecases.prep_sheet import build_prep_sheet, build_prep_sheets
from domain.usecases.ratings import rate
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import Workspace, create_workspace
from tests.ui.printing.pdf_pages import fonts, grey_page, images, ink_near_edges, read_words
from tests.ui.printing.sample_meeting import Sample, build_sample
from ui.printing.page_geometry import LEAST_MARGIN, Margins
from ui.printing.prep_sheet_renderer import PageSize, page_layout, render, write_pdf
from ui.printing.text import CONTINUED

NOW = datetime.now(UTC).replace(microsecond=0)
LONG = 100_000


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with create_workspace(tmp_path / "paper.rapport") as opened:
        yield opened


@pytest.fixture
def sample(workspace: Workspace) -> Sample:
    return build_sample(workspace.uow, NOW)


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("size", [PageSize.A4, PageSize.LETTER])
def test_every_word_keeps_half_an_inch_from_the_paper_edges(
    qapp: object, workspace: Workspace, sample: Sample, tmp_path: Path, size: PageSize
) -> None:
    out = tmp_path / "sheet.pdf"
    write_pdf([build_prep_sheet(workspace.uow(), sample.meeting.id or 0)], out, size)
    pages = read_words(out)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert page.words, f"page {number} is empty"
        assert page.outside(LEAST_MARGIN) == [], f"page {number}"
        assert ink_near_edges(out, number, LEAST_MARGIN) == [], f"page {number}"
    first = pages[0]
    # The band's labels and the footer sit just inside the half-inch line, not far from it.
    assert min(w.top for w in first.words) < LEAST_MARGIN + 12
    assert max(w.bottom for w in first.words) > first.height - LEAST_MARGIN - 12


def test_a_printer_with_wider_margins_gets_every_word_inside_them(
    qapp: object, workspace: Workspace, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "wide.pdf"
    writer = QPdfWriter(str(out))
    writer.setResolution(600)
    writer.setPageLayout(page_layout(PageSize.LETTER))
    sheet = build_prep_sheet(workspace.uow(), sample.meeting.id or 0)
    render([sheet], writer, safe=Margins(54, 60, 54, 60))
    del writer
    for page in read_words(out):
        assert [w for w in page.words if w.left < 53.5 or w.right > page.width - 53.5] == []
        assert [w for w in page.words if w.top < 59.5 or w.bottom > page.height - 59.5] == []


def test_nothing_on_the_page_is_see_through_and_all_text_is_text(
    qapp: object, workspace: Workspace, sample: Sample, tmp_path: Path
) -> None:
    """A translucent fill makes PostScript drivers print the page as a picture."""
    out = tmp_path / "solid.pdf"
    write_pdf([build_prep_sheet(workspace.uow(), sample.meeting.id or 0)], out)
    for page in PdfReader(out).pages:
        states = page["/Resources"].get("/ExtGState") or {}
        for state in states.values():
            state = state.get_object()
            assert float(state.get("/ca", 1)) == 1 and float(state.get("/CA", 1)) == 1
            assert str(state.get("/SMask", "/None")) == "/None"
    assert images(out) == 0
    assert fonts(out)


def test_the_sheet_reads_in_grey(
    qapp: object, workspace: Workspace, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "grey.pdf"
    write_pdf([build_prep_sheet(workspace.uow(), sample.meeting.id or 0)], out)
    rows = grey_page(out, 1)
    band = [value for row in rows[2:20] for value in row]  # the top half-inch: the band
    assert sum(band) / len(band) > 200, "the title band prints as a slab of toner"
    # Trust is a solid line, influence a dashed one: the pages carry a dash pattern.
    content = b"".join(page.get_contents().get_data() for page in PdfReader(out).pages)
    assert re.search(rb"\[\s*[\d.]+\s+[\d.]+\s*\]\s*[\d.]+\s+d", content)


def test_with_duplex_each_meeting_starts_on_a_front_side(
    qapp: object, workspace: Workspace, sample: Sample, tmp_path: Path
) -> None:
    person = sample.people[0]
    short = plan_meeting(
        workspace.uow(),
        Meeting(
            "Budget one-to-one",
            sample.meeting.start + timedelta(hours=3),
            attendees=[MeetingAttendee(person.id, person.name)],
        ),
    )
    third = plan_meeting(
        workspace.uow(), Meeting("Wrap-up", sample.meeting.start + timedelta(hours=5))
    )
    ids = [short.id or 0, sample.meeting.id or 0, third.id or 0]
    sheets = build_prep_sheets(workspace.uow(), ids)

    single = tmp_path / "single.pdf"
    plain_pages = write_pdf(sheets, single)
    both = tmp_path / "duplex.pdf"
    pages = write_pdf(sheets, both, duplex=True)
    texts = [page.text for page in read_words(both)]
    assert len(texts) == pages > plain_pages
    starts = [i for i, t in enumerate(texts) if "MEETING PREP" in t]
    assert len(starts) == 3
    assert all(i % 2 == 0 for i in starts), f"a meeting starts on a back side: {starts}"
    assert len(texts) % 2 == 0  # ends on a back: a second copy starts on a front too
    blanks = [i for i, t in enumerate(texts) if not t]
    assert blanks and all(i + 1 in starts or i == len(texts) - 1 for i in blanks)
    printed = len(texts) - len(blanks)  # "Page x of y" counts printed pages only
    numbered = [t for t in texts if t]
    assert all(f"Page {n} of {printed}" in t for n, t in enumerate(numbered, start=1))
    assert not [t for t in (p.text for p in read_words(single)) if not t]


def _long_meeting(workspace: Workspace, agenda: str, notes: str) -> int:
    person = add_stakeholder(
        workspace.uow(), Stakeholder("Lena Long", communication_preferences=notes)
    )
    assert person.id is not None
    rate(workspace.uow(), person.id, Dimension.TRUST, 6.0, at=NOW - timedelta(days=3), note=notes)
    meeting = plan_meeting(
        workspace.uow(),
        Meeting(
            "Budget review",
            NOW + timedelta(days=1),
            objective=notes,
            agenda=agenda,
            attendees=[MeetingAttendee(person.id, person.name, talking_points=notes)],
        ),
    )
    return meeting.id or 0


def _words(count: int) -> str:
    text = " ".join(f"word{n}" for n in range(count))
    return text[:LONG]


@pytest.mark.parametrize(
    "agenda",
    [
        pytest.param(_words(20_000), id="one-long-line"),
        pytest.param("\n".join(f"{n}. Item {n}" for n in range(12_000))[:LONG], id="many-lines"),
        pytest.param("W" * LONG, id="no-spaces"),
    ],
)
def test_a_hundred_thousand_characters_stay_on_the_page_cut_with_a_mark(
    qapp: object, workspace: Workspace, tmp_path: Path, agenda: str
) -> None:
    assert len(agenda) == LONG
    meeting = _long_meeting(workspace, agenda, _words(20_000))
    out = tmp_path / "long.pdf"
    pages = write_pdf([build_prep_sheet(workspace.uow(), meeting)], out, PageSize.LETTER)
    read = read_words(out)
    assert len(read) == pages
    # Five fields of 100,000 characters each print about a page each, no more.
    assert pages <= 12
    for number, page in enumerate(read, start=1):
        assert page.outside(LEAST_MARGIN) == [], f"page {number}"
        assert f"Page {number} of {pages}" in page.text  # the footer is never overprinted
    whole = _flat(" ".join(p.text for p in read))
    # Agenda, objective, talking points, note and how to handle: each cut, and marked.
    assert whole.count(_flat(CONTINUED)) >= 5
    assert "Budget review" in read[0].text and "LenaLong" in whole
