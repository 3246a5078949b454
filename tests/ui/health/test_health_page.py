"""The Health page and the person's grade through the real window: grades per unit and person,
the explanation, and the grading changed (and refused) through its dialog, undoably."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from domain.rules.relationship_health import Factor, HealthGrading
from domain.usecases.health import load_grading
from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import build_sample, main_page, settle
from ui.concerns.concerns_tab import ConcernsTab
from ui.health.health_page import HealthPage


def _column(table, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, column).text() for row in range(table.rowCount())]


def _bob_reason(page: HealthPage) -> str:
    row = _column(page.people, 0).index("Bob Marley")
    return page.people.item(row, 4).text()


def test_grades_per_unit_and_person_follow_a_change_of_grading_undoably(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample = build_sample(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    page = main_page(window, "Health")
    assert isinstance(page, HealthPage)
    qtbot.waitUntil(lambda: page.board is not None)
    assert page.board is not None
    names = _column(page.people, 0)
    assert set(names) == {"Ada Lovelace", "Bob Marley", "Cy Young"}
    scores = [float(s) for s in _column(page.people, 3)]
    assert scores == sorted(scores)  # the weakest first
    # Cy (three attitude steps short, a commitment late) is the weakest; Bob (manage closely,
    # never contacted) loses his points on contact.
    assert names[0] == "Cy Young" and _column(page.people, 4)[0].startswith("Attitude gap")
    assert _bob_reason(page).startswith("Contact overdue")
    assert "Finance" in " ".join(_column(page.units, 0))

    # How is this graded? shows the formula with the workspace's numbers.
    qtbot.mouseClick(page.how_button, Qt.MouseButton.LeftButton)
    assert "10 points per cadence period" in page.how_box.text()
    page.how_box.close()

    # Grading…: thresholds not falling from A to D are refused in the dialog; nothing changes.
    qtbot.mouseClick(page.grading_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.thresholds[1].setValue(95)
    dialog.accept()
    assert dialog.isVisible() and "must fall from A to D" in dialog.error.text()
    assert load_grading(ctx.uow()) == HealthGrading()
    dialog.thresholds[1].setValue(70)
    dialog.points[Factor.CONTACT].setValue(0)  # contact no longer counts
    dialog.accept()
    assert not dialog.isVisible()
    assert load_grading(ctx.uow()).weights[Factor.CONTACT].points == 0
    qtbot.waitUntil(lambda: _bob_reason(page) == "")
    assert ctx.undo_stack.undoText() == "Change health grading"
    ctx.undo_stack.undo()
    assert load_grading(ctx.uow()) == HealthGrading()
    qtbot.waitUntil(lambda: _bob_reason(page).startswith("Contact overdue"))

    # Double-click a person: the register opens them.
    row = page.person_row(sample.cy)
    page.people.itemDoubleClicked.emit(page.people.item(row, 0))
    settle()
    assert window.register.current_id() == sample.cy
    window.close()
    ctx.close_workspace()


def test_the_person_shows_their_grade_and_why(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    sample = build_sample(tmp_path / "w.rapport")
    ctx, window = open_main_window(qtbot, sample.path, isolated_settings)
    window.show_stakeholder(sample.bob)
    for index in range(window.person.count()):
        if window.person.tabText(index) == "Concerns":
            window.person.setCurrentIndex(index)
    tab = window.person.currentWidget().page
    assert isinstance(tab, ConcernsTab)
    qtbot.waitUntil(lambda: tab.health is not None)
    assert tab.health is not None
    text = tab.health_label.text()
    assert text.startswith(f"Health {tab.health.health.grade} · ")
    assert "Contact overdue" in text
    qtbot.mouseClick(tab.how_button, Qt.MouseButton.LeftButton)
    assert "Bob Marley:" in tab.how_box.text() and "Contact overdue" in tab.how_box.text()
    tab.how_box.close()
    QApplication.processEvents()
    window.close()
    ctx.close_workspace()
