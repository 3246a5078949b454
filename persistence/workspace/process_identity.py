"""Telling a running process apart from one that merely has the same number.

A process id is reused: after a reboot (or enough processes) the pid written in a lock file may
belong to an unrelated process. A process is identified instead by this machine's boot (Linux's
``/proc/sys/kernel/random/boot_id``, new at every boot) and the moment it started (field 22 of
``/proc/PID/stat``, in clock ticks since boot; on Windows its creation time). Where neither can
be read (macOS), only whether the pid exists is known.

Pure Python, no third-party package (psutil is not a dependency).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


def boot_id() -> str | None:
    """This boot of this machine, or None where the system does not say."""
    try:
        return _BOOT_ID.read_text(encoding="ascii").strip() or None
    except OSError:
        return None


def process_start(pid: int) -> str | None:
    """When process ``pid`` started, as an opaque text equal only for the same process (None
    when it cannot be told, or the process does not exist)."""
    if pid <= 0:
        return None
    if sys.platform == "win32":
        return _windows_process_start(pid)
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    # The name (field 2) is in parentheses and may hold spaces or ')': split after the last ')'.
    fields = stat[stat.rfind(")") + 2 :].split()
    try:
        return fields[19]  # field 22, starttime: the fields after the name begin at field 3
    except IndexError:
        return None


def pid_is_running(pid: int) -> bool:
    """Whether process ``pid`` exists on this machine (True when it cannot be told)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_pid_is_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    except OSError:
        return True
    return True


def same_process_running(pid: int, boot: str | None, started: str | None) -> bool:
    """Whether the process that wrote (``pid``, ``boot``, ``started``) on this machine still runs.

    False once the machine was rebooted since, the pid is gone, or the pid now belongs to a
    process that started at another moment. A record without ``boot`` or ``started`` (written by
    an older Rapport, or where they cannot be read) is judged by the pid alone.
    """
    if boot is not None:
        now = boot_id()
        if now is not None and now != boot:
            return False
    if not pid_is_running(pid):
        return False
    if started is not None:
        current = process_start(pid)
        if current is not None and current != started:
            return False
    return True


def _windows_pid_is_running(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows; ask the kernel instead.
    import ctypes

    process_query_limited_information = 0x1000
    still_active = 259
    error_invalid_parameter = 87
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return bool(kernel32.GetLastError() != error_invalid_parameter)
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def _windows_process_start(pid: int) -> str | None:
    # The creation time (100 ns units since 1601): unique to a process, across reboots too.
    import ctypes

    process_query_limited_information = 0x1000
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return None
    try:
        times = [ctypes.c_ulonglong() for _ in range(4)]
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return None
        return str(times[0].value)
    finally:
        kernel32.CloseHandle(handle)
