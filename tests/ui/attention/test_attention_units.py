"""Needs attention lists units behind their maturity target and stalled demand; the stalled
threshold is a setting, kept; activating a stalled item opens its sponsor."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from domain.clock import local_today
from domain.model import (
    DemandItem,
    DemandKind,
    DemandStatus,
    DemandStep,
    MaturityAssessment,
    MaturityLevel,
    MaturityTarget,
    Organisation,
)
from domain.usecases.demand import add_demand_item
from domain.usecases.maturity import record_assessment, set_target
from domain.usecases.organisations import add_organisation
from persistence.workspace import open_workspace
from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import build_sample, main_page
from ui.attention.attention_page import AttentionPage
from ui.attention.settings import load_settings


def _texts(section, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = section.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_units_behind_target_and_stalled_demand(qtbot, tmp_path: Path) -> None:
    sample = build_sample(tmp_path / "w.rapport")
    today = local_today()
    with open_workspace(sample.path) as workspace:
        uow = workspace.uow
        group = add_organisation(uow(), Organisation("Northwind"))
        retail = add_organisation(uow(), Organisation("Retail", parent_id=group.id))
        assert retail.id is not None
        record_assessment(
            uow(), MaturityAssessment(retail.id, MaturityLevel.ORDER_TAKER, sample.now)
        )
        set_target(
            uow(),
            retail.id,
            MaturityTarget(retail.id, MaturityLevel.CONSULTATIVE, today - timedelta(days=12)),
        )
        add_demand_item(
            uow(),
            DemandItem(
                retail.id,
                "Loyalty app",
                DemandKind.OPPORTUNITY,
                [DemandStep(DemandStatus.IDEA, today - timedelta(days=100))],
                sponsor_id=sample.ada,
            ),
        )
    settings = QSettings(str(tmp_path / "attention.ini"), QSettings.Format.IniFormat)
    ctx, window = open_main_window(qtbot, sample.path, settings)
    page = main_page(window, "Attention")
    assert isinstance(page, AttentionPage)
    page.qsettings = settings
    page.reload()
    assert _texts(page.behind_target, 0) == ["Northwind › Retail"]
    assert _texts(page.behind_target, 1) == ["Order taker"]
    assert _texts(page.behind_target, 4) == ["12 d"]
    assert _texts(page.stalled, 0) == ["Loyalty app"]
    assert _texts(page.stalled, 3) == ["100 d"] and _texts(page.stalled, 4) == ["Ada Lovelace"]

    opened: list[int] = []
    ctx.show_stakeholder.connect(opened.append)
    table = page.stalled.table
    table.setFocus()
    table.setCurrentIndex(page.stalled.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [sample.ada]

    page.stalled_days.setValue(120)
    assert _texts(page.stalled, 0) == []
    assert load_settings(settings).stalled_days == 120
    window.close()
    ctx.close_workspace()
