"""How soon one client hears another's change on a server workspace (issue 13, live updates).

A throw-away PostgreSQL server (tests/persistence/postgres_server.py; unavailable without one),
two clients on one database. The writer renames a person 100 times (30 when polling), each in
its own transaction, at random moments (within 0.1 s, or within the 1 s poll interval); the
reader's ChangeFeed reports each change. The figures: the time from the writer's commit starting
to the reader's callback on the feed's thread (the window then waits
ui/workspace/live_updates.SETTLE_MS, 150 ms, to gather a burst, and reloads the views):

    live.listen_p50 / live.listen_p95   LISTEN/NOTIFY, the normal way
    live.poll_p50 / live.poll_p95       polling every second (the fallback when notifications
                                        do not arrive, e.g. through pgbouncer in transaction mode)

Target: p95 + 150 ms + the views' reload ≤ 2 s.
"""

from __future__ import annotations

import queue
import random
import statistics
import time
from typing import Any

from _registry import Context, Measurement, benchmark

CHANGES = 100
PER_SECOND = 10


def _server(ctx: Context) -> Any:
    """The server's URL (a string with password), or the reason there is none."""
    import atexit
    import contextlib

    def start() -> Any:
        from tests.persistence.postgres_server import NoServer, private_postgres_server

        stack = contextlib.ExitStack()
        try:
            server = stack.enter_context(private_postgres_server())
        except NoServer as reason:
            return str(reason)
        atexit.register(stack.close)  # the server runs for the whole run, then goes
        return server.url.render_as_string(hide_password=False)

    return ctx.once("live.server", start)


def _latencies(url: str, mode: str) -> list[float]:
    from domain.model import Stakeholder
    from persistence.team.change_feed import ChangeFeed, FeedState
    from persistence.workspace import open_database_url

    heard: queue.Queue[float] = queue.Queue()
    states: queue.Queue[Any] = queue.Queue()
    with open_database_url(url) as reader, open_database_url(url) as writer:
        with writer.uow() as uow:
            person = uow.stakeholders.add(Stakeholder("Ada"))
            uow.commit()
        feed = ChangeFeed(
            reader.engine,
            lambda _tables: heard.put(time.perf_counter()),
            states.put,
            mode=mode,
        )
        feed.start()
        try:
            while states.get(timeout=30).state not in (FeedState.LISTENING, FeedState.POLLING):
                pass
            samples = []
            # At random moments (within the poll interval when polling): a change made just
            # after a poll waits longest, one made just before it least.
            pause = 1.0 if mode == "poll" else 1 / PER_SECOND
            for n in range(CHANGES if mode == "listen" else CHANGES // 3):
                time.sleep(random.uniform(0, pause))
                with writer.uow() as uow:
                    stored = uow.stakeholders.get(person.id)  # type: ignore[arg-type]
                    assert stored is not None
                    stored.name = f"Ada {n}"
                    uow.stakeholders.update(stored)
                    committed = time.perf_counter()
                    uow.commit()
                samples.append((heard.get(timeout=10) - committed) * 1000)
                while not heard.empty():
                    heard.get()
            return samples
        finally:
            feed.stop()


def _figures(ctx: Context, mode: str, name: str) -> dict[str, Measurement]:
    url = _server(ctx)
    if not url.startswith("postgresql"):
        reason = f"no PostgreSQL server: {url}"
        return {
            f"{name}_p50": Measurement.missing("ms", reason),
            f"{name}_p95": Measurement.missing("ms", reason),
        }
    samples = _latencies(url, mode)
    p95 = statistics.quantiles(samples, n=20)[-1]
    return {
        f"{name}_p50": Measurement(statistics.median(samples), "ms"),
        f"{name}_p95": Measurement(p95, "ms"),
    }


@benchmark("live.listen_p50", "live.listen_p95")
def listen(ctx: Context) -> dict[str, Measurement]:
    return _figures(ctx, "listen", "live.listen")


@benchmark("live.poll_p50", "live.poll_p95")
def poll(ctx: Context) -> dict[str, Measurement]:
    return _figures(ctx, "poll", "live.poll")
