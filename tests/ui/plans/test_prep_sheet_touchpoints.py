"""The prep sheet (a real PDF, read back with pypdf) gives each attendee the next touchpoints of
their engagement plan, an overdue one marked, and the plan's objective."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from domain.clock import local_today
from domain.model import EngagementPlan, Touchpoint, TouchpointKind
from domain.usecases.engagement_plans import create_plan
from domain.usecases.prep_sheet import build_prep_sheet
from persistence.workspace import Workspace, create_workspace
from tests.ui.printing.sample_meeting import build_sample
from ui.printing.prep_sheet_renderer import PageSize, write_pdf

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with create_workspace(tmp_path / "sheet.rapport") as opened:
        yield opened


@pytest.mark.date_sensitive  # reads the clock: run a year ahead too
def test_the_sheet_shows_the_next_touchpoints_of_each_attendees_plan(
    qapp: object, workspace: Workspace, tmp_path: Path
) -> None:
    sample = build_sample(workspace.uow, NOW)
    first = sample.people[0]
    today = local_today()
    assert first.id is not None
    create_plan(
        workspace.uow(),
        EngagementPlan(
            first.id,
            "Win her over to the phase 2 budget",
            today - timedelta(days=60),
            touchpoints=[
                Touchpoint(
                    today - timedelta(days=50),
                    TouchpointKind.CALL,
                    "Kick-off call",
                    done_on=today - timedelta(days=50),
                ),
                Touchpoint(today - timedelta(days=5), TouchpointKind.MEAL, "Lunch on savings"),
                Touchpoint(today + timedelta(days=20), TouchpointKind.BRIEFING, "Phase 2 figures"),
            ],
        ),
    )
    sheet = build_prep_sheet(workspace.uow(), sample.meeting.id or 0)
    [with_plan] = [a for a in sheet.attendees if a.next_touchpoints]
    assert with_plan.name == first.name
    assert [t.purpose for t in with_plan.next_touchpoints] == [
        "Lunch on savings",
        "Phase 2 figures",
    ]
    out = tmp_path / "sheet.pdf"
    write_pdf([sheet], out, PageSize.A4)
    text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(out).pages).split())
    assert "NEXT IN THE PLAN" in text.upper()
    assert "lunch or dinner — Lunch on savings" in text and "overdue since" in text
    assert "briefing — Phase 2 figures" in text
    assert "Plan: Win her over to the phase 2 budget" in text
    assert "Kick-off call" not in text  # done: not on the sheet
