"""Without the PostgreSQL driver, opening a shared workspace says what to install."""

from __future__ import annotations

import sys

import pytest

from persistence.errors import WorkspaceError
from persistence.team.opening import open_server_workspace
from persistence.team.server_address import ServerAddress


def test_a_missing_driver_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as where it was never installed
    with pytest.raises(WorkspaceError, match=r"driver \(psycopg\) is not installed"):
        open_server_workspace(ServerAddress("anna", "db.example.com", "team"), "pw")
