"""The prep sheet lists the open demand of the attendees' units, read back from the PDF."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader

from domain.clock import local_today, utc_now
from domain.model import (
    DemandItem,
    DemandKind,
    DemandStatus,
    DemandStep,
    Meeting,
    MeetingAttendee,
    Organisation,
    Stakeholder,
)
from domain.usecases.demand import add_demand_item
from domain.usecases.meetings import plan_meeting
from domain.usecases.organisations import add_organisation
from domain.usecases.prep_sheet import build_prep_sheet
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import create_workspace
from ui.printing.prep_sheet_renderer import PageSize, write_pdf


def _item(
    unit: int | None, title: str, *steps: tuple[DemandStatus, int], **kw: object
) -> DemandItem:
    today = local_today()
    return DemandItem(
        unit,
        title,
        DemandKind.OPPORTUNITY,
        [DemandStep(status, today - timedelta(days=ago)) for status, ago in steps],
        **kw,  # type: ignore[arg-type]
    )


def test_open_items_of_the_attendees_units_are_on_the_sheet(qapp: object, tmp_path: Path) -> None:
    with create_workspace(tmp_path / "w.rapport") as workspace:
        uow = workspace.uow
        group = add_organisation(uow(), Organisation("Northwind Group"))
        retail = add_organisation(uow(), Organisation("Retail Division", parent_id=group.id))
        finance = add_organisation(uow(), Organisation("Group Finance", parent_id=group.id))
        claire = add_stakeholder(
            uow(), Stakeholder("Claire Dubois", organisation_id=group.id, unit_id=retail.id)
        )
        add_demand_item(
            uow(),
            _item(
                retail.id,
                "Click-and-collect lockers",
                (DemandStatus.IDEA, 120),
                (DemandStatus.ASSESSED, 90),
                sponsor_id=claire.id,
                value=250_000,
            ),
        )
        add_demand_item(uow(), _item(retail.id, "Store Wi-Fi <b>now</b>", (DemandStatus.IDEA, 3)))
        add_demand_item(
            uow(),
            _item(
                retail.id, "Delivered thing", (DemandStatus.IDEA, 50), (DemandStatus.DELIVERED, 9)
            ),
        )
        add_demand_item(uow(), _item(finance.id, "Finance only item", (DemandStatus.IDEA, 3)))
        meeting = plan_meeting(
            uow(),
            Meeting(
                "Retail review",
                utc_now() + timedelta(days=1),
                attendees=[MeetingAttendee(claire.id)],
            ),
        )
        sheet = build_prep_sheet(uow(), meeting.id or 0)
    assert [line.title for line in sheet.open_demand] == [
        "Click-and-collect lockers",  # stalled first
        "Store Wi-Fi <b>now</b>",
    ]
    out = tmp_path / "sheet.pdf"
    write_pdf([sheet], out, PageSize.A4)
    text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(out).pages).split())
    assert "OPEN DEMAND IN THEIR UNITS" in text.upper()
    assert "Click-and-collect lockers" in text and "assessed 90 d, stalled" in text
    assert "250k · Claire Dubois · Retail Division" in text
    assert "Store Wi-Fi <b>now</b>" in text  # printed as written
    assert "Delivered thing" not in text and "Finance only item" not in text
    assert "Northwind Group › Retail Division" in text  # the attendee's place, one path format
