"""publish: copy a workspace file into an empty database on a team server (no window).

``rapport publish --workspace LOCAL.rapport --to postgresql://USER@HOST:PORT/DATABASE``, a team
database set up by team-setup. The password comes from the keyring, PGPASSWORD or ~/.pgpass, else
is asked for on a terminal (never on the command line, where others can see it).
Progress goes to stderr; on failure one line and exit 2, and the server database stays empty.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ui.cli.arguments import fail


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = subparsers.add_parser(
        "publish",
        help="copy a workspace file into an empty database on a team server",
        description=(
            "Copy everything in a workspace file (ids and history intact) into an empty "
            "team database (set up by team-setup) on a PostgreSQL server, in one transaction: "
            "all of it or nothing. The password comes from the keyring, PGPASSWORD or "
            "~/.pgpass, else is asked for on a terminal."
        ),
    )
    command.add_argument("--workspace", type=Path, required=True, help="the file to publish")
    command.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="the empty team database: postgresql://USER@HOST:PORT/DATABASE",
    )
    command.set_defaults(run=publish)


class _StderrProgress:
    """Progress as lines on stderr: at each new step, and at most twice a second between."""

    def __init__(self) -> None:
        self._last_text = ""
        self._last_time = 0.0

    def report(self, done: int, total: int | None = None, text: str = "") -> None:
        now = time.monotonic()
        if text == self._last_text and now - self._last_time < 0.5 and done != total:
            return
        self._last_text, self._last_time = text, now
        share = f" {100 * done // total} %" if total else ""
        print(f"{text}{share} ({done:,} of {total or 0:,} rows)", file=sys.stderr, flush=True)


def publish(args: argparse.Namespace) -> int:
    from persistence.team.publish import publish_workspace
    from persistence.team.server_address import ServerAddressError, parse_server_address
    from persistence.workspace import WorkspaceError
    from ui.cli.workspace_location import open_shared

    source: Path = args.workspace
    if not source.exists():  # before the server is touched at all
        return fail(f"There is no workspace at {source}.")
    try:
        address = parse_server_address(args.to)[0]
    except ServerAddressError as exc:
        return fail(f"--to: {exc}")
    try:
        with open_shared(address) as target:
            copied = publish_workspace(source, target, _StderrProgress())
    except WorkspaceError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail("stopped; nothing was published (the server database is as it was).", 130)
    print(
        f"Published {source} to {address}: "
        + ", ".join(f"{name.replace('_', ' ')} {count}" for name, count in copied.items())
    )
    return 0
