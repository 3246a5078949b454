"""The command line as a script would use it: real processes, real files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def rapport(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.rapport"
    result = rapport("make-demo", path)
    assert result.returncode == 0, result.stderr
    assert path.exists()
    return path


def _without_timestamp(document: dict) -> dict:  # type: ignore[type-arg]
    return {k: v for k, v in document.items() if k != "exported_at"}


def test_export_import_round_trip_loses_nothing(demo_workspace: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    assert rapport("export", "--workspace", demo_workspace, "--out", first).returncode == 0
    restored = tmp_path / "restored.rapport"
    result = rapport("import-json", first, "--workspace", restored)
    assert result.returncode == 0, result.stderr
    second = tmp_path / "second.json"
    assert rapport("export", "--workspace", restored, "--out", second).returncode == 0

    one, two = json.loads(first.read_text()), json.loads(second.read_text())
    assert one["format"] == "rapport-workspace"
    assert len(one["stakeholders"]) >= 20
    assert len(one["ratings"]) > 1000
    assert _without_timestamp(one) == _without_timestamp(two)


def test_import_of_a_malformed_file_says_why_and_leaves_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "rapport-workspace", "version": 1, "stakeholders": [', "utf-8")
    target = tmp_path / "new.rapport"
    neighbour = tmp_path / "new.rapport.bak"  # the user's own file with a similar name
    neighbour.write_text("keep me", "utf-8")
    result = rapport("import-json", bad, "--workspace", target)
    assert result.returncode == 2
    assert result.stderr.startswith("rapport: ")
    assert "json" in result.stderr.lower()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "new.rapport.bak"]
    assert neighbour.read_text("utf-8") == "keep me"


def test_a_file_that_is_not_a_workspace_is_refused_and_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.rapport"
    foreign.write_text("these are my notes, not a database\n", "utf-8")
    before = foreign.read_bytes()
    result = rapport("export", "--workspace", foreign, "--out", tmp_path / "x.json")
    assert result.returncode == 2
    assert "not a rapport workspace" in result.stderr.lower()
    assert foreign.read_bytes() == before


def test_make_demo_refuses_to_overwrite(demo_workspace: Path) -> None:
    before = demo_workspace.stat().st_mtime_ns
    result = rapport("make-demo", demo_workspace)
    assert result.returncode == 2
    assert "exists already" in result.stderr
    assert demo_workspace.stat().st_mtime_ns == before


def test_check_reports_a_healthy_workspace(demo_workspace: Path) -> None:
    result = rapport("check", "--workspace", demo_workspace)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "healthy" in result.stdout


def test_self_test_passes() -> None:
    result = rapport("--self-test", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "FAIL" not in result.stdout
    assert "ok   team server driver: psycopg" in result.stdout


def test_start_up_tunes_the_collector_once_the_data_is_shown(tmp_path: Path) -> None:
    """After the first workspace is open the start-up objects are out of the collector's sight
    and young collections are rarer (ui.gc_tuning): no full collection walks them while the user
    works."""
    result = rapport("--workspace", tmp_path / "fresh.rapport", "--startup-probe")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines.index("rapport-probe data-ready") == len(lines) - 2
    facts = dict(
        item.split("=") for item in lines[-1].removeprefix("rapport-probe collector ").split()
    )
    assert int(facts["frozen"]) > 20_000  # modules, Qt wrappers and the window
    assert int(facts["young"]) == 5_000


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGINT])
def test_the_app_closes_cleanly_when_the_session_ends(
    tmp_path: Path, ending: signal.Signals
) -> None:
    """Logging out sends SIGTERM (Ctrl+C in a terminal SIGINT): the app closes as if the user
    had closed its window, so the workspace lock and SQLite's WAL file are gone and the window's
    layout is saved."""
    workspace = tmp_path / "session.rapport"
    lock = workspace.with_name(workspace.name + ".lock")
    home = {name: str(tmp_path / name) for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME")}
    app = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--workspace", str(workspace)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **home},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not lock.exists() and app.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert lock.exists(), "the app never opened its workspace"
        time.sleep(0.5)  # into the event loop
        app.send_signal(ending)
        assert app.wait(timeout=30) == 0
    finally:
        if app.poll() is None:
            app.kill()
    assert not lock.exists()
    assert not workspace.with_name(workspace.name + "-wal").exists()
    settings = list((tmp_path / "XDG_CONFIG_HOME").rglob("*.conf"))
    assert settings and "geometry" in settings[0].read_text(encoding="utf-8")


def test_switching_workspace_lets_the_first_ones_frozen_objects_go() -> None:
    """The collector tuning freezes what the first workspace built; a switch unfreezes it so
    that the old engine and rows can be freed, then freezes what is alive now."""
    import gc
    import weakref

    from ui.gc_tuning import refreeze_after_switch

    class Node:
        pass

    node = Node()
    node.itself = node  # type: ignore[attr-defined]  # a reference cycle
    alive = weakref.ref(node)
    gc.freeze()  # as if built with the first workspace
    del node
    try:
        gc.collect()
        assert alive() is not None  # frozen: out of the collector's sight
        refreeze_after_switch()
        assert alive() is None  # after the switch it is freed
        assert gc.get_freeze_count() > 0  # and what lives now is frozen again
    finally:
        gc.unfreeze()
