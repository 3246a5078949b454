"""reminders: planned touchpoints, communication-plan dates, commitments and next contacts as an
iCalendar file to import into Outlook, Google or Apple Calendar (no window)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ui.cli.arguments import fail
from ui.cli.workspace_location import files_of, workspace_location


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = subparsers.add_parser(
        "reminders",
        help="write plan touchpoints, communication-plan dates and commitments as an .ics file",
        description=(
            "Write the workspace's reminders as an iCalendar (.ics) file with alarms. Import it "
            "into Outlook, Google or Apple Calendar; importing a newer export updates the same "
            "events instead of adding copies."
        ),
    )
    command.add_argument("--workspace", type=workspace_location, required=True)
    command.add_argument("--out", type=Path, required=True, help="the .ics file to write")
    command.add_argument(
        "--force", action="store_true", help="replace --out if it exists (never a workspace)"
    )
    command.set_defaults(run=export_reminders)


def export_reminders(args: argparse.Namespace) -> int:
    from domain.errors import DomainError
    from domain.usecases.reminders import reminders
    from persistence.reminders_ics import write_reminders
    from persistence.workspace import WorkspaceError
    from ui.attention.settings import load_settings
    from ui.cli.workspace_location import open_location
    from ui.gc_tuning import tune_collector

    out: Path = args.out
    if out.suffix.lower() != ".ics":
        return fail(f"{out.name}: reminders are written as an iCalendar file; name it ….ics.")
    tune_collector()  # tens of thousands of rows: as the app, collect the young ones less often
    try:
        with open_location(args.workspace) as workspace:
            found = reminders(workspace.uow(), load_settings().cadence)
            count = write_reminders(
                found, out, replace=args.force, protect=files_of(args.workspace)
            )
    except (WorkspaceError, DomainError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"could not write {out}: {exc.strerror or exc}")
    print(f"Wrote {count} reminders to {out}")
    return 0
