"""One Rapport per workspace: the lock file, its holder, and taking over a stale lock."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from persistence.workspace import WorkspaceLockedError, open_workspace
from persistence.workspace.lock_file import lock_path_for, pid_is_running

REPO_ROOT = Path(__file__).resolve().parents[2]

HOLD_OPEN = """
import sys
from persistence.workspace import open_workspace
workspace = open_workspace(__import__("pathlib").Path(sys.argv[1]))
print("open", flush=True)
sys.stdin.readline()
workspace.close()
"""


@pytest.fixture
def path(empty_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "shared.rapport"
    shutil.copyfile(empty_template, copy)
    return copy


def _dead_pid() -> int:
    """The pid of a process that has exited (so no longer runs)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _write_lock(path: Path, **fields: object) -> Path:
    lock = lock_path_for(path)
    record = {"user": "someone", "host": socket.gethostname(), "pid": 1, "since": "earlier"}
    lock.write_text(json.dumps({**record, **fields}))
    return lock


def test_a_second_open_in_the_same_process_is_refused_naming_the_holder(path: Path) -> None:
    with open_workspace(path) as first:
        lock = lock_path_for(path)
        assert json.loads(lock.read_text())["pid"] == os.getpid()
        with pytest.raises(WorkspaceLockedError) as refused:
            open_workspace(path)
        holder = refused.value.holder
        assert (holder.pid, holder.host) == (os.getpid(), socket.gethostname())
        assert holder.user and holder.since
        assert holder.host in str(refused.value) and str(os.getpid()) in str(refused.value)
        with first.uow() as uow:  # the first one is unaffected
            assert uow.stakeholders.count() == 0
    assert not lock.exists()
    open_workspace(path).close()


def test_a_workspace_open_in_another_process_is_refused_until_that_one_goes(
    path: Path,
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(path)],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(WorkspaceLockedError) as refused:
            open_workspace(path)
        assert refused.value.holder.pid == holder.pid
        holder.kill()  # a crash: the lock file stays behind
        holder.wait(timeout=10)
        assert lock_path_for(path).exists()
        with open_workspace(path) as taken_over:
            assert json.loads(lock_path_for(path).read_text())["pid"] == os.getpid()
            assert taken_over.path == path
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=10)


def test_a_lock_left_by_a_process_that_is_gone_is_taken_over(path: Path) -> None:
    _write_lock(path, pid=_dead_pid())
    with open_workspace(path):
        assert json.loads(lock_path_for(path).read_text())["pid"] == os.getpid()
    assert not lock_path_for(path).exists()


def test_a_lock_held_on_another_machine_is_honoured(path: Path) -> None:
    lock = _write_lock(path, host="another-laptop", pid=_dead_pid(), user="dana")
    with pytest.raises(WorkspaceLockedError, match="dana on another-laptop"):
        open_workspace(path)
    assert json.loads(lock.read_text())["host"] == "another-laptop"


def test_an_unreadable_lock_is_taken_over_once_it_is_old(path: Path) -> None:
    lock = lock_path_for(path)
    lock.write_text("{not json")
    old = time.time() - 60
    os.utime(lock, (old, old))
    with open_workspace(path):
        assert json.loads(lock.read_text())["pid"] == os.getpid()


def test_opening_without_the_lock_leaves_no_lock_file(path: Path) -> None:
    with open_workspace(path, lock=False):
        assert not lock_path_for(path).exists()


def test_whether_a_process_runs_is_told_portably() -> None:
    assert pid_is_running(os.getpid())
    assert not pid_is_running(_dead_pid())
    assert not pid_is_running(0)
