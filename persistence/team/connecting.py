"""Engines on a team server, and its refusals to connect in the user's terms.

libpq reports why a connection failed only in its message (no SQLSTATE before the login is
done), so the message is read: its English wording, as a server with ``lc_messages`` in
English gives it. Other wordings still come out as one clear line, with the server's text.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from persistence.engine import make_engine
from persistence.errors import WorkspaceError
from persistence.team.driver import driver_problem
from persistence.team.errors import (
    ServerDatabaseMissingError,
    ServerLoginError,
    ServerUnreachableError,
)

#: Seconds to wait for a server to answer before calling it unreachable.
CONNECT_TIMEOUT = 10


def server_engine(url: URL, *, connect_timeout: int = CONNECT_TIMEOUT, **options: Any) -> Engine:
    """An engine on a team server; says "Rapport" to the server (``pg_stat_activity``)."""
    problem = driver_problem()
    if problem is not None:
        raise WorkspaceError(problem)
    connect_args = dict(options.pop("connect_args", {}))
    connect_args.setdefault("connect_timeout", connect_timeout)
    connect_args.setdefault("application_name", "Rapport")
    return make_engine(url, connect_args=connect_args, **options)


def connection_error(error: BaseException, where: str, user: str, database: str) -> WorkspaceError:
    """``error`` (from connecting to ``where``, "HOST:PORT") as one line the user can act on."""
    orig = error.orig if isinstance(error, DBAPIError) else error
    text = " ".join(str(orig).split())
    lowered = text.lower()
    server_said = _server_text(text)
    if "no password supplied" in lowered:
        return ServerLoginError(
            f"The server at {where} asks for {user}'s password, and none was given.",
            password_missing=True,
        )
    if "password authentication failed" in lowered or "authentication failed" in lowered:
        return ServerLoginError(
            f"The server at {where} refused the login {user}: wrong password (or no such "
            "user). Check them, or ask your team's administrator."
        )
    if "database" in lowered and "does not exist" in lowered:
        return ServerDatabaseMissingError(
            f"The server at {where} has no database “{database}”. Check the name, or ask your "
            "team's administrator (team-setup creates it)."
        )
    if "pg_hba.conf" in lowered:
        return ServerLoginError(
            f"The server at {where} does not let {user} in from this computer (its pg_hba.conf "
            "has no entry for it); ask your team's administrator."
        )
    if "ssl" in lowered and ("not support" in lowered or "required" in lowered):
        return ServerUnreachableError(
            f"The server at {where} and this connection disagree on TLS ({server_said}); "
            "choose another TLS mode."
        )
    if "fatal:" in lowered:
        return ServerLoginError(f"The server at {where} refused the connection: {server_said}.")
    return ServerUnreachableError(
        f"No server answered at {where} ({_reason(lowered) or server_said}). Check the server "
        "name and port, and that you are on the network it is on."
    )


def _reason(lowered: str) -> str:
    if "resolve host" in lowered or "name or service not known" in lowered:
        return "there is no computer of that name"
    if "connection refused" in lowered:
        return "nothing listens on that port"
    if "timeout" in lowered or "timed out" in lowered:
        return "it did not answer in time"
    return ""


def _server_text(text: str) -> str:
    """The part of a libpq message after its "connection to server … failed:" preamble."""
    for marker in ("FATAL:", "failed:"):
        if marker in text:
            return text.rsplit(marker, 1)[1].strip()
    return text
