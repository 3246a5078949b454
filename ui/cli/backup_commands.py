"""backup, backups and restore: a workspace's backups from the command line (no window).

They use the backup folder set in Rapport (File ▸ Restore from Backup), else ``backups/`` beside
the workspace; ``--folder`` names another. ``backups`` and ``restore`` work even when the
workspace itself is gone.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from ui.cli.arguments import fail
from ui.cli.workspace_location import Location, server_refusal, workspace_location


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    folder_help = "the backup folder (default: the one set in Rapport, else backups/ beside it)"
    backup = subparsers.add_parser("backup", help="back a workspace up now; prints the backup")
    backup.add_argument("--workspace", type=workspace_location, required=True)
    backup.add_argument("--folder", type=Path, help=folder_help)
    backup.set_defaults(run=_files_only(backup_now, "backup"))

    listing = subparsers.add_parser("backups", help="list a workspace's backups, newest first")
    listing.add_argument("--workspace", type=workspace_location, required=True)
    listing.add_argument("--folder", type=Path, help=folder_help)
    listing.set_defaults(run=_files_only(list_workspace_backups, "backups"))

    restore = subparsers.add_parser("restore", help="write a backup as a new workspace")
    restore.add_argument(
        "--workspace", type=workspace_location, required=True, help="whose backup it is"
    )
    restore.add_argument("--backup", required=True, help="its name, as 'backups' lists it")
    restore.add_argument(
        "--out", type=Path, required=True, help="the new workspace (must not exist)"
    )
    restore.add_argument("--folder", type=Path, help=folder_help)
    restore.set_defaults(run=_files_only(restore_backup, "restore"))


def _files_only(
    command: Callable[[argparse.Namespace], int], name: str
) -> Callable[[argparse.Namespace], int]:
    """``command``, refusing a shared workspace (its server's administrator backs it up)."""

    def run(args: argparse.Namespace) -> int:
        if not isinstance(args.workspace, Path):
            return fail(server_refusal(args.workspace, name))
        return command(args)

    return run


def _settings(args: argparse.Namespace) -> tuple[Path | None, int]:
    from ui.backups.backup_settings import load_backup_settings

    settings = load_backup_settings()
    return (args.folder or settings.folder), settings.budget_bytes


def backup_before(workspace: Location, action: str) -> Path | None:
    """Back ``workspace`` up before a command changes it (``"import"``…), into the folder set
    in Rapport; raises WorkspaceError when it cannot. Returns the backup's path (None for a
    shared workspace, which its server's administrator backs up)."""
    from persistence.workspace import take_backup
    from ui.backups.backup_settings import load_backup_settings

    if not isinstance(workspace, Path):
        return None
    settings = load_backup_settings()
    return take_backup(
        workspace, f"before-{action}", folder=settings.folder, budget_bytes=settings.budget_bytes
    ).path


def backup_now(args: argparse.Namespace) -> int:
    from persistence.workspace import WorkspaceError, take_backup

    folder, budget = _settings(args)
    try:
        backup = take_backup(args.workspace, "manual", folder=folder, budget_bytes=budget)
    except WorkspaceError as exc:
        return fail(str(exc))
    print(backup.path)
    return 0


def list_workspace_backups(args: argparse.Namespace) -> int:
    from persistence.workspace import WorkspaceError, backup_folder, count_contents, list_backups
    from ui.backups.backup_texts import format_counts, format_size

    folder, _budget = _settings(args)
    backups = list_backups(args.workspace, folder)
    if not backups:
        where = backup_folder(args.workspace, folder)
        print(f"No backups of {args.workspace.name} in {where}.")
        return 0
    width = max(len(b.name) for b in backups)
    for backup in backups:
        try:
            contents = format_counts(count_contents(backup.path))
        except WorkspaceError:
            contents = "unreadable"
        print(
            f"{backup.name:<{width}}  {backup.taken_at.astimezone():%Y-%m-%d %H:%M}  "
            f"{format_size(backup.size):>8}  {contents}  ({backup.why.lower()})"
        )
    return 0


def restore_backup(args: argparse.Namespace) -> int:
    from persistence.workspace import WorkspaceError, count_contents, list_backups, restore_as_new
    from ui.backups.backup_texts import format_counts

    folder, _budget = _settings(args)
    wanted: str = args.backup
    backups = list_backups(args.workspace, folder)
    found = [b for b in backups if wanted in (b.name, b.path.stem, str(b.path))]
    if not found:
        return fail(
            f"{args.workspace.name} has no backup called {wanted}; "
            f"'backups --workspace {args.workspace}' lists them."
        )
    if args.out.exists():
        return fail(
            f"{args.out} exists already; restore writes a new workspace, choose a new name."
        )
    try:
        restore_as_new(found[0].path, args.out)
        counts = count_contents(args.out)
    except WorkspaceError as exc:
        return fail(str(exc))
    print(f"Restored {found[0].name} into {args.out}: {format_counts(counts)}")
    return 0
