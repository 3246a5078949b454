"""The prep sheet says how to reach an attendee not yet on our side: the strongest influence paths
from people who support us (on the meeting's maps), as talking points in the printed PDF."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from domain.model import Stakeholder
from domain.usecases.influence import link
from domain.usecases.prep_sheet import build_prep_sheet
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import Workspace, create_workspace
from tests.ui.printing.sample_meeting import HTML_NAME, Sample, build_sample
from ui.printing.prep_sheet_renderer import PageSize, write_pdf

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with create_workspace(tmp_path / "sheet.rapport") as opened:
        yield opened


@pytest.fixture
def sample(workspace: Workspace) -> Sample:
    return build_sample(workspace.uow, NOW)


def test_the_way_to_reach_a_critic_is_printed_as_a_talking_point(
    qapp: object, workspace: Workspace, sample: Sample, tmp_path: Path
) -> None:
    ada, eve, grace, bob = (
        p.id or 0 for p in sample.people
    )  # critic, supporter, neutral, champion
    # Bob (champion) → Tom (not on the map: only a go-between) → Ada (critic); Eve → Grace.
    tom = add_stakeholder(workspace.uow(), Stakeholder("Tom Between")).id or 0
    link(workspace.uow(), bob, tom, 4)
    link(workspace.uow(), tom, ada, 3)
    link(workspace.uow(), eve, grace, 2)
    link(workspace.uow(), ada, bob, 5)  # a cycle back: harmless
    sheet = build_prep_sheet(workspace.uow(), sample.meeting.id or 0)
    by_id = {a.stakeholder_id: a for a in sheet.attendees}
    assert by_id[ada].reach == (
        "Reach Ada Lovelace through Bob Marley (strong) → Tom Between (clear)",
    )
    assert by_id[grace].reach == (f"Reach Grace Hopper through {HTML_NAME} (some)",)
    assert by_id[bob].reach == () and by_id[eve].reach == ()  # on our side already

    out = tmp_path / "reach.pdf"
    write_pdf([sheet], out, PageSize.A4)
    text = " ".join("\n".join(p.extract_text() or "" for p in PdfReader(out).pages).split())
    flat = text.replace(" ", "")  # extraction may split a long line
    assert "howtoreach" in flat.casefold()  # section labels print in capitals
    assert "ReachAdaLovelacethroughBobMarley(strong)→TomBetween(clear)" in flat
    assert f"ReachGraceHopperthrough{HTML_NAME}(some)".replace(" ", "") in flat


def test_nobody_to_reach_them_through_prints_no_section(
    qapp: object, workspace: Workspace, sample: Sample, tmp_path: Path
) -> None:
    sheet = build_prep_sheet(workspace.uow(), sample.meeting.id or 0)
    assert all(a.reach == () for a in sheet.attendees)
    out = tmp_path / "plain.pdf"
    write_pdf([sheet], out, PageSize.A4)
    text = "".join((p.extract_text() or "") for p in PdfReader(out).pages).replace(" ", "")
    assert "howtoreach" not in text.casefold()
