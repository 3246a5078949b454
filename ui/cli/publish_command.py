"""publish: copy a workspace file into an empty database on a team server (no window).

``rapport publish --workspace LOCAL.rapport --to postgresql://USER@HOST:PORT/DATABASE``. The
password comes from PGPASSWORD or ~/.pgpass (never the command line, where others can see it).
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
            "database on a PostgreSQL team server, in one transaction: all of it or nothing. "
            "The password is read from PGPASSWORD or ~/.pgpass."
        ),
    )
    command.add_argument("--workspace", type=Path, required=True, help="the file to publish")
    command.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="the empty server database: postgresql://USER@HOST:PORT/DATABASE",
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
    from persistence.team.publish import publish_to_url, shown_address
    from persistence.workspace import WorkspaceError

    try:
        copied = publish_to_url(args.workspace, args.to, _StderrProgress())
    except WorkspaceError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail("stopped; nothing was published (the server database is as it was).", 130)
    print(
        f"Published {args.workspace} to {shown_address(args.to)}: "
        + ", ".join(f"{name.replace('_', ' ')} {count}" for name, count in copied.items())
    )
    return 0
