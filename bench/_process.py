"""Starting a program and timing when given lines appear on its standard output."""

from __future__ import annotations

import os
import queue
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ProbeRun:
    """Seconds from just before the spawn to each awaited line (None: it never came)."""

    seen: dict[str, float | None]
    returncode: int | None
    stderr_tail: str

    def failure(self, line: str) -> str:
        """Why `line` did not arrive, for an `unavailable` reason."""
        how = "timed out" if self.returncode is None else f"exited {self.returncode}"
        tail = f": {self.stderr_tail}" if self.stderr_tail else ""
        return f"no '{line}' line ({how}){tail}"


def offscreen_env(sandbox: Path) -> dict[str, str]:
    """The environment for a timed start: offscreen Qt, settings kept out of the real home."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for var, sub in {
        "XDG_DATA_HOME": "share",
        "XDG_CONFIG_HOME": "config",
        "XDG_CACHE_HOME": "cache",
        "XDG_STATE_HOME": "state",
    }.items():
        path = sandbox / sub
        path.mkdir(parents=True, exist_ok=True)
        env[var] = str(path)
    runtime = sandbox / "runtime"
    runtime.mkdir(parents=True, exist_ok=True, mode=0o700)
    runtime.chmod(0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def time_lines(
    command: list[str],
    lines: list[str],
    *,
    cwd: Path,
    env: dict[str, str],
    timeout: float = 60.0,
) -> ProbeRun:
    """Runs `command` and times each of `lines` (matched at the start of an output line).

    The clock starts just before the spawn and stops when a line is read from the pipe. Once all
    lines are seen, the program gets `timeout` seconds to exit by itself before it is killed.
    """
    pending = list(lines)
    seen: dict[str, float | None] = dict.fromkeys(lines)
    arrivals: queue.Queue[tuple[float, str | None]] = queue.Queue()

    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as stderr:
        start = time.perf_counter()
        proc = subprocess.Popen(
            command,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
            errors="replace",
        )

        def read() -> None:
            assert proc.stdout is not None
            for text in proc.stdout:
                arrivals.put((time.perf_counter(), text))
            arrivals.put((time.perf_counter(), None))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        deadline = start + timeout
        while pending:
            try:
                when, text = arrivals.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                break
            if text is None:
                break
            for line in pending:
                if text.startswith(line):
                    seen[line] = when - start
                    pending.remove(line)
                    break

        try:
            returncode: int | None = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            returncode = None
        reader.join(timeout=5)
        stderr.seek(0)
        tail = [t.strip() for t in stderr.read().splitlines() if t.strip()][-3:]

    return ProbeRun(seen, returncode, " | ".join(tail))
