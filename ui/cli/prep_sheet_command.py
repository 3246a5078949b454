"""prep-sheet: print meeting prep sheets or write them as PDF without a window, or list the
meetings or the printers.

    rapport prep-sheet --workspace W --meeting "ERP steering" --out steerco.pdf
    rapport prep-sheet --workspace W --day 2025-12-02 --out tuesday.pdf --page-size Letter
    rapport prep-sheet --workspace W --week 2025-12-01 --printer OfficeLaser --duplex --copies 2
    rapport prep-sheet --workspace W --list-meetings [--day D | --week D]
    rapport prep-sheet --list-printers

Without --page-size the paper is the printer's (with --printer), else the default printer's, else
the usual one where the computer's locale is (Letter in the US and Canada, A4 elsewhere).
Exit status: 0 printed or written, 2 nothing done (bad input, unknown printer, no print system),
1 the printer refused the job.

Days and weeks are the computer's local ones; a week runs Monday to Sunday around the date given.
The workspace is only read, so it may be open in the app meanwhile.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from domain.model import Meeting
from domain.rules.meeting_days import day_of, week_of
from ui.cli.arguments import fail
from ui.cli.workspace_location import files_of, workspace_location

if TYPE_CHECKING:
    from collections.abc import Sequence

    from domain.usecases.prep_sheet import PrepSheet
    from ui.printing.prep_sheet_renderer import PageSize


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "prep-sheet",
        help="print meeting prep sheets or write them as PDF, or list meetings or printers",
        description="Print the prep sheet of a meeting, or of every meeting of a day or week, "
        "on a printer (--printer) or write them as one PDF (--out); no window opens. "
        "--list-meetings lists meetings with their ids, --list-printers the printers.",
    )
    parser.add_argument("--workspace", type=workspace_location)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--meeting", metavar="ID_OR_TITLE", help="a meeting id or (part of) title")
    which.add_argument("--day", metavar="YYYY-MM-DD", type=_date, help="every meeting that day")
    which.add_argument(
        "--week", metavar="YYYY-MM-DD", type=_date, help="every meeting of that date's week"
    )
    parser.add_argument("--out", type=Path, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument("--printer", metavar="NAME", help="print on this printer (--list-printers)")
    parser.add_argument(
        "--force", action="store_true", help="replace --out if it exists (never a workspace)"
    )
    parser.add_argument(
        "--page-size",
        default=None,
        type=_page_size,
        metavar="A4|Letter",
        help="paper size (default: the printer's, else the locale's)",
    )
    parser.add_argument(
        "--copies", type=_copies, default=1, metavar="N", help="copies to print (default 1)"
    )
    parser.add_argument(
        "--duplex",
        action="store_true",
        help="print on both sides, each meeting starting on a front side",
    )
    parser.add_argument("--list-printers", action="store_true", help="list the printers and exit")
    parser.add_argument(
        "--list-meetings",
        action="store_true",
        help="list meetings (all, or of --day/--week) instead of writing a PDF",
    )
    parser.set_defaults(run=run)


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{value}” is not a date like 2025-12-02") from exc


def _page_size(value: str) -> str:
    if value.strip().casefold() not in ("a4", "letter"):
        raise argparse.ArgumentTypeError(f"“{value}” is not a page size: use A4 or Letter")
    return "Letter" if value.strip().casefold() == "letter" else "A4"


def _copies(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= 99:
        raise argparse.ArgumentTypeError(f"“{value}” is not a number of copies from 1 to 99")
    return number


def _span(args: argparse.Namespace) -> tuple[datetime, datetime, str] | None:
    if args.day is not None:
        span = day_of(args.day)
        return span.start, span.end, f"on {span.first_day.isoformat()}"
    if args.week is not None:
        span = week_of(args.week)
        return span.start, span.end, f"in the week of {span.first_day.isoformat()}"
    return None


def run(args: argparse.Namespace) -> int:
    from persistence.workspace import WorkspaceError
    from ui.cli.workspace_location import open_location

    if args.list_printers:
        return _list_printers()
    if args.workspace is None:
        return fail("say which workspace: --workspace PATH")
    if not args.list_meetings:
        if args.meeting is None and args.day is None and args.week is None:
            return fail("say which meeting: --meeting ID_OR_TITLE, --day or --week")
        if args.out is None and args.printer is None:
            return fail("say where the sheets go: --printer NAME or --out FILE.pdf")
        if args.out is not None and args.printer is not None:
            return fail("give either --printer or --out, not both")
        if args.copies != 1 and args.printer is None:
            return fail("--copies is for printing: add --printer NAME")
    try:
        with open_location(args.workspace, read_only=True) as workspace:
            if args.list_meetings:
                return _list(workspace.uow, args)
            return _write(workspace.uow, args)
    except WorkspaceError as exc:
        return fail(str(exc))


def _qt_app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _list_printers() -> int:
    _app = _qt_app()
    from ui.printing.printers import default_paper, describe_printers, no_printers_message

    lines = describe_printers()
    if not lines:
        return fail(no_printers_message())
    for line in lines:
        print(line)
    paper = default_paper()
    print(f"Paper unless --page-size says otherwise: {paper.size.value} ({paper.reason})")
    return 0


def _list(uow: object, args: argparse.Namespace) -> int:
    from domain.usecases.meetings import list_meetings

    span = _span(args)
    meetings = list_meetings(uow(), span[0], span[1]) if span else list_meetings(uow())  # type: ignore[operator]
    if not meetings:
        print("No meetings" + (f" {span[2]}." if span else " in this workspace."))
        return 0
    for meeting in meetings:
        print(_describe(meeting))
    return 0


def _describe(meeting: Meeting) -> str:
    start = meeting.start.astimezone()
    people = len(meeting.attendees)
    logged = "  (logged)" if meeting.interaction_id is not None else ""
    return (
        f"{meeting.id:>5}  {start:%Y-%m-%d %a %H:%M}  {meeting.title}"
        f"  [{people} attendee{'s' if people != 1 else ''}]{logged}"
    )


def _choose(uow: object, args: argparse.Namespace) -> list[Meeting] | str:
    """The meetings to print, or the message saying why there are none."""
    from domain.errors import ValidationError
    from domain.usecases.meetings import find_meetings, list_meetings

    span = _span(args)
    if span is not None:
        found = list_meetings(uow(), span[0], span[1])  # type: ignore[operator]
        return found or f"no meetings {span[2]}; see --list-meetings"
    try:
        found = find_meetings(uow(), args.meeting)  # type: ignore[operator]
    except ValidationError as exc:
        return str(exc)
    if not found:
        return f"no meeting matches “{args.meeting}”; see --list-meetings"
    if len(found) > 1:
        listed = "\n".join(_describe(m) for m in found[:10])
        more = f"\n  … and {len(found) - 10} more" if len(found) > 10 else ""
        return (
            f"“{args.meeting}” matches {len(found)} meetings; give one id with --meeting:\n"
            f"{listed}{more}"
        )
    return found


def _write(uow: object, args: argparse.Namespace) -> int:
    chosen = _choose(uow, args)
    if isinstance(chosen, str):
        return fail(chosen)
    _app = _qt_app()
    from domain.usecases.prep_sheet import build_prep_sheets
    from ui.printing.prep_sheet_renderer import PageSize, write_pdf

    sheets = build_prep_sheets(uow(), [m.id for m in chosen if m.id is not None])  # type: ignore[operator]
    size = PageSize.parse(args.page_size) if args.page_size else None
    meetings = f"{len(sheets)} meeting{'s' if len(sheets) != 1 else ''}"
    if args.printer is not None:
        return _print(sheets, args, size, meetings)
    if size is None:
        from ui.printing.printers import default_paper

        size = default_paper().size
    out: Path = args.out
    if out.suffix.casefold() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    from persistence.output_files import check_output_target
    from persistence.workspace import WorkspaceError

    try:
        check_output_target(out, replace=args.force, protect=files_of(args.workspace))
        pages = write_pdf(sheets, out, size, duplex=args.duplex)
    except WorkspaceError as exc:
        return fail(str(exc))
    print(f"Wrote {out}: {pages} page{'s' if pages != 1 else ''}, {meetings}, {size.value}")
    return 0


def _print(
    sheets: Sequence[PrepSheet], args: argparse.Namespace, size: PageSize | None, meetings: str
) -> int:
    from ui.printing.preview import suggested_name
    from ui.printing.printers import PrintError, print_sheets

    try:
        job = print_sheets(
            sheets,
            args.printer,
            size,
            copies=args.copies,
            duplex=args.duplex,
            title=suggested_name(sheets).removesuffix(".pdf"),
        )
    except PrintError as exc:
        refused = "did not take the job" in str(exc)
        return fail(str(exc), 1 if refused else 2)
    sides = f"{job.sides} side{'s' if job.sides != 1 else ''}"
    copies = f", {job.copies} copies" if job.copies != 1 else ""
    both = ", both sides" if job.duplex else ""
    print(f"Sent to {job.printer}: {sides}, {meetings}, {job.size.value}{both}{copies}")
    return 0
