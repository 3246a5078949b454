"""The health check of a workspace file: SQLite's own checks plus Rapport's derived data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from persistence.errors import NotAWorkspaceError
from persistence.schema import APPLICATION_ID, SCHEMA_VERSION
from persistence.workspace.file_identity import check_header, read_only

# Keys whose kept-at-hand current value is not the latest rating in their history.
_STALE_CURRENT_VALUES = """
WITH ranked AS (
    SELECT stakeholder_id, dimension, COALESCE(map_id, 0) AS map_key, id,
           ROW_NUMBER() OVER (
               PARTITION BY stakeholder_id, dimension, map_id ORDER BY at DESC, id DESC
           ) AS rank
    FROM ratings
),
expected AS (SELECT stakeholder_id, dimension, map_key, id FROM ranked WHERE rank = 1)
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
