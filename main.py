"""Rapport: start the app, or run a command without a window (``python main.py --help``)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def build_parser() -> tuple[argparse.ArgumentParser, set[str]]:
    """The parser, and the names of its commands."""
    from ui.cli import workspace_commands
    from ui.cli.workspace_location import workspace_location

    parser = argparse.ArgumentParser(
        prog="rapport",
        description="Rapport: a relationship planner. Without a command, opens the window; "
        "`rapport FILE.rapport` opens it on that workspace (handed to the Rapport already "
        "running, if there is one).",
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help="print the version, the Qt and Python versions, the data folder and the log file",
    )
    parser.add_argument(
        "--workspace",
        type=workspace_location,
        help="open this workspace file, or a shared workspace: postgresql://USER@HOST:PORT/DATABASE",
    )
    parser.add_argument("--demo", action="store_true", help="open the demo workspace")
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="open the workspace read-only (while it is open elsewhere, or on read-only media)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start offscreen on a temporary demo workspace, check, and exit",
    )
    parser.add_argument(
        "--color-scheme",
        choices=("system", "light", "dark"),
        default="system",
        help="light or dark colours (default: as the system says)",
    )
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-probe", action="store_true", help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    workspace_commands.register(subparsers)
    for extra in _command_modules():
        extra.register(subparsers)
    return parser, set(subparsers.choices)


def _command_modules() -> list:  # type: ignore[type-arg]
    """Command modules of features beyond the workspace (added as features land)."""
    from ui.cli import (
        backup_commands,
        contacts_command,
        health_report_command,
        invite_command,
        prep_sheet_command,
        publish_command,
        reminders_command,
        team_commands,
    )

    return [
        prep_sheet_command,
        contacts_command,
        invite_command,
        backup_commands,
        health_report_command,
        reminders_command,
        team_commands,
        publish_command,
    ]


def workspace_as_option(argv: list[str], commands: set[str]) -> list[str]:
    """``rapport FILE.rapport`` (as a file manager or the desktop entry starts it) means
    ``rapport --workspace FILE.rapport``. A first plain word that names a command stays a command;
    any other is taken as a workspace only if it ends in .rapport or is an existing file, so a
    mistyped command still gets argparse's message instead of a new workspace by that name."""
    for index, token in enumerate(argv):
        if token == "--":
            return argv
        if token.startswith("-") and token != "-":
            continue
        if index > 0 and argv[index - 1] == "--workspace":
            continue
        if token in commands:
            return argv
        if token.lower().endswith(".rapport") or Path(token).is_file():
            return [*argv[:index], "--workspace", token, *argv[index + 1 :]]
        return argv
    return argv


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
    parser, commands = build_parser()
    argv = sys.argv[1:] if argv is None else argv
    args = parser.parse_args(workspace_as_option(argv, commands))
    if args.version:
        from ui.about import version_text

        print(version_text())
        return 0
    if args.command:
        return int(args.run(args))
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from ui.self_test import run_self_test

        return run_self_test()
    shared = args.workspace is not None and not isinstance(args.workspace, Path)
    if not args.demo and not args.read_only and not shared:
        # Before the window's modules load: a second launch should hand over and end quickly.
        from ui.single_instance import handed_to_running_instance

        if handed_to_running_instance(args.workspace):
            return 0
    from ui.app import StartOptions, exit_at_once, run_gui

    code = run_gui(
        StartOptions(
            args.workspace,
            args.demo,
            args.startup_probe,
            args.quit_probe,
            color_scheme=args.color_scheme,
            read_only=args.read_only,
        )
    )
    exit_at_once(code)  # no slow interpreter teardown once the window has closed
    return code


if __name__ == "__main__":
    sys.exit(main())
