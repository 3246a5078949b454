"""Hearing about other clients' changes to a server workspace, off the caller's thread.

A :class:`ChangeFeed` keeps one connection of its own to the server, on a thread of its own, and
calls ``on_changes`` with the names of the tables another client changed (``None``: anything may
have changed) and ``on_status`` whenever the connection's state changes. Both callbacks run on
the feed's thread; the UI hands them over to its own (ui/workspace/live_updates.py).

How it hears:

* **LISTEN** on :data:`~persistence.team.change_triggers.CHANNEL` (the triggers send the table's
  name when a transaction commits). Changes made through this workspace's own engine are
  dropped: a notification names the server process that sent it, and the feed knows the
  processes behind the engine's pooled connections (recorded as each is checked out). The
  window announced its own changes already; hearing them again would reload twice.
* **Polling**, when notifications do not arrive: when a table lacks its trigger (a database set
  up before this version and not upgraded since by its owner), or when the probe the feed
  sends itself through the engine after LISTEN does not come back within
  :attr:`ChangeFeed.probe_timeout`. A pooler in transaction
  mode (pgbouncer) hands the listening session's server connection to others between
  transactions and drops notifications, so the probe never comes back. The feed then reads
  ``pg_current_snapshot()`` every :attr:`ChangeFeed.poll_interval` seconds: any transaction
  that finished since the last read (one no longer in progress, or new and already done) is a
  change, unless it was this workspace's own (the engine records its transaction ids as it
  commits). It cannot tell which table, so it says "anything"; and transactions in other
  databases on the same server count too (an unneeded, harmless refresh).

A lost connection (a restarted server, a network cut) is noticed when a read fails, by a check
every :attr:`ChangeFeed.check_interval` seconds, or at once after :meth:`ChangeFeed.check_now`
(a failed edit). The feed reports ``DOWN`` with the reason and when it retries, retries with
growing pauses (:data:`BACKOFF`), and once back, LISTENs again and reports ``anything`` changed:
what happened meanwhile was not heard.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine, event, text

from persistence.team.change_triggers import CHANNEL, tables_without_notifications

log = logging.getLogger(__name__)

#: Pauses (seconds) between attempts to reconnect; the last repeats.
BACKOFF = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0)
#: Payloads starting so are the feed's own probes, never a table.
PROBE_PREFIX = "rapport:probe:"
#: How the feed's own connection notices a silent network cut (seconds): keepalive probes after
#: this much quiet, and unacknowledged data fails the connection after TCP_USER_TIMEOUT.
KEEPALIVE_IDLE, KEEPALIVE_INTERVAL, KEEPALIVE_COUNT, TCP_USER_TIMEOUT = 5, 2, 2, 9


class FeedState(StrEnum):
    CONNECTING = "connecting"
    #: Notifications arrive as others commit.
    LISTENING = "listening"
    #: Notifications do not arrive here: the server is asked every poll interval.
    POLLING = "polling"
    #: The connection is lost; the feed retries by itself.
    DOWN = "down"


@dataclass(frozen=True, slots=True)
class FeedStatus:
    state: FeedState
    #: Why the connection is down, in the user's words ("" otherwise).
    reason: str = ""
    #: Seconds until the next attempt to reconnect (DOWN only).
    retry_in: float | None = None


#: ``on_changes``' argument: the tables changed, or None for "anything may have changed".
Changes = frozenset[str] | None


class ChangeFeed:
    """Hears other clients' changes to the database behind ``engine`` (see the module)."""

    def __init__(
        self,
        engine: Engine,
        on_changes: Callable[[Changes], None],
        on_status: Callable[[FeedStatus], None],
        *,
        mode: str = "auto",
        poll_interval: float = 1.0,
        probe_timeout: float = 2.0,
        check_interval: float = 5.0,
        backoff: Iterable[float] = BACKOFF,
    ) -> None:
        if mode not in ("auto", "listen", "poll"):
            raise ValueError(f"mode must be auto, listen or poll, not {mode!r}")
        self.engine = engine
        self.mode = mode
        self.poll_interval = poll_interval
        self.probe_timeout = probe_timeout
        self.check_interval = check_interval
        self.backoff = tuple(backoff)
        self._on_changes = on_changes
        self._on_status = on_status
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._status = FeedStatus(FeedState.CONNECTING)
        self._own = _OwnConnections(engine)
        self._raw: Any = None

    @property
    def status(self) -> FeedStatus:
        return self._status

    def start(self) -> None:
        if self._thread is not None:
            return
        self._own.attach()
        self._thread = threading.Thread(target=self._run, name="rapport-change-feed", daemon=True)
        self._thread.start()

    def stop(self, wait: float = 1.0) -> None:
        """Stop listening and close the feed's connection (waits up to ``wait`` seconds)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(wait)
        self._own.detach()

    def check_now(self) -> None:
        """Check the connection at once (an edit just failed: is the server gone?)."""
        self._wake.set()

    # -- the feed's thread ----------------------------------------------------------------------
    def _run(self) -> None:
        failures = 0
        was_down = False
        while not self._stop.is_set():
            connection = None
            try:
                connection = self._connect()
                listening = self.mode != "poll" and self._listen(connection)
                failures = 0
                self._report(FeedStatus(FeedState.LISTENING if listening else FeedState.POLLING))
                if was_down:
                    self._on_changes(None)  # nothing was heard while down
                was_down = False
                if listening:
                    self._hear(connection)
                else:
                    self._poll(connection)
            except Exception as error:
                if self._stop.is_set():
                    break
                delay = self.backoff[min(failures, len(self.backoff) - 1)]
                failures += 1
                was_down = True
                log.info("change feed: connection lost (%s); retrying in %s s", error, delay)
                self._report(FeedStatus(FeedState.DOWN, connection_problem(error), delay))
                self._wake.clear()
                self._stop.wait(delay)
            finally:
                if connection is not None:
                    with contextlib.suppress(Exception):
                        self._raw.close()

    def _report(self, status: FeedStatus) -> None:
        if status != self._status:
            self._status = status
            self._on_status(status)

    def _connect(self) -> Any:
        """A connection of the feed's own, made as the engine makes its connections (so with
        whatever login the workspace was opened with), taken out of its pool."""
        self._own.reset_transactions()
        raw = self.engine.raw_connection()
        connection = raw.driver_connection
        assert connection is not None
        raw.detach()
        self._raw = raw  # closes the connection when closed (or collected)
        connection.rollback()  # the pool's check left a transaction open
        connection.autocommit = True
        _notice_silent_cuts(connection.fileno())
        return connection

    def _listen(self, connection: Any) -> bool:
        """LISTEN, then check that notifications really arrive (see the module)."""
        if self.mode == "auto":
            with self.engine.connect() as reader:
                missing = tables_without_notifications(reader)
            if missing:  # set up before this version and not upgraded since (by its owner)
                log.info("change feed: %d tables send no notifications; polling", len(missing))
                return False
        connection.execute(f"LISTEN {CHANNEL}")
        if self.mode == "listen":
            return True
        token = PROBE_PREFIX + uuid.uuid4().hex
        with self.engine.begin() as sender:
            sender.execute(
                text("SELECT pg_notify(:channel, :token)"), {"channel": CHANNEL, "token": token}
            )
        deadline = time.monotonic() + self.probe_timeout
        while (left := deadline - time.monotonic()) > 0:
            for notify in connection.notifies(timeout=left):
                if notify.payload == token:
                    return True
                self._heard([notify])
        connection.execute(f"UNLISTEN {CHANNEL}")
        log.info("change feed: notifications do not arrive; polling instead")
        return False

    def _hear(self, connection: Any) -> None:
        last_check = time.monotonic()
        while not self._stop.is_set():
            for notify in connection.notifies(timeout=0.25):
                self._heard([notify])  # at once: the window gathers a burst itself
            if self._wake.is_set() or time.monotonic() - last_check >= self.check_interval:
                self._wake.clear()
                connection.execute("SELECT 1")
                last_check = time.monotonic()

    def _heard(self, notifies: Iterable[Any]) -> None:
        tables = set()
        for notify in notifies:
            if notify.payload.startswith(PROBE_PREFIX) or self._own.is_own_process(notify.pid):
                continue
            tables.add(notify.payload)
            if self._stop.is_set():
                break
        if tables and not self._stop.is_set():
            self._on_changes(frozenset(tables))

    def _poll(self, connection: Any) -> None:
        self._own.record_transactions(True)
        try:
            seen = _Snapshot.read(connection)
            while not self._stop.is_set():
                self._wake.wait(self.poll_interval)
                self._wake.clear()
                if self._stop.is_set():
                    break
                now = _Snapshot.read(connection)
                finished = now.finished_since(seen) - self._own.take_transactions()
                seen = now
                if finished:
                    self._on_changes(None)
        finally:
            self._own.record_transactions(False)


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """``pg_current_snapshot()``: transactions below ``xmax`` are finished, except those in
    progress (``running``)."""

    xmin: int
    xmax: int
    running: frozenset[int]

    @classmethod
    def read(cls, connection: Any) -> _Snapshot:
        row = connection.execute("SELECT pg_current_snapshot()::text").fetchone()
        xmin, xmax, running = str(row[0]).split(":")
        return cls(int(xmin), int(xmax), frozenset(int(x) for x in running.split(",") if x))

    def finished_since(self, before: _Snapshot) -> set[int]:
        """Transactions finished now that were not before (committed or rolled back)."""
        finished = {x for x in before.running if x not in self.running}
        finished.update(x for x in range(before.xmax, self.xmax) if x not in self.running)
        return finished


class _OwnConnections:
    """The server processes behind ``engine``'s connections, and (while polling) the
    transactions it committed: changes this client made itself."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        self._pids: set[int] = set()
        self._recording = False
        self._transactions: set[int] = set()
        self._attached = False

    def attach(self) -> None:
        if not self._attached:
            event.listen(self.engine, "checkout", self._checked_out)
            event.listen(self.engine, "close", self._closed)
            event.listen(self.engine, "close_detached", self._closed_detached)
            event.listen(self.engine, "commit", self._committing)
            self._attached = True

    def detach(self) -> None:
        if self._attached:
            event.remove(self.engine, "checkout", self._checked_out)
            event.remove(self.engine, "close", self._closed)
            event.remove(self.engine, "close_detached", self._closed_detached)
            event.remove(self.engine, "commit", self._committing)
            self._attached = False

    def is_own_process(self, pid: int) -> bool:
        with self._lock:
            return pid in self._pids

    def record_transactions(self, on: bool) -> None:
        with self._lock:
            self._recording = on
            self._transactions.clear()

    def reset_transactions(self) -> None:
        with self._lock:
            self._transactions.clear()

    def take_transactions(self) -> set[int]:
        with self._lock:
            taken, self._transactions = self._transactions, set()
            return taken

    def _checked_out(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        pid = _backend_pid(dbapi_connection)
        if pid is not None:
            with self._lock:
                self._pids.add(pid)

    def _closed(self, dbapi_connection: Any, _record: Any) -> None:
        pid = _backend_pid(dbapi_connection)
        if pid is not None:
            with self._lock:
                self._pids.discard(pid)

    def _closed_detached(self, dbapi_connection: Any) -> None:
        self._closed(dbapi_connection, None)

    def _committing(self, connection: Any) -> None:
        # Before the commit, while polling only: the id of the transaction that is about to
        # finish is this client's own (one more round trip per commit, so not while listening).
        if not self._recording:
            return
        try:
            row = connection.connection.dbapi_connection.execute(
                "SELECT pg_current_xact_id_if_assigned()::text"
            ).fetchone()
        except Exception:  # a failing transaction: its commit fails too, nothing to record
            return
        if row is not None and row[0] is not None:
            with self._lock:
                self._transactions.add(int(row[0]))


def _notice_silent_cuts(fileno: int) -> None:
    """Keepalive probes and a send timeout on the connection's socket, where the system has
    them: without, a network cut with no reset leaves the feed waiting for many minutes."""
    import socket

    try:
        sock = socket.socket(fileno=os.dup(fileno))
    except OSError:
        return  # not a socket we can tune (a Unix socket's options differ): leave it
    with sock:
        options = [
            (socket.SOL_SOCKET, getattr(socket, "SO_KEEPALIVE", None), 1),
            (socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPIDLE", None), KEEPALIVE_IDLE),
            (socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPINTVL", None), KEEPALIVE_INTERVAL),
            (socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPCNT", None), KEEPALIVE_COUNT),
            (
                socket.IPPROTO_TCP,
                getattr(socket, "TCP_USER_TIMEOUT", None),
                TCP_USER_TIMEOUT * 1000,
            ),
        ]
        for level, option, value in options:
            if option is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
                with contextlib.suppress(OSError):
                    sock.setsockopt(level, option, value)


def _backend_pid(dbapi_connection: Any) -> int | None:
    info = getattr(dbapi_connection, "info", None)
    pid = getattr(info, "backend_pid", None)
    return pid if isinstance(pid, int) and pid else None


def connection_problem(error: BaseException) -> str:
    """Why the server cannot be reached, in a line fit for the status bar."""
    message = str(getattr(error, "orig", None) or error).strip().splitlines()
    first = message[0] if message else type(error).__name__
    if "refused" in first or "No such file" in first:
        return "the server does not answer"
    if "terminat" in first or "closed" in first or "lost" in first:
        return "the server closed the connection"
    if "timeout" in first.lower() or "timed out" in first:
        return "the server did not answer in time"
    if "password" in first or "authentication" in first:
        return "the server refused the login"
    return first[:160]


def is_connection_lost(error: BaseException) -> bool:
    """True when ``error`` (from a unit of work) means the server could not be reached, rather
    than that the change itself was refused."""
    from sqlalchemy.exc import DBAPIError

    if isinstance(error, DBAPIError):
        if error.connection_invalidated:
            return True
        error = error.orig or error
    try:
        import psycopg
    except ImportError:
        return False
    if isinstance(error, psycopg.OperationalError):
        sqlstate = getattr(error, "sqlstate", None)
        return sqlstate is None or str(sqlstate).startswith(("08", "57P"))
    return False
