"""Prep sheets as PDF, read back with pypdf: what a reader of the paper would find on it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from domain.model import Meeting, MeetingAttendee, Stakeholder
from domain.usecases.influence import link
from domain.usecases.meetings import plan_meeting
from domain.usecases.prep_sheet import build_prep_sheet, build_prep_sheets
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import Workspace, create_workspace
from tests.ui.printing.sample_meeting import HTML_NAME, PEOPLE, QUADRANTS, Sample, build_sample
from ui.printing.prep_sheet_renderer import PageSize, write_pdf

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with create_workspace(tmp_path / "sheet.rapport") as opened:
        yield opened


@pytest.fixture
def sample(workspace: Workspace) -> Sample:
    return build_sample(workspace.uow, NOW)


def _text(path: Path) -> tuple[PdfReader, str]:
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return reader, " ".join(text.split())


@pytest.mark.date_sensitive  # reads the clock: run a year ahead too
def test_the_sheet_names_every_attendee_with_quadrant_last_contact_and_open_commitments(
    qapp: object, workspace: Workspace, sample: Sample, tmp_path: Path
) -> None:
    sheet = build_prep_sheet(workspace.uow(), sample.meeting.id or 0)
    out = tmp_path / "steerco.pdf"
    pages = write_pdf([sheet], out, PageSize.A4)
    reader, text = _text(out)
    assert len(reader.pages) == pages >= 2

    assert "ERP steering" in text and "Phase 1 go decision" in text and "Board room" in text
    for (name, _title, _relation, _pos, _support, last), quadrant in zip(
        PEOPLE, QUADRANTS, strict=True
    ):
        assert name in text
        assert f"{sample.map_name} · {quadrant}" in text
        assert last in text
        assert f"Send {name} the cost model" in text
        assert f"{name} shares the budget" in text
        assert f"Talking point for {name}" in text
        assert f"Trust note of {name}" in text
    assert "overdue 5 d" in text
    assert "Oldest contact" not in text  # only the last three interactions
    assert "Pat Newcomer" in text and "No history" in text
    assert "CONFIDENTIAL" in text.replace(" ", "").upper()
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert "Printed " in text
    # Every glyph maps back to its character (no unmapped alternates), so the PDF is searchable.
    assert not [c for c in text if ord(c) < 32]
    start = sheet.start.astimezone()
    assert f"{start:%H:%M}–" in text


def test_user_text_containing_html_prints_literally(
    qapp: object, workspace: Workspace, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "html.pdf"
    write_pdf([build_prep_sheet(workspace.uow(), sample.meeting.id or 0)], out)
    _reader, text = _text(out)
    assert HTML_NAME in text
    assert "Workshop on <campaign> timing & scope" in text
    assert "&amp;" not in text and "&lt;" not in text


@pytest.mark.parametrize(
    ("size", "points"),
    [(PageSize.A4, (595.3, 841.9)), (PageSize.LETTER, (612.0, 792.0))],
)
def test_the_page_size_is_right_for_a4_and_letter(
    qapp: object,
    workspace: Workspace,
    sample: Sample,
    tmp_path: Path,
    size: PageSize,
    points: tuple[float, float],
) -> None:
    out = tmp_path / f"{size.value}.pdf"
    write_pdf([build_prep_sheet(workspace.uow(), sample.meeting.id or 0)], out, size)
    for page in PdfReader(out).pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(points[0], abs=0.5)
        assert float(box.height) == pytest.approx(points[1], abs=0.5)


def test_a_day_of_meetings_prints_in_one_file_each_starting_a_page(
    qapp: object, workspace: Workspace, sample: Sample, tmp_path: Path
) -> None:
    person = sample.people[0]
    later = plan_meeting(
        workspace.uow(),
        Meeting(
            "Budget one-to-one",
            sample.meeting.start + timedelta(hours=3),
            attendees=[MeetingAttendee(person.id, person.name)],
        ),
    )
    sheets = build_prep_sheets(workspace.uow(), [sample.meeting.id or 0, later.id or 0])
    out = tmp_path / "day.pdf"
    pages = write_pdf(sheets, out, PageSize.LETTER)
    reader = PdfReader(out)
    texts = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    starts = [i for i, t in enumerate(texts) if "MEETING PREP" in t]
    assert len(reader.pages) == pages
    assert "Budget one-to-one" in texts[-1]
    assert len(starts) == 2 and starts[0] == 0
    assert all(re.search(rf"Page {i + 1} of {pages}", t) for i, t in enumerate(texts))


def test_a_meeting_without_attendees_still_prints_a_clean_page(
    qapp: object, workspace: Workspace, tmp_path: Path
) -> None:
    empty = plan_meeting(workspace.uow(), Meeting("Placeholder", NOW + timedelta(days=2)))
    out = tmp_path / "empty.pdf"
    assert write_pdf([build_prep_sheet(workspace.uow(), empty.id or 0)], out) == 1
    _reader, text = _text(out)
    assert "Placeholder" in text and "No attendees yet" in text


def test_a_pdf_that_cannot_be_written_raises_and_leaves_nothing(
    qapp: object, workspace: Workspace, sample: Sample, tmp_path: Path
) -> None:
    sheet = build_prep_sheet(workspace.uow(), sample.meeting.id or 0)
    target = tmp_path / "missing-folder" / "sheet.pdf"
    with pytest.raises(OSError):
        write_pdf([sheet], target)
    assert not target.parent.exists() or not any(target.parent.iterdir())


def test_each_attendee_shows_who_influences_them_and_whom_they_influence(
    qapp: object, workspace: Workspace, sample: Sample, tmp_path: Path
) -> None:
    ada, bob = (p.id or 0 for p in sample.people[:2])
    outsider = add_stakeholder(workspace.uow(), Stakeholder("Olga Outside")).id or 0
    link(workspace.uow(), bob, ada, 5, "Reports to her")
    link(workspace.uow(), outsider, ada, 3)
    slight = add_stakeholder(workspace.uow(), Stakeholder("Sam Slight")).id or 0
    link(workspace.uow(), slight, ada, 1)  # slight, and not at the meeting: left off
    sheet = build_prep_sheet(workspace.uow(), sample.meeting.id or 0)
    first = sheet.attendees[[a.stakeholder_id for a in sheet.attendees].index(ada)]
    assert [(line.name, line.strength, line.present) for line in first.influenced_by] == [
        (sample.people[1].name, 5, True),  # at the meeting: first
        ("Olga Outside", 3, False),
    ]
    out = tmp_path / "influence.pdf"
    write_pdf([sheet], out, PageSize.A4)
    _reader, text = _text(out)
    # (Text extraction may split a long line: compare without spaces.)
    flat = text.replace(" ", "")
    said = f"Influencedby{sample.people[1].name}(decisive,here),OlgaOutside(clear)"
    assert said.replace(" ", "") in flat
    assert f"Influences{sample.people[0].name}(decisive,here)".replace(" ", "") in flat
    assert "Sam Slight" not in text


@pytest.mark.date_sensitive  # reads the clock: run a year ahead too
def test_open_concerns_of_attendees_are_on_the_sheet_overdue_marked_closed_left_out(
    qapp: object, workspace: Workspace, sample: Sample, tmp_path: Path
) -> None:
    from domain.model import Concern, ConcernSeverity, ConcernStatus
    from domain.usecases.concerns import raise_concern

    ada = sample.people[0]
    assert ada.id is not None
    today = NOW.astimezone().date()
    raise_concern(
        workspace.uow(),
        Concern(
            ada.id,
            "Month-end close slips",
            today - timedelta(days=40),
            severity=ConcernSeverity.HIGH,
            target_on=today - timedelta(days=6),
        ),
    )
    raise_concern(workspace.uow(), Concern(ada.id, "Licence audit risk", today))
    raise_concern(
        workspace.uow(),
        Concern(
            ada.id,
            "Old grievance",
            today - timedelta(days=90),
            status=ConcernStatus.RESOLVED,
            closed_on=today - timedelta(days=30),
        ),
    )
    sheet = build_prep_sheet(workspace.uow(), sample.meeting.id or 0)
    [block] = [a for a in sheet.attendees if a.stakeholder_id == ada.id]
    assert [c.title for c in block.concerns] == ["Month-end close slips", "Licence audit risk"]
    out = tmp_path / "concerns.pdf"
    write_pdf([sheet], out, PageSize.A4)
    _reader, text = _text(out)
    assert "CONCERNS" in text.upper()
    assert "Month-end close slips (high) — overdue 6 d" in text
    assert "Licence audit risk — raised" in text
    assert "Old grievance" not in text
