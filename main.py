"""Rapport: start the app, or run a command without a window (``python main.py --help``)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    from ui.cli import workspace_commands

    parser = argparse.ArgumentParser(
        prog="rapport",
        description="Rapport: a relationship planner. Without a command, opens the window.",
    )
    parser.add_argument("--workspace", type=Path, help="open this workspace file")
    parser.add_argument("--demo", action="store_true", help="open the demo workspace")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start offscreen on a temporary demo workspace, check, and exit",
    )
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-probe", action="store_true", help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    workspace_commands.register(subparsers)
    for extra in _command_modules():
        extra.register(subparsers)
    return parser


def _command_modules() -> list:  # type: ignore[type-arg]
    """Command modules of features beyond the workspace (added as features land)."""
    from ui.cli import (
        backup_commands,
        contacts_command,
        health_report_command,
        invite_command,
        prep_sheet_command,
    )

    return [
        prep_sheet_command,
        contacts_command,
        invite_command,
        backup_commands,
        health_report_command,
    ]


def main(argv: list[str] | None = None) -> int:
    if sys.version_info < (3, 12):  # noqa: UP036 - run by hand with an old python
        # PySide6 6.12 on Python 3.11 leaks references to None and aborts after a while.
        print(
            "rapport: Rapport needs Python 3.12 or 3.13; use ./scripts/run, which finds one.",
            file=sys.stderr,
        )
        return 2
    if getattr(sys, "frozen", False):  # the packaged app only (build.spec)
        from ui.frozen import prepare_process

        prepare_process()
    args = build_parser().parse_args(argv)
    if args.command:
        return int(args.run(args))
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from ui.self_test import run_self_test

        return run_self_test()
    from ui.app import StartOptions, exit_at_once, run_gui

    code = run_gui(StartOptions(args.workspace, args.demo, args.startup_probe, args.quit_probe))
    exit_at_once(code)  # no slow interpreter teardown once the window has closed
    return code


if __name__ == "__main__":
    sys.exit(main())
