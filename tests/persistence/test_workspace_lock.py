"""One Rapport per workspace: the lock file, its holder, and taking over a stale lock."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from persistence.workspace import WorkspaceLockedError, open_workspace
from persistence.workspace.lock_file import lock_path_for, pid_is_running, read_holder
from persistence.workspace.process_identity import boot_id, process_start

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
        # In plain words: where, by whom and since when (the local time on the wall).
        since = datetime.fromisoformat(holder.since).astimezone()
        assert (
            f"open in Rapport on {holder.host} by {holder.user} since {since:%H:%M}"
            in str(refused.value)
            or since.date() != datetime.now().astimezone().date()
        )
        assert ".lock" not in str(refused.value)  # never "delete the lock file"
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
    with pytest.raises(WorkspaceLockedError, match="on another-laptop by dana"):
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


# -- telling a live holder from a stale one (issue 10, item 3) ----------------------------------


@pytest.fixture
def other_process() -> Iterator[subprocess.Popen[bytes]]:
    """A process that runs (and is not Rapport): its pid stands for a reused one."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        yield child
    finally:
        child.kill()
        child.wait(timeout=10)


def test_the_lock_records_host_user_boot_process_start_and_time(path: Path) -> None:
    with open_workspace(path):
        record = json.loads(lock_path_for(path).read_text())
    assert record["host"] == socket.gethostname() and record["pid"] == os.getpid()
    assert record["user"] and datetime.fromisoformat(record["since"])
    assert record["boot_id"] == boot_id() and record["started"] == process_start(os.getpid())


@pytest.mark.skipif(process_start(os.getpid()) is None, reason="no process start times here")
def test_a_lock_whose_pid_now_belongs_to_another_process_is_taken_over(
    path: Path, other_process: subprocess.Popen[bytes]
) -> None:
    # The pid runs, but the process behind it started at another moment than the lock says:
    # the number was reused (after a reboot, or after enough processes).
    _write_lock(path, pid=other_process.pid, boot_id=boot_id(), started="12345")
    with open_workspace(path):
        assert json.loads(lock_path_for(path).read_text())["pid"] == os.getpid()


@pytest.mark.skipif(process_start(os.getpid()) is None, reason="no process start times here")
def test_a_lock_of_a_process_that_still_runs_is_honoured(
    path: Path, other_process: subprocess.Popen[bytes]
) -> None:
    started = process_start(other_process.pid)
    _write_lock(path, pid=other_process.pid, boot_id=boot_id(), started=started, user="anna")
    with pytest.raises(WorkspaceLockedError, match=f"on {socket.gethostname()} by anna since"):
        open_workspace(path)
    assert json.loads(lock_path_for(path).read_text())["user"] == "anna"


@pytest.mark.skipif(boot_id() is None, reason="this system has no boot id")
def test_a_lock_from_before_a_reboot_is_taken_over(
    path: Path, other_process: subprocess.Popen[bytes]
) -> None:
    # Written in an earlier boot by a pid that (by chance) runs again now.
    _write_lock(path, pid=other_process.pid, boot_id="an-earlier-boot", started="1")
    with open_workspace(path):
        assert json.loads(lock_path_for(path).read_text())["boot_id"] == boot_id()


def test_a_lock_from_another_machine_is_taken_over_only_when_the_user_says_so(
    path: Path,
) -> None:
    _write_lock(path, host="LAPTOP-7", user="anna", since="2026-12-03T08:28:00+00:00", token="a1")
    with pytest.raises(WorkspaceLockedError) as refused:
        open_workspace(path)
    message = str(refused.value)
    assert "open in Rapport on LAPTOP-7 by anna since" in message
    assert "cannot tell from here whether that copy is still running" in message
    holder = refused.value.holder

    # Meanwhile anna's Rapport wrote a new lock: the user's confirmation was about the old one.
    _write_lock(path, host="LAPTOP-7", user="anna", since="2026-12-03T09:00:00+00:00", token="b2")
    with pytest.raises(WorkspaceLockedError):
        open_workspace(path, take_over=holder)
    assert json.loads(lock_path_for(path).read_text())["token"] == "b2"

    fresh = read_holder(path)
    assert fresh is not None
    with open_workspace(path, take_over=fresh):
        assert json.loads(lock_path_for(path).read_text())["pid"] == os.getpid()
    assert not lock_path_for(path).exists()


def test_a_lock_is_complete_or_absent_and_leaves_no_temporary_file(path: Path) -> None:
    """Eight processes open the workspace at once: one gets it, the others are told who has it
    (never a half-written lock taken for garbage), and no temporary file stays behind."""
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACE, str(path)],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(8)
    ]
    results = [racer.communicate(timeout=60)[0].strip() for racer in racers]
    assert results.count("got it") >= 1, results
    assert all(r in ("got it", "locked") for r in results), results
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


RACE = """
import sys, time
from pathlib import Path
from persistence.workspace import WorkspaceLockedError, open_workspace
try:
    workspace = open_workspace(Path(sys.argv[1]))
except WorkspaceLockedError:
    print("locked")
else:
    time.sleep(0.5)
    workspace.close()
    print("got it")
"""
