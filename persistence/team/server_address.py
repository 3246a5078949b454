"""The address of a shared workspace as a member sees and types it:
``postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE`` (no password, no driver name).

It turns into the SQLAlchemy URL (``postgresql+psycopg://``) only when connecting, with the
password from the keyring (see ``persistence.team.passwords``) or none, in which case libpq
reads ``PGPASSWORD`` or ``~/.pgpass`` itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, quote, unquote, urlsplit

if TYPE_CHECKING:  # SQLAlchemy is loaded only to connect: the command line parses addresses
    from sqlalchemy.engine import URL

DEFAULT_PORT = 5432
#: libpq's TLS modes, weakest first; ``prefer`` is libpq's own default.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_SSL_MODE = "prefer"
_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


class ServerAddressError(ValueError):
    """Text that is not a server address; the message says what is wrong with it."""


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """A database on a PostgreSQL server, and who logs in to it."""

    user: str
    host: str
    database: str
    port: int = DEFAULT_PORT
    sslmode: str = DEFAULT_SSL_MODE

    def __post_init__(self) -> None:
        for name, value in (("user", self.user), ("host", self.host), ("database", self.database)):
            if not value.strip():
                raise ServerAddressError(f"A server address needs a {name}.")
        if not 0 < self.port < 65536:
            raise ServerAddressError(f"{self.port} is not a port (1 to 65535).")
        if self.sslmode not in SSL_MODES:
            raise ServerAddressError(
                f"“{self.sslmode}” is not a TLS mode; use one of {', '.join(SSL_MODES)}."
            )

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        text = (
            f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/"
            f"{quote(self.database, safe='')}"
        )
        return text if self.sslmode == DEFAULT_SSL_MODE else f"{text}?sslmode={self.sslmode}"

    @property
    def title(self) -> str:
        """Short, for a window title: ``team@db.example.com`` (the port only if not 5432)."""
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        return f"{self.database}@{self.host}{port}"

    @property
    def keyring_user(self) -> str:
        """The keyring's user name for this login: ``USER@HOST:PORT/DATABASE``."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def sqlalchemy_url(self, password: str | None = None) -> URL:
        """The URL SQLAlchemy connects with (psycopg); without a password libpq looks for one."""
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": self.sslmode},
        )

    def with_database(self, database: str) -> ServerAddress:
        return ServerAddress(self.user, self.host, database, self.port, self.sslmode)

    def with_user(self, user: str) -> ServerAddress:
        return ServerAddress(user, self.host, self.database, self.port, self.sslmode)


def looks_like_server_address(text: str) -> bool:
    """Whether ``text`` is meant as a server address rather than a file name."""
    return text.strip().lower().startswith(tuple(f"{scheme}://" for scheme in _SCHEMES))


def parse_server_address(
    text: str, *, allow_password: bool = False, default_database: str | None = None
) -> tuple[ServerAddress, str]:
    """The address in ``text`` and the password it holds (``""``: none).

    ``default_database``: the database when the address names none. A password in the address
    is refused unless ``allow_password`` (an administrator's own ``--admin-url``): members'
    passwords belong in the keyring, ``PGPASSWORD`` or ``~/.pgpass``, never in settings,
    recent lists or command lines that others can read.
    """
    stripped = text.strip()
    if not looks_like_server_address(stripped):
        raise ServerAddressError(
            f"“{text}” is not a server address; write it as "
            "postgresql://USER@HOST:PORT/DATABASE (the port and ?sslmode=… may be left out)."
        )
    try:
        parts = urlsplit(stripped)
        port = parts.port
    except ValueError as error:
        raise ServerAddressError(f"“{text}” is not a server address: {error}.") from None
    if parts.password is not None and not allow_password:
        raise ServerAddressError(
            "Leave the password out of the server address: Rapport takes it from the keyring, "
            "PGPASSWORD or ~/.pgpass, or asks for it."
        )
    database = unquote(parts.path.lstrip("/")) or (default_database or "")
    if not parts.username:
        raise ServerAddressError(
            f"“{text}” names no user: write it as postgresql://USER@HOST:PORT/DATABASE."
        )
    if not parts.hostname:
        raise ServerAddressError(f"“{text}” names no server: write the host after the @.")
    if not database or "/" in database:
        raise ServerAddressError(f"“{text}” names no database: write it after the port, /DATABASE.")
    options = dict(parse_qsl(parts.query))
    unknown = sorted(set(options) - {"sslmode"})
    if unknown:
        raise ServerAddressError(
            f"“{text}”: Rapport knows only the sslmode option, not {', '.join(unknown)}."
        )
    address = ServerAddress(
        user=unquote(parts.username),
        host=parts.hostname,
        database=database,
        port=port or DEFAULT_PORT,
        sslmode=options.get("sslmode", DEFAULT_SSL_MODE),
    )
    return address, unquote(parts.password or "")
