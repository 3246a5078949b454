"""What the packaged app (PyInstaller, see build.spec) does differently from a run from source.

``prepare_process()`` runs first thing in ``main.main()``; from source it does nothing. In a
bundle it

- gives matplotlib a lasting config folder in the user's cache folder. PyInstaller's matplotlib
  run-time hook points ``MPLCONFIGDIR`` at a fresh temporary folder on every start, so the font
  list would be rebuilt each time (about 0.7 s). The one-file build keeps the temporary folder:
  it unpacks to a new place on every start, so a lasting font list would point at fonts that are
  gone.
- on Windows, where the executable has no console, attaches to the console it was started from
  (so ``rapport.exe --self-test`` and the commands print), or else sends output nowhere instead
  of failing on a missing ``sys.stdout``.
- records unhandled errors in the log file: the exception type and the code location of each
  frame, never the message or any values, which may hold personal data.

Nothing here imports Qt: it runs before the first window, on the start-up path.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

APP_NAME = "Rapport"
#: Written into the bundle by build.spec: {"version", "onefile", "built", "commit"}.
BUILD_INFO_NAME = "rapport-build.json"

log = logging.getLogger(__name__)


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_dir() -> Path | None:
    """The folder the bundle's files live in (``_internal`` next to the executable), or None."""
    return Path(sys._MEIPASS) if is_frozen() else None  # type: ignore[attr-defined]


def build_info() -> dict[str, Any]:
    """What build.spec recorded about this build; empty from source or when unreadable."""
    folder = bundle_dir()
    if folder is None:
        return {}
    try:
        info = json.loads((folder / BUILD_INFO_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return info if isinstance(info, dict) else {}


def user_cache_dir(
    platform: str | None = None, environ: os._Environ[str] | dict[str, str] | None = None
) -> Path:
    """Rapport's cache folder, where Qt's QStandardPaths.CacheLocation puts it for the app.

    Linux: $XDG_CACHE_HOME/Rapport (~/.cache/Rapport); macOS: ~/Library/Caches/Rapport;
    Windows: %LOCALAPPDATA%\\Rapport\\cache.
    """
    platform = platform or sys.platform
    env = os.environ if environ is None else environ
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform.startswith("win"):
        base = env.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / APP_NAME / "cache"
    if platform == "darwin":
        return home / "Library" / "Caches" / APP_NAME
    base = env.get("XDG_CACHE_HOME") or str(home / ".cache")
    return Path(base) / APP_NAME


def matplotlib_config_dir(cache: Path, version: str) -> Path:
    """A config folder per app version, so a newer bundle never reads an older font list."""
    return cache / f"matplotlib-{version or 'unknown'}"


def use_lasting_matplotlib_config(info: dict[str, Any], cache: Path | None = None) -> Path | None:
    """Points MPLCONFIGDIR at a folder that outlives the process; returns it, or None if not."""
    if info.get("onefile"):
        return None
    folder = matplotlib_config_dir(cache or user_cache_dir(), str(info.get("version", "")))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # keep PyInstaller's temporary folder: slower, but works
    os.environ["MPLCONFIGDIR"] = str(folder)
    return folder


def connect_windows_console() -> None:
    """A windowed executable has no sys.stdout; use the parent's console if there is one."""
    if sys.platform != "win32" or (sys.stdout is not None and sys.stderr is not None):
        return
    try:
        import ctypes

        attach_parent_process = -1
        if ctypes.windll.kernel32.AttachConsole(attach_parent_process):  # type: ignore[attr-defined]
            sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
            sys.stderr = sys.stdout
            return
    except (OSError, AttributeError):
        pass
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    sys.stdout = sys.stdout or sink
    sys.stderr = sys.stderr or sink


def describe_error(kind: type[BaseException], tb: TracebackType | None, limit: int = 30) -> str:
    """The exception type and where it happened, without its message or any local values."""
    frames = traceback.extract_tb(tb, limit=limit)
    where = " <- ".join(
        f"{Path(frame.filename).name}:{frame.lineno} {frame.name}" for frame in reversed(frames)
    )
    return f"unhandled {kind.__module__}.{kind.__qualname__} at {where or 'unknown location'}"


def log_unhandled_errors() -> None:
    """Adds a line to the log for each unhandled error, then lets the usual handling go on."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error(describe_error(kind, tb))
        previous(kind, error, tb)

    sys.excepthook = hook


def prepare_process() -> None:
    """Frozen-app set-up, before anything else runs; does nothing from source."""
    if not is_frozen():
        return
    # Alembic loads the migration scripts from files; never write their bytecode into the bundle
    # (a read-only install folder, or a signed macOS app that a new file would invalidate).
    sys.dont_write_bytecode = True
    connect_windows_console()
    use_lasting_matplotlib_config(build_info())
    log_unhandled_errors()
