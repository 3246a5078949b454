"""Writing a file the user asked for (an export, a copy, a PDF, a backup) without ever
destroying something: the ONE place that decides whether a target may be written, and writes it
whole or not at all.

- :func:`check_output_target` refuses a workspace (the open one or any other Rapport
  workspace, and the files SQLite and Rapport keep beside one: ``-wal``, ``-shm``,
  ``-journal``, ``.lock``) and a folder, and refuses an existing file unless ``replace`` says
  the user agreed (a dialog asked, or ``--force`` was given).
- :func:`atomic_output` writes into a temporary file beside the target, flushes it to the disk
  and renames it over the target: a crash, a full disk or an error mid-way leaves the old file
  (or nothing) and never half a file.
- :func:`write_output_file` does both.

The Qt face has its own half (``ui.file_saving``): the save dialog and ``QSaveFile``, after the
same check.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from persistence.errors import OutputExistsError, OutputRefusedError, OutputWriteError
from persistence.schema import APPLICATION_ID

#: What SQLite and Rapport keep beside a workspace file ``W``: ``W-wal`` and so on.
WORKSPACE_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")

_SQLITE_MAGIC = b"SQLite format 3\x00"
#: The header's application id: 4 bytes, big-endian, at offset 68.
_APPLICATION_ID_AT = 68


def is_rapport_workspace(path: Path) -> bool:
    """Whether ``path`` is a file stamped as a Rapport workspace (by its header alone)."""
    try:
        with Path(path).open("rb") as file:
            header = file.read(100)
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return False
    stamped = int.from_bytes(header[_APPLICATION_ID_AT : _APPLICATION_ID_AT + 4], "big")
    return stamped == APPLICATION_ID


def check_output_target(
    path: Path, *, replace: bool = False, protect: Iterable[Path | None] = ()
) -> Path:
    """``path`` if a file may be written there, else the error saying why not.

    Raises :class:`OutputRefusedError` for a folder, any Rapport workspace (or a file kept
    beside one) and the files in ``protect`` (the open workspace); :class:`OutputExistsError`
    for another existing file unless ``replace`` (the user agreed to replace it).
    """
    path = Path(path)
    shown = path.name or str(path)
    for protected in protect:
        if protected is not None and _same_file(path, Path(protected)):
            raise OutputRefusedError(
                f"{shown} is the workspace that is open; writing there would destroy it. "
                "Choose another name."
            )
    if path.is_dir():
        raise OutputRefusedError(f"{shown} is a folder; choose a file name.")
    if is_rapport_workspace(path):
        raise OutputRefusedError(
            f"{shown} is a Rapport workspace; Rapport never writes over a workspace. "
            "Choose another name."
        )
    for suffix in WORKSPACE_COMPANIONS:
        if path.name.endswith(suffix):
            owner = path.with_name(path.name[: -len(suffix)])
            if is_rapport_workspace(owner) or any(
                p is not None and _same_file(owner, Path(p)) for p in protect
            ):
                raise OutputRefusedError(
                    f"{shown} belongs to the workspace {owner.name} (SQLite or Rapport keeps it "
                    "beside it); writing there would damage that workspace. Choose another name."
                )
    if not replace and (path.exists() or path.is_symlink()):
        raise OutputExistsError(
            f"{shown} exists already. Choose another name, or agree to replace it "
            "(--force on the command line)."
        )
    if not path.parent.is_dir():
        raise OutputWriteError(f"The folder {path.parent} does not exist.")
    return path


@contextlib.contextmanager
def atomic_output(path: Path, *, text: bool = False) -> Iterator[IO[Any]]:
    """``with atomic_output(path) as out: out.write(...)``: the file appears complete when the
    block ends without an error, and not at all (the old one kept) otherwise. ``text`` opens it
    as UTF-8 text (newlines written as given) instead of bytes.

    Raises :class:`OutputWriteError` (saying why, in words) when the file cannot be written.
    """
    path = Path(path)
    target = path.resolve() if path.is_symlink() else path  # replace what the link points at
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        kept_mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        kept_mode = None
    try:
        handle: IO[Any] = (
            partial.open("w", encoding="utf-8", newline="") if text else partial.open("wb")
        )
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if kept_mode is not None:
            os.chmod(partial, kept_mode)
        os.replace(partial, target)
        sync_folder(target.parent)
    except OSError as error:  # opening, writing (the disk is full), syncing or renaming
        raise _write_error(path, error) from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def write_output_file(
    path: Path,
    write: Callable[[IO[bytes]], None],
    *,
    replace: bool = False,
    protect: Iterable[Path | None] = (),
) -> Path:
    """Check ``path`` (:func:`check_output_target`), then let ``write`` fill it atomically."""
    path = check_output_target(path, replace=replace, protect=protect)
    with atomic_output(path) as out:
        write(out)
    return path


def _write_error(path: Path, error: OSError) -> OutputWriteError:
    reason = error.strerror or str(error)
    return OutputWriteError(
        f"{path.name} could not be written ({reason}). Nothing was replaced: "
        "free some space or choose a folder you can write to, then try again."
    )


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.exists() and other.exists() and os.path.samefile(one, other)
    except OSError:
        return False


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
