"""make-demo, export, import-json and check: workspace files from the command line (no window)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ui.cli.arguments import fail
from ui.cli.workspace_location import files_of, workspace_location

if TYPE_CHECKING:
    from persistence.team.server_address import ServerAddress


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = subparsers.add_parser("make-demo", help="write a fresh demo workspace file")
    demo.add_argument("path", type=Path, help="where to write it (must not exist)")
    demo.set_defaults(run=make_demo)

    export = subparsers.add_parser("export", help="write the whole workspace as JSON")
    export.add_argument("--workspace", type=workspace_location, required=True)
    export.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    export.add_argument(
        "--force", action="store_true", help="replace --out if it exists (never a workspace)"
    )
    export.set_defaults(run=export_json)

    restore = subparsers.add_parser(
        "import-json", help="restore a JSON export into a new workspace"
    )
    restore.add_argument("json_file", type=Path, help="a file written by 'export'")
    restore.add_argument(
        "--workspace", type=workspace_location, required=True, help="the new workspace to create"
    )
    restore.set_defaults(run=import_json)

    check = subparsers.add_parser(
        "check", help="check a workspace's health (a file, or a shared workspace on a server)"
    )
    check.add_argument("--workspace", type=workspace_location, required=True)
    check.set_defaults(run=check_workspace)


def make_demo(args: argparse.Namespace) -> int:
    from persistence.demo import build_demo_workspace
    from persistence.workspace import WorkspaceError

    path: Path = args.path
    if path.exists():
        return fail(f"{path} exists already; choose a new file name.")
    try:
        summary = build_demo_workspace(path)
    except WorkspaceError as exc:
        return fail(str(exc))
    print(f"Demo workspace written to {path}")
    if isinstance(summary, dict):
        print(", ".join(f"{key}: {value}" for key, value in summary.items()))
    return 0


def export_json(args: argparse.Namespace) -> int:
    from persistence.exchange.json_export import export_workspace
    from persistence.workspace import WorkspaceError
    from ui.cli.workspace_location import open_location

    try:
        # Read-only: no lock, nothing written beside it (works on read-only media, and while
        # the workspace is open in Rapport).
        with open_location(args.workspace, read_only=True) as workspace:
            summary = export_workspace(
                workspace.uow, args.out, replace=args.force, protect=files_of(args.workspace)
            )
    except WorkspaceError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"could not write {args.out}: {exc.strerror or exc}")
    print(f"Exported to {args.out}: " + ", ".join(f"{k} {v}" for k, v in summary.items()))
    return 0


def import_json(args: argparse.Namespace) -> int:
    from persistence.exchange.json_import import ImportFormatError, import_workspace
    from persistence.workspace import WorkspaceError, create_workspace

    if not isinstance(args.workspace, Path):
        return fail(
            "import-json creates a new workspace file; to bring a workspace onto a team "
            "server, import it into a file, then publish that to the server."
        )
    if args.workspace.exists():
        return fail(f"{args.workspace} exists already; import-json creates a new workspace.")
    try:
        with create_workspace(args.workspace) as workspace:
            summary = import_workspace(args.json_file, workspace)
    except (ImportFormatError, WorkspaceError) as exc:
        # The workspace did not exist before this command: remove what it created, nothing else.
        target: Path = args.workspace
        for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        return fail(str(exc))
    print(f"Imported into {args.workspace}: " + ", ".join(f"{k} {v}" for k, v in summary.items()))
    return 0


def check_workspace(args: argparse.Namespace) -> int:
    """Exit 0 for a workspace Rapport opens as it is (or upgrades), 1 for one with problems,
    2 for a file it refuses (another program's, damaged, or written by a newer Rapport)."""
    from persistence.schema import SCHEMA_VERSION
    from persistence.workspace import WorkspaceError, workspace_health

    if not isinstance(args.workspace, Path):
        return _check_shared(args.workspace)
    try:
        report = workspace_health(args.workspace)
    except WorkspaceError as exc:
        return fail(str(exc))
    if report.problems:
        print(f"{args.workspace}: damaged (workspace format {report.version}):")
        print("\n".join(report.problems))
        return 1
    if report.needs_upgrade:
        print(
            f"{args.workspace}: healthy, in the older workspace format {report.version}; "
            f"opening it upgrades it to format {SCHEMA_VERSION}, after saving a backup copy "
            "in the 'backups' folder beside it."
        )
        return 0
    print(f"{args.workspace}: healthy (workspace format {report.version})")
    return 0


def _check_shared(address: ServerAddress) -> int:
    """A shared workspace is healthy when it opens: reachable, logged in, this format (the
    server itself keeps its data consistent). Says whether this login may change it."""
    from persistence.schema import SCHEMA_VERSION
    from persistence.workspace import WorkspaceError
    from ui.cli.workspace_location import open_shared

    try:
        with open_shared(address) as workspace:
            may = "only read it (a viewer)" if workspace.read_only else "read and change it"
    except WorkspaceError as exc:
        return fail(str(exc))
    print(
        f"{address}: healthy (workspace format {SCHEMA_VERSION}, on the server); "
        f"{address.user} may {may}."
    )
    return 0
