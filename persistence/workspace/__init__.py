"""Workspace files: the public API the UI and the command line use.

A workspace is one SQLite file (``.rapport``) stamped with Rapport's application id and schema
version, locked while open, backed up before its schema is upgraded; or a PostgreSQL database.
Backups (taken, listed, thinned, compared and restored) are in the ``backup_*``, ``taking_backups``
and ``restoring`` modules, exported here.
"""

from persistence.errors import (
    CorruptWorkspaceError,
    LockHolder,
    NewerWorkspaceError,
    NotAWorkspaceError,
    NotWritableError,
    WorkspaceError,
    WorkspaceExistsError,
    WorkspaceLockedError,
    WorkspaceNotFoundError,
    WorkspaceWriteError,
)
from persistence.workspace.backup_contents import (
    BackupChange,
    BackupCounts,
    BackupDiff,
    compare_with_workspace,
    count_contents,
)
from persistence.workspace.backup_files import BackupFile, backup_folder, list_backups
from persistence.workspace.health import HealthReport
from persistence.workspace.opening import (
    WORKSPACE_SUFFIX,
    Workspace,
    check_workspace,
    create_workspace,
    default_workspace_path,
    open_database_url,
    open_workspace,
    save_copy,
    workspace_health,
)
from persistence.workspace.restoring import restore_as_new, restore_in_place
from persistence.workspace.taking_backups import DEFAULT_BUDGET_BYTES, take_backup

__all__ = [
    "DEFAULT_BUDGET_BYTES",
    "WORKSPACE_SUFFIX",
    "BackupChange",
    "BackupCounts",
    "BackupDiff",
    "BackupFile",
    "CorruptWorkspaceError",
    "HealthReport",
    "LockHolder",
    "NewerWorkspaceError",
    "NotAWorkspaceError",
    "NotWritableError",
    "Workspace",
    "WorkspaceError",
    "WorkspaceExistsError",
    "WorkspaceLockedError",
    "WorkspaceNotFoundError",
    "WorkspaceWriteError",
    "backup_folder",
    "check_workspace",
    "compare_with_workspace",
    "count_contents",
    "create_workspace",
    "default_workspace_path",
    "list_backups",
    "open_database_url",
    "open_workspace",
    "restore_as_new",
    "restore_in_place",
    "save_copy",
    "take_backup",
    "workspace_health",
]
