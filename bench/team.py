"""A shared workspace on a localhost PostgreSQL server: publishing, opening, Needs attention.

Workspace: attention.py's big one (10,000 people, 1,000,000 ratings, 20,000 interactions, 10,000
commitments; --quick: 1,000 people and 100,000 ratings), built once as a file and published to a
database on the run's server (bench/_team_server.py) with ``persistence.team.publish``.

    team.publish          publishing the file to the empty database (seconds; one sample per
                          run, repeated as it is: it is measured once)
    team.open             opening the server workspace as the window does first: connect, check
                          the schema, read the register (everyone, with trust, influence and
                          last contact); baseline: the same on the file
    team.attention        the Needs attention list (attention_list through the use case) on the
                          server workspace; baseline: the same use case on the file. Both must
                          list the same people in the same order, or the figure reads unavailable

Targets (issue 13): team.open ≤ 1.5 s, team.attention ≤ 0.5 s. The load figures are in
bench/team_load.py.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from _registry import Context, Measurement, benchmark
from _team_server import new_database


def _file(ctx: Context) -> Path:
    import attention

    if ctx.quick:
        return ctx.once(  # type: ignore[no-any-return]
            "team.quick_file",
            lambda: attention.build_workspace(
                ctx.workdir / "team-quick.rapport", people_count=1_000, ratings=100_000
            ),
        )
    return ctx.once(  # type: ignore[no-any-return]
        "attention.workspace", lambda: attention.build_workspace(ctx.workdir / "big.rapport")
    )


def _published(ctx: Context) -> tuple[str, float]:
    """The server database the file was published to, and how long publishing took (s)."""

    def publish() -> tuple[str, float]:
        from persistence.team.publish import publish_to_url

        path = _file(ctx)
        url = new_database(ctx, "team_big")
        started = time.perf_counter()
        publish_to_url(path, url)
        return url, time.perf_counter() - started

    return ctx.once("team.published", publish)  # type: ignore[no-any-return]


def _open_and_list(opener: Any) -> tuple[float, Any]:
    from domain.usecases.register import register

    started = time.perf_counter()
    workspace = opener()
    rows = register(workspace.uow())
    took = (time.perf_counter() - started) * 1000
    workspace.close()
    return took, len(rows)


@benchmark("team.publish", "team.open", "team.attention")
def big_server_workspace(ctx: Context) -> dict[str, Measurement]:
    sys.path.insert(0, str(ctx.repo_root))
    import attention

    from persistence.workspace import open_database_url, open_workspace
    from ui.gc_tuning import tune_collector

    path = _file(ctx)
    url, publish_s = _published(ctx)
    tune_collector()  # as the app does once a workspace is open (attention.py's _open too)
    open_ms, listed = _open_and_list(lambda: open_database_url(url))
    file_open_ms, file_listed = _open_and_list(lambda: open_workspace(path, lock=False))
    server = ctx.once("team.server_workspace", lambda: open_database_url(url))
    local = ctx.once("team.file_workspace", lambda: open_workspace(path, lock=False))
    started = time.perf_counter()
    ours = attention.run_use_case(server)
    attention_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    theirs = attention.run_use_case(local)
    file_ms = (time.perf_counter() - started) * 1000
    figures = {
        "team.publish": Measurement(publish_s, "s"),
        "team.open": Measurement(open_ms, "ms", file_open_ms),
        "team.attention": Measurement(attention_ms, "ms", file_ms),
    }
    if listed != file_listed:
        figures["team.open"] = Measurement(
            None, "ms", file_open_ms, f"server listed {listed} people, the file {file_listed}"
        )
    if ours != theirs:
        counts = [len(rows) for rows in ours], [len(rows) for rows in theirs]
        figures["team.attention"] = Measurement(
            None, "ms", file_ms, f"server listed {counts[0]}, the file {counts[1]}"
        )
    return figures
