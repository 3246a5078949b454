"""A second launch while Rapport runs: real processes on one user's data folder. The second hands
its workspace to the first (which opens it and comes to the front) and exits 0, instead of
running into the workspace lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A user of their own: their data folder names the single-instance socket."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        (tmp_path / var).mkdir()
        env[var] = str(tmp_path / var)
    return env


def lock_of(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def wait_for(condition, what: str, timeout: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


@pytest.fixture
def first(tmp_path: Path, env: dict[str, str]) -> Iterator[tuple[subprocess.Popen[bytes], Path]]:
    workspace = tmp_path / "first.rapport"
    app = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), str(workspace)],  # as the file manager starts it
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: lock_of(workspace).exists() or app.poll() is not None, "the first window")
        assert lock_of(workspace).exists(), "the first Rapport never opened its workspace"
        yield app, workspace
    finally:
        if app.poll() is None:
            app.send_signal(signal.SIGTERM) if sys.platform != "win32" else app.kill()
            app.wait(timeout=30)


def second_launch(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_a_second_launch_with_a_file_hands_it_to_the_running_rapport(
    first: tuple[subprocess.Popen[bytes], Path], env: dict[str, str], tmp_path: Path
) -> None:
    app, first_workspace = first
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    # A relative name, from another folder: the running Rapport opens the one meant here.
    handed = second_launch("second.rapport", env=env, cwd=elsewhere)

    assert handed.returncode == 0, handed.stdout + handed.stderr
    second = elsewhere / "second.rapport"
    wait_for(lambda: lock_of(second).exists(), "the running Rapport to open the handed file")
    wait_for(lambda: not lock_of(first_workspace).exists(), "the first workspace to be closed")
    assert app.poll() is None  # the first Rapport is still running, now on the second file

    # Without a file, a launch only brings the running window forward; it keeps its workspace.
    again = second_launch(env=env, cwd=tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr
    time.sleep(0.5)
    assert lock_of(second).exists() and app.poll() is None


def test_the_same_file_twice_is_no_lock_message(
    first: tuple[subprocess.Popen[bytes], Path], env: dict[str, str], tmp_path: Path
) -> None:
    app, workspace = first
    handed = second_launch("--workspace", str(workspace), env=env, cwd=tmp_path)
    assert handed.returncode == 0, handed.stdout + handed.stderr
    assert "lock" not in (handed.stdout + handed.stderr).lower()
    assert lock_of(workspace).exists() and app.poll() is None


def test_another_users_data_folder_is_another_rapport(
    first: tuple[subprocess.Popen[bytes], Path], env: dict[str, str], tmp_path: Path
) -> None:
    """The socket is per user and data folder: another one starts a window of its own."""
    other = {**env, "XDG_DATA_HOME": str(tmp_path / "other-data")}
    mine = tmp_path / "mine.rapport"
    started = second_launch("--workspace", str(mine), "--startup-probe", env=other, cwd=tmp_path)
    assert started.returncode == 0, started.stdout + started.stderr
    assert "rapport-probe data-ready" in started.stdout
    assert first[0].poll() is None


def test_two_launches_at_the_same_instant_make_one_window(
    env: dict[str, str], tmp_path: Path
) -> None:
    """Neither finds the other listening at first; the instance claim (a lock file) makes one of
    them the running Rapport and the other hand its workspace over, instead of two windows."""
    a, b = tmp_path / "a.rapport", tmp_path / "b.rapport"
    launches = [
        subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), str(workspace)],
            env=env,
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for workspace in (a, b)
    ]
    try:
        wait_for(lambda: any(app.poll() is not None for app in launches), "one launch to end")
        (handed,) = [app for app in launches if app.poll() is not None]
        (running,) = [app for app in launches if app.poll() is None]
        assert handed.returncode == 0, handed.stderr.read() if handed.stderr else ""
        # The running one ends up on the workspace the other launch asked for.
        asked = (a, b)[launches.index(handed)]
        wait_for(lambda: lock_of(asked).exists(), "the running Rapport to open the handed file")
        time.sleep(1)
        assert running.poll() is None and handed.poll() == 0
    finally:
        for app in launches:
            if app.poll() is None:
                app.send_signal(signal.SIGTERM) if sys.platform != "win32" else app.kill()
                app.wait(timeout=30)
