"""Twenty team members editing one server workspace at once (issue 13's load figures).

Each simulated client is a thread with its own login and its own engine (bench/_team_server.py
makes the logins), editing the published demo workspace through the domain use cases five
times a second for 60 seconds (--quick: 10 seconds): moving a person on the map with the most
people (``move_on_map``) and rating a person's trust (``rate``), alternately, people picked at
random from that map, so clients often edit the same people. Beside its edits each client
watches for the others': it reads the map's places and everyone's trust as a window showing
them would, whenever it hears of a change through Rapport's change feed
(persistence.team.change_feed: LISTEN/NOTIFY, or polling where notifications do not arrive; the
run says on stderr which its clients used).

    team.load.edits             edits acknowledged (committed and returned to their client)
    team.load.edit_rate         acknowledged edits per second, all clients together (asked: 100)
    team.load.lost_updates      acknowledged edits not in the history when it is read again at
                                the end, or stored with another value (must be 0)
    team.load.conflicts         edits refused as a conflict (the client was told who and when)
    team.load.other_refusals    edits refused for any other reason (must be 0: each refusal is
                                to be a conflict)
    team.load.current_mismatches  (person, dimension) whose kept-at-hand current value is not
                                the latest in its history at the end (must be 0)
    team.load.propagation_p50   from an edit's acknowledgement to the end of the first read of
    team.load.propagation_p95   each other client that includes it (ms; p95 target ≤ 2000)

The whole run is one experiment: it runs once per bench run, and --repeat reports its figures
again rather than running it again.
"""

from __future__ import annotations

import random
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from _registry import Context, Measurement, benchmark
from _team_server import member_logins, new_database

CLIENTS = 20
EDITS_PER_SECOND = 5.0
SECONDS = 60.0
QUICK_SECONDS = 10.0
#: The window reloads this long after the first change of a burst it hears of (the live
#: updates' SETTLE_MS), so that a burst costs one reload.
SETTLE_SECONDS = 0.150

FIGURES = (
    "team.load.edits",
    "team.load.edit_rate",
    "team.load.lost_updates",
    "team.load.conflicts",
    "team.load.other_refusals",
    "team.load.current_mismatches",
    "team.load.propagation_p50",
    "team.load.propagation_p95",
)


@dataclass
class Journal:
    """What the clients did, shared between their threads."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    #: (acknowledged at, client) of every acknowledged edit, in the order acknowledged.
    acknowledged: list[tuple[float, int]] = field(default_factory=list)
    #: Every rating an acknowledged edit added: id -> (person, dimension, map id, value).
    ratings: dict[int, tuple[int, str, int | None, float]] = field(default_factory=dict)
    conflicts: int = 0
    refusals: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    writers_done: threading.Event = field(default_factory=threading.Event)

    def record(self, client: int, added: list[Any]) -> None:
        now = time.monotonic()
        with self.lock:
            self.acknowledged.append((now, client))
            for rating in added:
                self.ratings[rating.id] = (
                    rating.stakeholder_id,
                    rating.dimension.value,
                    rating.map_id,
                    rating.value,
                )


def _writer(
    client: int, workspace: Any, map_id: int, people: list[int], seconds: float, j: Journal
) -> None:
    from domain.model import Dimension
    from domain.usecases.ratings import GridMove, move_on_map, rate

    rng = random.Random(client)
    interval = 1.0 / EDITS_PER_SECOND
    begun = time.monotonic() + client * interval / CLIENTS  # spread the clients' beats
    for number in range(int(seconds * EDITS_PER_SECOND)):
        pause = begun + number * interval - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        person = rng.choice(people)
        try:
            if number % 2 == 0:
                move = GridMove(person, rng.randint(0, 100) / 10, rng.randint(0, 100) / 10)
                added = move_on_map(workspace.uow(), map_id, [move])
            else:
                added = [rate(workspace.uow(), person, Dimension.TRUST, rng.randint(0, 10))]
        except Exception as error:  # every refusal is counted, by kind
            with j.lock:
                if "conflict" in type(error).__name__.lower():
                    j.conflicts += 1
                else:
                    j.refusals.append(f"{type(error).__name__}: {error}")
            continue
        j.record(client, added)


def _watcher(
    client: int,
    workspace: Any,
    map_id: int,
    people: list[int],
    j: Journal,
    states: dict[int, str],
) -> None:
    """Reads what a window would show whenever the client hears of another's change (Rapport's
    change feed: LISTEN/NOTIFY, or polling where notifications do not arrive). An edit
    acknowledged before a read began is in what that read returns (its snapshot is taken
    after it began)."""
    from domain.model import Dimension
    from persistence.team.change_feed import ChangeFeed

    heard = threading.Event()
    feed = ChangeFeed(
        workspace.engine,
        on_changes=lambda _tables: heard.set(),
        on_status=lambda status: states.__setitem__(client, status.state.value),
    )
    feed.start()
    seen = 0
    try:
        while True:
            last_round = j.writers_done.is_set()
            if heard.wait(timeout=1.0):
                time.sleep(SETTLE_SECONDS)  # as the window: a burst of changes settles first
            heard.clear()
            began = time.monotonic()
            with workspace.uow() as uow:
                uow.ratings.current([Dimension.POWER, Dimension.INTEREST], people, map_id)
                uow.ratings.current([Dimension.TRUST], people)
            returned = time.monotonic()
            with j.lock:
                upto = len(j.acknowledged)
                while seen < upto and j.acknowledged[seen][0] <= began:
                    acked_at, writer = j.acknowledged[seen]
                    if writer != client:
                        j.latencies.append(returned - acked_at)
                    seen += 1
            if last_round and seen == upto:
                return
    finally:
        feed.stop()


def _check_at_the_end(url: str, map_id: int, people: list[int], j: Journal) -> tuple[int, int]:
    """(lost updates, current values that are not the latest in history), read afresh."""
    from domain.model import Dimension
    from persistence.workspace import open_database_url

    with open_database_url(url) as workspace, workspace.uow() as uow:
        stored = {
            rating.id: (rating.stakeholder_id, rating.dimension.value, rating.map_id, rating.value)
            for dims, on_map in (
                ([Dimension.POWER, Dimension.INTEREST], map_id),
                ([Dimension.TRUST], None),
            )
            for person in people
            for rating in uow.ratings.history(person, dims, on_map)
        }
        lost = sum(1 for rid, what in j.ratings.items() if stored.get(rid) != what)
        latest: dict[tuple[int, str, int | None], tuple[Any, int]] = {}
        for person in people:
            for dims, on_map in (
                ([Dimension.POWER, Dimension.INTEREST], map_id),
                ([Dimension.TRUST], None),
            ):
                for rating in uow.ratings.history(person, dims, on_map):
                    key = (person, rating.dimension.value, on_map)
                    mark = (rating.at, rating.id or 0)
                    latest[key] = max(latest.get(key, mark), mark)
        current = [
            *uow.ratings.current([Dimension.POWER, Dimension.INTEREST], people, map_id),
            *uow.ratings.current([Dimension.TRUST], people),
        ]
        mismatches = sum(
            1
            for value in current
            if latest.get((value.stakeholder_id, value.dimension.value, value.map_id), (0, 0))[1]
            != value.rating_id
        )
    return lost, mismatches


def _run(ctx: Context) -> dict[str, Measurement]:
    from persistence.demo import build_demo_workspace
    from persistence.team.publish import publish_to_url
    from persistence.workspace import open_database_url

    seconds = QUICK_SECONDS if ctx.quick else SECONDS
    demo = ctx.workdir / "team-load-demo.rapport"
    if not demo.exists():
        build_demo_workspace(demo)
    url = new_database(ctx, "team_load")
    publish_to_url(demo, url)
    with open_database_url(url) as workspace, workspace.uow() as uow:
        biggest = max(uow.maps.list(), key=lambda m: len(uow.maps.members(m.id)))  # type: ignore[arg-type]
        map_id = int(biggest.id)  # type: ignore[arg-type]
        people = [m.stakeholder_id for m in uow.maps.members(map_id)]
    logins = member_logins(url, CLIENTS)
    clients = [open_database_url(login) for login in logins]
    journal = Journal()
    writers = [
        threading.Thread(target=_writer, args=(n, ws, map_id, people, seconds, journal))
        for n, ws in enumerate(clients)
    ]
    states: dict[int, str] = {}
    watchers = [
        threading.Thread(target=_watcher, args=(n, ws, map_id, people, journal, states))
        for n, ws in enumerate(clients)
    ]
    started = time.monotonic()
    for thread in (*writers, *watchers):
        thread.start()
    for thread in writers:
        thread.join()
    took = time.monotonic() - started
    journal.writers_done.set()
    for thread in watchers:
        thread.join()
    for workspace in clients:
        workspace.close()
    lost, mismatches = _check_at_the_end(url, map_id, people, journal)
    latencies = sorted(journal.latencies)
    print(
        "# team.load: the clients heard of changes by "
        + ", ".join(
            f"{state} ({list(states.values()).count(state)})" for state in set(states.values())
        ),
        file=sys.stderr,
    )
    if journal.refusals:
        print(f"# team.load: first refusal: {journal.refusals[0]}", file=sys.stderr)
    figures = {
        "team.load.edits": Measurement(len(journal.acknowledged), "edits"),
        "team.load.edit_rate": Measurement(len(journal.acknowledged) / took, "edits/s"),
        "team.load.lost_updates": Measurement(lost, "edits"),
        "team.load.conflicts": Measurement(journal.conflicts, "edits"),
        "team.load.other_refusals": Measurement(len(journal.refusals), "edits"),
        "team.load.current_mismatches": Measurement(mismatches, "values"),
    }
    if latencies:
        figures["team.load.propagation_p50"] = Measurement(
            statistics.median(latencies) * 1000, "ms"
        )
        figures["team.load.propagation_p95"] = Measurement(
            latencies[int(0.95 * (len(latencies) - 1))] * 1000, "ms"
        )
    return figures


@benchmark(*FIGURES)
def twenty_clients(ctx: Context) -> dict[str, Measurement]:
    sys.path.insert(0, str(ctx.repo_root))
    return ctx.once("team.load", lambda: _run(ctx))  # type: ignore[no-any-return]
