"""The health check of a workspace file: SQLite's own checks plus Rapport's derived data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from persistence.errors import NotAWorkspaceError
from persistence.schema import APPLICATION_ID, SCHEMA_VERSION
from persistence.workspace.file_identity import check_header, read_only

# How many keys' kept-at-hand current value is not the latest rating in their history (the
# latest by time, the later entry winning a tie): one backward index seek per key.
_STALE_CURRENT_VALUES = """
WITH expected AS (
    SELECT k.stakeholder_id, k.dimension, COALESCE(k.map_id, 0) AS map_key,
           (SELECT r.id FROM ratings AS r
             WHERE r.stakeholder_id = k.stakeholder_id AND r.dimension = k.dimension
               AND r.map_id IS k.map_id
             ORDER BY r.at DESC, r.id DESC LIMIT 1) AS id
    FROM (SELECT DISTINCT stakeholder_id, dimension, map_id FROM ratings) AS k
)
SELECT
    (SELECT COUNT(*) FROM expected AS e
       LEFT JOIN current_ratings AS c USING (stakeholder_id, dimension, map_key)
       WHERE c.rating_id IS NULL OR c.rating_id <> e.id)
  + (SELECT COUNT(*) FROM current_ratings AS c
       LEFT JOIN expected AS e USING (stakeholder_id, dimension, map_key)
       WHERE e.id IS NULL)
"""


def health_problems(path: Path) -> list[str]:
    """Everything found wrong with the workspace file at ``path`` (empty: healthy).

    SQLite's integrity and foreign key checks, and whether the current values agree with the
    rating history. Reads only, so it may run while the workspace is open elsewhere.
    """
    check_header(path)
    try:
        with read_only(path) as connection:
            if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise NotAWorkspaceError(
                    f"{path.name} is a database of another program, not a Rapport workspace."
                )
            problems = [
                f"Integrity: {row[0]}"
                for row in connection.execute("PRAGMA integrity_check(100)")
                if row[0] != "ok"
            ]
            problems += [
                f"Broken reference: {table} row {rowid} points at a missing {parent} row."
                for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check")
            ]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if not problems and version == SCHEMA_VERSION:
                stale = connection.execute(_STALE_CURRENT_VALUES).fetchone()[0]
                if stale:
                    problems.append(f"{stale} current values disagree with the rating history.")
    except sqlite3.DatabaseError as error:
        return [f"The file cannot be read: {error}"]
    return problems
