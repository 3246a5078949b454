"""Creating engines: SQLite workspace files (WAL, full sync, enforced foreign keys) or PostgreSQL.

Nothing outside this package may assume SQLite; the SQLite specifics live here and in
``persistence.workspace``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import QueuePool

from persistence.authorship import record_authors

#: How long a connection waits for another one's write lock before giving up (seconds).
SQLITE_BUSY_TIMEOUT = 10.0
#: The most page cache each SQLite connection keeps, in KiB.
SQLITE_CACHE_KIB = 32 * 1024


def sqlite_url(path: Path) -> URL:
    """The SQLAlchemy URL of a workspace file, built rather than parsed: a file name may hold
    characters (``?``, ``#``, ``%``) that a URL string would misread."""
    return URL.create("sqlite+pysqlite", database=str(path))


def read_only_engine(path: Path) -> Engine:
    """An engine that reads the workspace file at ``path`` and never writes to it or beside it.

    Each connection is opened ``mode=ro``; while no WAL file is beside the workspace (no one has
    it open to write) also ``immutable=1``, so that SQLite creates no -wal or -shm file either:
    such files, made by a reader in a folder it may write to, keep the workspace file's
    permissions, and read-only ones would refuse every edit once the file is made writable.
    Writing through it fails as a read-only workspace does.
    """
    resolved = Path(path).resolve()
    wal = resolved.with_name(resolved.name + "-wal")

    def connect() -> sqlite3.Connection:
        query = "?mode=ro" if wal.exists() else "?mode=ro&immutable=1"
        return sqlite3.connect(
            resolved.as_uri() + query,
            uri=True,
            timeout=SQLITE_BUSY_TIMEOUT,
            check_same_thread=False,
        )

    engine = create_engine(
        "sqlite+pysqlite://", creator=connect, poolclass=QueuePool, pool_size=2, max_overflow=8
    )
    _set_up_sqlite(engine, wal=False, foreign_keys=True)
    return engine


def make_engine(url: str | URL, *, enforce_foreign_keys: bool = True, **options: Any) -> Engine:
    """An engine for ``url``; SQLite connections are set up as a workspace file needs.

    ``enforce_foreign_keys=False`` is for migrations only: SQLite's batch mode rebuilds a table
    by dropping it, which with foreign keys on would cascade deletes into other tables.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # A server drops idle connections now and then: check each before handing it out.
        options.setdefault("pool_pre_ping", True)
        server = create_engine(parsed, **options)
        record_authors(server)
        return server
    if parsed.database and parsed.database != ":memory:":
        # A file workspace keeps a few connections open (QueuePool, SQLAlchemy's default for
        # files, named here so the choice is visible) rather than NullPool's one per unit of work:
        # the UI runs many short units of work, and while a connection stays open SQLite keeps
        # the WAL file and its index instead of checkpointing and deleting them at every close.
        # Each pooled connection serves one thread at a time (check_same_thread is off).
        options.setdefault("poolclass", QueuePool)
        if options["poolclass"] is QueuePool:
            options.setdefault("pool_size", 2)
            options.setdefault("max_overflow", 8)
    connect_args = dict(options.pop("connect_args", {}))
    connect_args.setdefault("timeout", SQLITE_BUSY_TIMEOUT)
    engine = create_engine(parsed, connect_args=connect_args, **options)
    in_memory = not parsed.database or parsed.database == ":memory:"
    _set_up_sqlite(engine, wal=not in_memory, foreign_keys=enforce_foreign_keys)
    record_authors(engine)
    return engine


def _set_up_sqlite(engine: Engine, *, wal: bool, foreign_keys: bool) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN (below) instead of the sqlite3 module, which starts no
        # transaction for SELECT or DDL: reads in a unit of work then see one snapshot, and a
        # migration's DDL commits or rolls back as a whole.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            if wal:
                # WAL: readers never block the writer, and a crash mid-write loses nothing.
                cursor.execute("PRAGMA journal_mode=WAL")
            # FULL: every commit reaches the disk before it returns (WAL alone would allow the
            # last commits to be lost on power failure).
            cursor.execute("PRAGMA synchronous=FULL")
            # On macOS fsync() leaves the data in the drive's own cache, which a power cut
            # loses; F_FULLFSYNC flushes it. For commits and for WAL checkpoints alike. Other
            # systems ignore these settings (their fsync already reaches the medium).
            cursor.execute("PRAGMA fullfsync=ON")
            cursor.execute("PRAGMA checkpoint_fullfsync=ON")
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            # A page cache of up to 32 MiB per connection (SQLite's default is 2 MiB): the views
            # of a big workspace read many index pages in turn (the attention list reads five
            # indexes), and with the small default each read evicts the pages of the one before.
            # It only grows as pages are read. Memory-mapped reads would be faster still, but an
            # I/O error there (a removed USB stick) kills the process instead of raising.
            cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        # Deferred: a unit of work that only reads takes no write lock. SQLite waits up to
        # SQLITE_BUSY_TIMEOUT for another connection's write to finish.
        connection.exec_driver_sql("BEGIN")
