"""The helper every slow feature runs through: result, error and Cancel reach the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from domain.progress import CallbackProgress, Cancelled, NoProgress, Progress
from ui.app import create_application
from ui.background import run_in_background, running_tasks


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    create_application()
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_result_arrives_on_the_gui_thread(qtbot, parent: QWidget) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def job(progress: Progress) -> int:
        seen["job_thread"] = threading.current_thread()
        for i in range(3):
            progress.report(i, 3, f"step {i}")
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_thread"] = threading.current_thread()

    task = run_in_background(parent, "Counting…", job, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["job_thread"] is not threading.main_thread()
    assert seen["done_thread"] is threading.main_thread()
    assert task.is_done and task not in running_tasks()
    assert not task.dialog.isVisible()


def test_an_error_is_handed_to_on_error_not_raised_in_the_worker(qtbot, parent: QWidget) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def job(progress: Progress) -> None:
        raise ValueError("the file is not a vCard")

    run_in_background(parent, "Reading…", job, on_done=lambda _: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "the file is not a vCard"


def test_cancel_stops_the_job_at_its_next_report(qtbot, parent: QWidget) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()
    release = threading.Event()
    outcome: list[str] = []
    steps: list[int] = []

    def job(progress: Progress) -> str:
        started.set()
        release.wait(5)
        for i in range(1000):
            progress.report(i, 1000)
            steps.append(i)
        return "finished"

    task = run_in_background(
        parent,
        "Importing…",
        job,
        on_done=outcome.append,
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    assert started.wait(5)
    # The dialog appears once the job has run a moment, and its Cancel button stops it.
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    cancel = task.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]
    assert steps == []
    assert not task.dialog.isVisible()


def test_quick_work_shows_no_dialog(qtbot, parent: QWidget) -> None:  # type: ignore[no-untyped-def]
    results: list[int] = []
    task = run_in_background(parent, "Quick…", lambda p: 1, on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    QApplication.processEvents()
    assert not task.dialog.isVisible()


def test_progress_without_a_window() -> None:
    NoProgress().report(1, 2, "nothing happens")
    lines: list[tuple[int, int | None, str]] = []
    CallbackProgress(lambda d, t, s: lines.append((d, t, s))).report(2, None, "reading")
    assert lines == [(2, None, "reading")]
    assert issubclass(Cancelled, Exception)
