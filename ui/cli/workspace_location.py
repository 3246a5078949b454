"""``--workspace`` of every command: a workspace file, or a shared workspace's server address
(``postgresql://USER@HOST:PORT/DATABASE``), and opening either.

A server's password comes from the keyring (where Rapport's window saved it), else libpq's
``PGPASSWORD`` or ``~/.pgpass``; failing those, it is asked for on a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from persistence.team.server_address import (
    ServerAddress,
    ServerAddressError,
    looks_like_server_address,
    parse_server_address,
)

if TYPE_CHECKING:
    from persistence.workspace import Workspace

#: A workspace file, or a shared workspace on a server.
Location = Path | ServerAddress


def workspace_location(value: str) -> Location:
    """An argparse type: a server address if it reads as one, else a file's path."""
    if looks_like_server_address(value):
        try:
            return parse_server_address(value)[0]
        except ServerAddressError as error:
            raise argparse.ArgumentTypeError(str(error)) from None
    return Path(value)


def open_location(location: Location, *, read_only: bool = False, lock: bool = True) -> Workspace:
    """Open a workspace file (``read_only``, ``lock`` as :func:`open_workspace` takes them) or
    a shared workspace (the server's privileges say what may be changed there)."""
    from persistence.workspace import open_workspace

    if isinstance(location, Path):
        return open_workspace(location, read_only=read_only, lock=lock)
    return open_shared(location)


def open_shared(address: ServerAddress) -> Workspace:
    from persistence.team.errors import OlderServerSchemaError, ServerLoginError
    from persistence.team.opening import open_server_workspace
    from persistence.team.passwords import PasswordStore

    try:
        try:
            return open_server_workspace(address, PasswordStore().password(address))
        except ServerLoginError as error:
            if not (error.password_missing and sys.stdin.isatty()):
                raise
            password = getpass.getpass(f"Password of {address.user} on {address.title}: ")
            return open_server_workspace(address, password)
    except ServerLoginError as error:
        if error.password_missing:
            raise ServerLoginError(
                f"{error} Set PGPASSWORD, put it in ~/.pgpass, or open the workspace once in "
                "Rapport's window with “Remember in keyring”.",
                password_missing=True,
            ) from error
        raise
    except OlderServerSchemaError as error:
        if error.can_upgrade:
            raise OlderServerSchemaError(
                f"{error} Upgrade it with: rapport team-setup --admin-url "
                f"postgresql://{address.user}@{address.host}:{address.port}/postgres "
                f"--database {address.database}",
                version=error.version,
                can_upgrade=True,
            ) from error
        raise


def files_of(location: Location) -> list[Path]:
    """The files an output must never overwrite: the workspace file (none for a server)."""
    return [location] if isinstance(location, Path) else []


def name_of(location: Location) -> str:
    """How messages name it: the file's name, or the server address (without password)."""
    return location.name if isinstance(location, Path) else str(location)


def server_refusal(address: ServerAddress, what: str) -> str:
    """Why ``what`` (a command on workspace files only) refuses a shared workspace."""
    return (
        f"{what} works on workspace files only; {address} is a shared workspace on a server, "
        f"which its administrator backs up (pg_dump). 'rapport export --workspace {address} "
        "--out FILE.json' saves a copy of it."
    )
