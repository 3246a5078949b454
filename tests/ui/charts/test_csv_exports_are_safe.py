"""Chart CSV exports never carry a live formula: names of people, organisations and units and
rating notes that start like one are neutralised (issue 11, item 6); values stay numbers."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings

from domain.clock import utc_now
from domain.model import Dimension, MaturityLevel, Organisation, Stakeholder, StakeholderMap
from domain.rules.trends import RangePreset
from domain.usecases.maps import create_map, place_on_map
from domain.usecases.organisations import add_organisation, assess_maturity
from domain.usecases.ratings import rate
from domain.usecases.stakeholders import add_stakeholder
from persistence.exchange.spreadsheet_safety import FORMULA_TRIGGERS
from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import main_page, person_tab, settle
from ui.charts.charts_page import AVERAGES, MATURITY, PEOPLE, ChartsPage
from ui.ratings.person_tabs import TrustInfluenceTab

NAMES = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)"]
DAY = timedelta(days=1)


def _hostile_workspace(path: Path) -> list[int]:
    now = utc_now()
    workspace = create_workspace(path)
    try:
        uow = workspace.uow
        org = add_organisation(uow(), Organisation("=1+1 Corp")).id
        unit = add_organisation(uow(), Organisation("@unit", parent_id=org)).id
        assert org is not None and unit is not None
        erp = create_map(uow(), StakeholderMap("+map")).id
        assert erp is not None
        people = []
        for index, name in enumerate(NAMES):
            person = add_stakeholder(uow(), Stakeholder(name, organisation_id=org, unit_id=unit)).id
            assert person is not None
            people.append(person)
            place_on_map(uow(), erp, person, 5, 5, at=now - 90 * DAY)
            for days, value in ((60, 2 + index), (20, 7)):
                rate(uow(), person, Dimension.TRUST, value, at=now - days * DAY, note="=2*3")
        assess_maturity(uow(), unit, MaturityLevel.PARTNER, at=now - 30 * DAY, note="-1")
    finally:
        workspace.close()
    return people


def _cells(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _assert_safe(rows: list[dict[str, str]]) -> None:
    assert rows, "the export is empty"
    for row in rows:
        for column, cell in row.items():
            if column == "value" and cell:
                float(cell)  # a number, as plotted
            else:
                assert cell.lstrip()[:1] not in FORMULA_TRIGGERS, (column, cell)


def test_every_chart_csv_export_neutralises_formulas(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    people = _hostile_workspace(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, tmp_path / "w.rapport", isolated_settings)
    page = main_page(window, "Charts")
    assert isinstance(page, ChartsPage)
    page.range.set_preset(RangePreset.ALL)
    page.set_picked(people)
    settle()
    for view in (PEOPLE, AVERAGES, MATURITY):
        page.view.setCurrentIndex(view)
        qtbot.waitUntil(lambda: bool(page.plotted))
        target = tmp_path / f"view{view}.csv"
        page.export_to(target)
        rows = _cells(target)
        _assert_safe(rows)
        if view == PEOPLE:
            assert {r["series"] for r in rows} == {"'" + name for name in NAMES}
            assert {r["note"] for r in rows} >= {"'=2*3"}
            assert {float(r["value"]) for r in rows} >= {2.0, 7.0}

    window.show_stakeholder(people[2])
    tab = person_tab(window, "Trust & influence")
    assert isinstance(tab, TrustInfluenceTab)
    tab.chart.range.set_preset(RangePreset.ALL)
    target = tmp_path / "person.csv"
    tab.chart.export_to(target)
    rows = _cells(target)
    _assert_safe(rows)
    assert [r["note"] for r in rows if r["series"] == "Trust"] == ["'=2*3", "'=2*3"]
    window.close()
    ctx.close_workspace()
