"""Opening a shared workspace on a team server.

A member's client never changes the schema: an empty database, an older schema or a newer one
is refused with a message saying what to do. Only the login that owns the tables (the
administrator) may have an older schema upgraded (``upgrade=True``, after the window asked),
and that runs under the server's upgrade lock (``persistence.team.schema_upgrade``).
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from persistence.errors import NewerWorkspaceError
from persistence.schema import SCHEMA_VERSION
from persistence.team.connecting import connection_error, server_engine
from persistence.team.errors import NotSetUpError, OlderServerSchemaError
from persistence.team.roles import may_change_schema, may_write
from persistence.team.schema_upgrade import (
    newer_message,
    older_message,
    schema_version,
    upgrade_server_schema,
)
from persistence.team.server_address import DEFAULT_PORT, ServerAddress
from persistence.workspace.opening import Workspace


def open_server_workspace(
    address: ServerAddress, password: str | None = None, *, upgrade: bool = False
) -> Workspace:
    """Open the shared workspace at ``address``, logging in with ``password`` (None: libpq's
    PGPASSWORD or ~/.pgpass). ``upgrade``: the user agreed to upgrade an older schema (done
    only if the login owns the tables; otherwise :class:`OlderServerSchemaError` again)."""
    workspace = _open(
        address.sqlalchemy_url(password or None), shown=str(address), create=False, upgrade=upgrade
    )
    workspace.server = address
    return workspace


def open_server_url(url: str | URL, *, create: bool = False, upgrade: bool = False) -> Workspace:
    """Open a server database by its full SQLAlchemy URL (password included). ``create`` and
    ``upgrade``: set up an empty database, upgrade an older one, when the login may."""
    parsed = make_url(url)
    return _open(
        parsed, shown=parsed.render_as_string(hide_password=True), create=create, upgrade=upgrade
    )


def _open(url: URL, *, shown: str, create: bool, upgrade: bool) -> Workspace:
    engine = server_engine(url)
    try:
        with connect(engine) as connection:
            version = schema_version(connection)
            allowed = may_change_schema(connection)
            login = str(connection.scalar(text("SELECT current_user")))
        where = f"the database “{url.database}” on {url.host}"
        if version == 0:
            if not (create and allowed):
                raise NotSetUpError(
                    f"Rapport's tables are not set up in {where} yet: ask your team's "
                    "administrator to run team-setup for it."
                )
            upgrade_server_schema(engine)
        elif version > SCHEMA_VERSION:
            raise NewerWorkspaceError(newer_message(version))
        elif version < SCHEMA_VERSION:
            if not (upgrade and allowed):
                raise OlderServerSchemaError(
                    older_message(version, can_upgrade=allowed),
                    version=version,
                    can_upgrade=allowed,
                )
            upgrade_server_schema(engine)
        with engine.connect() as connection:
            writable = may_write(connection)
    except BaseException:
        engine.dispose()
        raise
    return Workspace(
        path=None,
        url=shown,
        engine=engine,
        read_only=not writable,
        refusal=None if writable else viewer_refusal(login),
    )


def connect(engine: Engine) -> Connection:
    """A connection from ``engine``, its failure to connect said in the user's terms."""
    try:
        return engine.connect()
    except DBAPIError as error:
        url = engine.url
        where = f"{url.host}:{url.port or DEFAULT_PORT}"
        raise connection_error(error, where, url.username or "", url.database or "") from error


def viewer_refusal(login: str) -> str:
    return (
        f"You ({login}) are a viewer of this shared workspace: you can read it but not change "
        "it, so nothing was changed. Ask your team's administrator to make you a member "
        "(team-add-member --role member) to edit it."
    )
