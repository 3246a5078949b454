"""Real file systems that refuse writes, for the tests of opening failures.

- :func:`full_filesystem`: a small tmpfs, filled up, so every write fails with ENOSPC as on a full
  disk. Mounting needs root (CI runs as root) or an unprivileged user namespace; where neither is
  possible the test is skipped, saying so.
- :func:`read_only`: a file or folder that refuses writes for the user running the tests: chmod
  when that is not root; as root (whom chmod does not stop) a read-only bind mount of it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _mount(*args: str) -> bool:
    if sys.platform != "linux" or not IS_ROOT or shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    return done.returncode == 0


def _unmount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


def fill_up(folder: Path) -> None:
    """Write into ``folder`` until its file system has no room left."""
    chunk = b"\0" * 4096
    with (folder / "filler").open("wb", buffering=0) as filler:
        try:
            while True:
                filler.write(chunk)
        except OSError as error:
            assert error.errno == errno.ENOSPC, error
    # The last few bytes of a page.
    with contextlib.suppress(OSError), (folder / "filler-tail").open("wb", buffering=0) as tail:
        while True:
            tail.write(b"\0")


@contextlib.contextmanager
def full_filesystem(folder: Path, holding: list[Path]) -> Iterator[Path]:
    """``folder`` as a small tmpfs holding copies of ``holding``, then filled to the brim."""
    folder.mkdir(parents=True, exist_ok=True)
    size = sum(p.stat().st_size for p in holding) + 64 * 1024
    if not _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "rapport-full", str(folder)):
        pytest.skip("mounting a small file system needs root on Linux (as in CI); not here")
    try:
        for source in holding:
            shutil.copyfile(source, folder / source.name)
        fill_up(folder)
        yield folder
    finally:
        _unmount(folder)


@contextlib.contextmanager
def read_only(target: Path) -> Iterator[Path]:
    """``target`` (a file or a folder) refusing writes until the block ends."""
    if not IS_ROOT:
        mode = stat.S_IMODE(target.stat().st_mode)
        target.chmod(0o555 if target.is_dir() else 0o444)
        try:
            yield target
        finally:
            target.chmod(mode)
        return
    if not _mount("--bind", str(target), str(target)):
        pytest.skip("as root chmod does not stop writes, and a read-only bind mount is not allowed")
    try:
        if not _mount("-o", "remount,bind,ro", str(target)):
            pytest.skip("as root chmod does not stop writes; remounting read-only is not allowed")
        yield target
    finally:
        _unmount(target)
