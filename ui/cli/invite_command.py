"""import-invite: calendar invites (.ics) into a workspace without a window.

    rapport import-invite --workspace W invite.ics reply.ics … [--dry-run] [--add-people]

One line per file says what it would import or did import (a new meeting, an update, an answer,
a cancellation), or why not. Each file goes in on its own (one transaction each), in the order
given, so an answer may follow its invitation in the same call; a refused file changes nothing.
The workspace is backed up once, before the first change. Exit 0 when every file went in, 2 when
any was refused (each with its reason), never a traceback.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from ui.cli.arguments import fail
from ui.cli.workspace_location import workspace_location

if TYPE_CHECKING:
    from domain.usecases.meeting_import import CalendarInvite, InviteIndex
    from persistence.workspace import Workspace

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import-invite",
        help="import calendar invites (.ics): invitations, answers, cancellations",
        description="Import calendar invites (.ics from Outlook, Exchange, Google, Apple, "
        "Thunderbird, …) into a workspace: invitations become meetings (or update them), "
        "answers set an attendee's response, cancellations mark the meeting cancelled. One "
        "report line per file; exit 2 when any file was refused.",
    )
    parser.add_argument("--workspace", type=workspace_location, required=True)
    parser.add_argument("files", type=Path, nargs="+", metavar="FILE.ics")
    parser.add_argument(
        "--dry-run", action="store_true", help="say what would be imported, change nothing"
    )
    parser.add_argument(
        "--add-people",
        action="store_true",
        help="add attendees not in the register as stakeholders (default: keep them on the "
        "meeting by name only)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from domain.usecases.meeting_import import InviteIndex
    from persistence.workspace import WorkspaceError
    from ui.cli.workspace_location import open_location

    try:
        with open_location(args.workspace) as workspace:
            index = InviteIndex.load(workspace.uow())
            importer = _Importer(args, workspace, index)
            refused = sum(not importer.import_file(path) for path in args.files)
    except WorkspaceError as error:
        return fail(str(error))
    went_in = len(args.files) - refused
    verb = "would go in" if args.dry_run else "went in"
    print(
        f"{went_in} of {len(args.files)} file{'s' if len(args.files) != 1 else ''} {verb}"
        + (f"; {refused} refused." if refused else ".")
        + (" Dry run: nothing was changed." if args.dry_run else "")
    )
    return 2 if refused else 0


class _Importer:
    def __init__(self, args: argparse.Namespace, workspace: Workspace, index: InviteIndex) -> None:
        self.args = args
        self.workspace = workspace
        self.index = index
        self.backed_up = False

    def import_file(self, path: Path) -> bool:
        """Import one file and print its line; True when it went in."""
        from domain.errors import DomainError
        from persistence.ical_import import CalendarImportError, read_ics
        from persistence.workspace import WorkspaceError

        name = path.name or str(path)
        try:
            invites = read_ics(path)
            lines, went_in = self._apply(invites)
        except (CalendarImportError, DomainError, WorkspaceError) as error:
            text = str(error)
            print(text if text.startswith(name) else f"{name}: {text}")
            return False
        except Exception as error:  # the promise is: a line, never a traceback
            log.error("import-invite failed on a file: %s", type(error).__name__)
            print(f"{name}: could not be imported ({type(error).__name__}); nothing was changed.")
            return False
        print(f"{name}: " + "; ".join(lines))
        return went_in

    def _apply(self, invites: list[CalendarInvite]) -> tuple[list[str], bool]:
        from domain.usecases.meeting_import import apply_imports, describe
        from ui.cli.backup_commands import backup_before

        plans = [self.index.plan(invite) for invite in invites]
        going = [plan for plan in plans if plan.goes_in]
        if going and not self.args.dry_run:
            if not self.backed_up:
                backup_before(self.args.workspace, "import")  # the user's folder and budget
                self.backed_up = True
            keys = {m.key for plan in going for m in plan.unknown} if self.args.add_people else ()
            for result in apply_imports(self.workspace.uow(), going, keys):
                self.index.remember(result.meeting, result.added_stakeholders)
        if self.args.dry_run:
            for plan in going:
                self.index.pretend(plan)
        lines = [describe(plan, done=not self.args.dry_run) for plan in plans]
        notes = list(dict.fromkeys(n for invite in invites for n in invite.notes))
        lines += [f"note: {_note(note)}" for note in notes[:2]]
        return lines, len(going) == len(plans)


def _note(note: str) -> str:
    """A reader's note without the file name it starts with (the line names the file)."""
    first, _, rest = note.partition(" ")
    return f"the file {rest}" if first.endswith(".ics") and rest else note
