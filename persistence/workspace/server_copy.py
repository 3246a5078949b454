"""Save a Copy of a server workspace: a new workspace file holding everything the server holds.

The server is read in one snapshot (REPEATABLE READ: what the team changes meanwhile is either
all in the copy or not at all), into a new file beside the destination that takes its name only
once complete, so the copy appears whole or not at all, and an existing file the user agreed to
replace stays as it was until then.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from domain.progress import NoProgress, Progress
from persistence.output_files import check_output_target, sync_folder
from persistence.table_copy import copy_all_rows

if TYPE_CHECKING:
    from persistence.workspace.opening import Workspace


def save_server_copy(
    workspace: Workspace, dest: Path, *, replace: bool = False, progress: Progress | None = None
) -> dict[str, int]:
    """Write the server workspace ``workspace`` to the new workspace file ``dest``; returns the
    rows copied per table. Over an existing file (never a workspace) only when ``replace``."""
    from persistence.workspace.opening import create_workspace

    dest = check_output_target(Path(dest), replace=replace)
    partial = dest.with_name(f".{dest.name}.partial-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        with (
            create_workspace(partial) as copy,
            workspace.engine.connect().execution_options(
                isolation_level="REPEATABLE READ"
            ) as reading,
            copy.engine.begin() as writing,
        ):
            copied = copy_all_rows(reading, writing, progress or NoProgress(), verb="Copying")
        os.replace(partial, dest)
        sync_folder(dest.parent)
    finally:
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in _SIDECARS)):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return copied


_SIDECARS = ("-wal", "-shm", "-journal", ".lock")
