"""Why a shared workspace could not be opened, each in words fit to show a member.

All are :class:`~persistence.errors.WorkspaceError`, so code that shows a workspace's refusals
shows these too (the window in a message box, a command on one line).
"""

from __future__ import annotations

from persistence.errors import WorkspaceError


class ServerUnreachableError(WorkspaceError):
    """No server answered at the address (wrong host or port, server down, network, firewall)."""


class ServerLoginError(WorkspaceError):
    """The server refused the login: wrong or missing password, or no such user."""

    def __init__(self, message: str, *, password_missing: bool = False) -> None:
        super().__init__(message)
        #: No password was given at all (asking for one may help).
        self.password_missing = password_missing


class ServerDatabaseMissingError(WorkspaceError):
    """The server has no database of that name."""


class NotSetUpError(WorkspaceError):
    """The database is empty: ``team-setup`` was never run on it."""


class ForeignDatabaseError(WorkspaceError):
    """The database holds another program's tables."""


class OlderServerSchemaError(WorkspaceError):
    """The shared workspace has an older schema than this Rapport reads.

    ``can_upgrade``: the login owns the tables and may upgrade them (the window offers it);
    otherwise the member is told to ask the administrator.
    """

    def __init__(self, message: str, *, version: int, can_upgrade: bool) -> None:
        super().__init__(message)
        self.version = version
        self.can_upgrade = can_upgrade


class TeamSetupError(WorkspaceError):
    """``team-setup`` or ``team-add-member`` could not do what was asked; nothing half-done."""
