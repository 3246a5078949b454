"""The health check of a workspace file: SQLite's own checks plus Rapport's derived data."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from persistence.errors import NotAWorkspaceError
from persistence.schema import APPLICATION_ID, SCHEMA_VERSION
from persistence.tables import Base
from persistence.workspace.file_identity import (
    alembic_revision,
    check_header,
    read_only,
    refuse_newer,
)

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

# Plans (schema 4): touchpoints dated before their plan starts, which no way in lets through.
_TOUCHPOINTS_BEFORE_PLAN = """
SELECT COUNT(*) FROM plan_touchpoints AS t JOIN engagement_plans AS p ON p.id = t.plan_id
 WHERE t.on_date < p.starts_on
"""

# Demand items whose kept status and dates disagree with their steps (or that have none).
_DEMAND_OUT_OF_STEP = """
SELECT COUNT(*) FROM demand_items AS d
 WHERE NOT EXISTS (SELECT 1 FROM demand_steps AS s WHERE s.item_id = d.id)
    OR d.status IS NOT (SELECT s.status FROM demand_steps AS s WHERE s.item_id = d.id
                         ORDER BY s.position DESC LIMIT 1)
    OR d.status_on IS NOT (SELECT s."on" FROM demand_steps AS s WHERE s.item_id = d.id
                            ORDER BY s.position DESC LIMIT 1)
    OR d.raised_on IS NOT (SELECT s."on" FROM demand_steps AS s WHERE s.item_id = d.id
                            ORDER BY s.position LIMIT 1)
"""

# Notes (schema 8) no way in lets through: without an author (a private one would be nobody's to
# read) or without text.
_NOTES_ASTRAY = """
SELECT COUNT(*) FROM stakeholder_notes WHERE TRIM(author) = '' OR TRIM(text) = ''
"""


# Schema 9: every record people change carries its version, 1 or more (one more per change).
_VERSIONED_TABLES = sorted(t.name for t in Base.metadata.sorted_tables if "version" in t.c)
_BAD_VERSIONS = " + ".join(
    f"(SELECT COUNT(*) FROM {table} WHERE version IS NULL OR version < 1)"
    for table in _VERSIONED_TABLES
)
# An author recorded as an empty name (unknown is NULL, so this would hide a real gap).
_BLANK_AUTHORS = " + ".join(
    [f"(SELECT COUNT(*) FROM {table} WHERE changed_by = '')" for table in _VERSIONED_TABLES]
    + ["(SELECT COUNT(*) FROM ratings WHERE recorded_by = '')"]
)


@dataclass(frozen=True, slots=True)
class HealthReport:
    """What a check found in a workspace file Rapport can open."""

    #: The workspace format (schema version) of the file.
    version: int
    #: Everything found wrong (empty: healthy).
    problems: list[str]

    @property
    def needs_upgrade(self) -> bool:
        """Written by an older Rapport: opening it upgrades it (after saving a backup)."""
        return self.version < SCHEMA_VERSION


def health_report(path: Path) -> HealthReport:
    """The version of the workspace file at ``path`` and everything found wrong with it.

    SQLite's integrity and foreign key checks, and whether the current values agree with the
    rating history. Raises NotAWorkspaceError for another program's file and NewerWorkspaceError
    for one written by a newer Rapport (which this one refuses to open). Reads only, so it may
    run while the workspace is open elsewhere.
    """
    check_header(path)
    version = 0
    try:
        with read_only(path) as connection:
            if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise NotAWorkspaceError(
                    f"{path.name} is a database of another program, not a Rapport workspace."
                )
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            refuse_newer(path, version, alembic_revision(connection))
            problems = [
                f"Integrity: {row[0]}"
                for row in connection.execute("PRAGMA integrity_check(100)")
                if row[0] != "ok"
            ]
            problems += [
                f"Broken reference: {table} row {rowid} points at a missing {parent} row."
                for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check")
            ]
            if not problems and version == SCHEMA_VERSION:
                stale = connection.execute(_STALE_CURRENT_VALUES).fetchone()[0]
                if stale:
                    problems.append(f"{stale} current values disagree with the rating history.")
                early = connection.execute(_TOUCHPOINTS_BEFORE_PLAN).fetchone()[0]
                if early:
                    problems.append(f"{early} plan touchpoints are dated before their plan starts.")
                astray = connection.execute(_DEMAND_OUT_OF_STEP).fetchone()[0]
                if astray:
                    problems.append(f"{astray} demand items disagree with their status history.")
                nameless = connection.execute(_NOTES_ASTRAY).fetchone()[0]
                if nameless:
                    problems.append(f"{nameless} notes on people have no author or no text.")
                bad = connection.execute(f"SELECT {_BAD_VERSIONS}").fetchone()[0]
                if bad:
                    problems.append(f"{bad} records have no valid version (1 or more).")
                blank = connection.execute(f"SELECT {_BLANK_AUTHORS}").fetchone()[0]
                if blank:
                    problems.append(f"{blank} changes name an empty author (unknown is NULL).")
    except sqlite3.DatabaseError as error:
        return HealthReport(version, [f"The file cannot be read: {error}"])
    return HealthReport(version, problems)
