"""Workspace files: the public API the UI and the command line use.

A workspace is one SQLite file (``.rapport``) stamped with Rapport's application id and schema
version, locked while open, backed up before its schema is upgraded; or a PostgreSQL database.
"""

from persistence.errors import (
    CorruptWorkspaceError,
    LockHolder,
    NewerWorkspaceError,
    NotAWorkspaceError,
    WorkspaceError,
    WorkspaceExistsError,
    WorkspaceLockedError,
    WorkspaceNotFoundError,
    WorkspaceWriteError,
)
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

__all__ = [
    "WORKSPACE_SUFFIX",
    "CorruptWorkspaceError",
    "HealthReport",
    "LockHolder",
    "NewerWorkspaceError",
    "NotAWorkspaceError",
    "Workspace",
    "WorkspaceError",
    "WorkspaceExistsError",
    "WorkspaceLockedError",
    "WorkspaceNotFoundError",
    "WorkspaceWriteError",
    "check_workspace",
    "create_workspace",
    "default_workspace_path",
    "open_database_url",
    "open_workspace",
    "save_copy",
    "workspace_health",
]
