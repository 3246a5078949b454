"""What makes an acknowledged change survive a crash or a power cut: every connection to a
workspace file runs in WAL mode with full syncs, and on macOS flushes the drive's own cache
(F_FULLFSYNC), both on commit and on checkpoint (issue 10, item 6)."""

from __future__ import annotations

from persistence.workspace import Workspace


def test_every_connection_syncs_fully_and_flushes_the_drive_cache(workspace: Workspace) -> None:
    # Several connections at once: the pool hands out more than one, each set up on connect.
    connections = [workspace.engine.raw_connection() for _ in range(3)]
    try:
        for connection in connections:
            cursor = connection.cursor()
            settings = {
                pragma: cursor.execute(f"PRAGMA {pragma}").fetchone()[0]
                for pragma in ("journal_mode", "synchronous", "fullfsync", "checkpoint_fullfsync")
            }
            cursor.close()
            assert settings == {
                "journal_mode": "wal",
                "synchronous": 2,  # FULL
                "fullfsync": 1,
                "checkpoint_fullfsync": 1,
            }
    finally:
        for connection in connections:
            connection.close()
