"""health-report: the quarterly relationship-health report per business unit, without a window.

    rapport health-report --workspace W --out health.pdf [--quarter 2026Q4] [--page-size Letter]
    rapport health-report --workspace W --out health.xlsx      (or .csv: one row per unit)
    rapport health-report --workspace W --printer OfficeLaser [--copies 2]

Without --quarter, the current quarter (graded as of now); a past quarter is graded as of its
last day, from the history. Grades use the workspace's own grading and the contact cadence set in
Needs attention. Exit status: 0 written or printed, 2 nothing done (bad input, an unknown printer,
a file that may not be written), 1 the printer refused the job. The workspace is only read.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from domain.errors import ValidationError
from domain.rules.quarters import Quarter
from ui.cli.arguments import fail
from ui.cli.workspace_location import files_of, workspace_location


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "health-report",
        help="write or print the quarterly relationship-health report per business unit",
        description="The relationship-health report of a quarter per business unit: grade and "
        "its change since the quarter before, maturity, plans, relationships at risk, top "
        "concerns. --out FILE.pdf (or .csv, .xlsx for the table) or --printer NAME.",
    )
    parser.add_argument("--workspace", type=workspace_location)
    parser.add_argument(
        "--quarter", metavar="YYYYQn", type=_quarter, help="the quarter (default: the current one)"
    )
    parser.add_argument("--out", type=Path, metavar="FILE", help="the .pdf, .csv or .xlsx to write")
    parser.add_argument("--printer", metavar="NAME", help="print on this printer")
    parser.add_argument(
        "--force", action="store_true", help="replace --out if it exists (never a workspace)"
    )
    parser.add_argument(
        "--page-size", default=None, type=_page_size, metavar="A4|Letter", help="paper size"
    )
    parser.add_argument("--copies", type=_copies, default=1, metavar="N", help="copies to print")
    parser.set_defaults(run=run)


def _quarter(value: str) -> Quarter:
    try:
        return Quarter.parse(value)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


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


def run(args: argparse.Namespace) -> int:
    from persistence.workspace import WorkspaceError
    from ui.cli.workspace_location import open_location

    if args.workspace is None:
        return fail("say which workspace: --workspace PATH")
    if args.out is None and args.printer is None:
        return fail("say where the report goes: --out FILE.pdf (.csv, .xlsx) or --printer NAME")
    if args.out is not None and args.printer is not None:
        return fail("give either --printer or --out, not both")
    if args.copies != 1 and args.printer is None:
        return fail("--copies is for printing: add --printer NAME")
    out: Path | None = args.out
    if out is not None:
        if out.suffix.casefold() not in (".pdf", ".csv", ".xlsx"):
            out = out.with_name(out.name + ".pdf")
        from persistence.output_files import check_output_target

        try:  # before any work: a report that cannot be written is not computed
            check_output_target(out, replace=args.force, protect=files_of(args.workspace))
        except WorkspaceError as exc:
            return fail(str(exc))
    try:
        with open_location(args.workspace, lock=False) as workspace:
            report = _report(workspace.uow, args.quarter)
    except WorkspaceError as exc:
        return fail(str(exc))
    except ValidationError as exc:
        return fail(str(exc))
    if out is None:
        return _print(report, args)
    return _write(report, out, args)


def _report(uow: object, quarter: Quarter | None) -> object:
    from domain.clock import local_today
    from domain.usecases.health_report import health_report

    _app = _qt_app()  # the cadence is read from the user's settings, as the window has it
    from ui.attention.settings import load_settings

    today = local_today()
    return health_report(uow(), quarter or Quarter.of(today), today, load_settings())  # type: ignore[operator]


def _qt_app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _write(report: object, out: Path, args: argparse.Namespace) -> int:
    from domain.usecases.health_report import HealthReport
    from persistence.workspace import WorkspaceError

    assert isinstance(report, HealthReport)
    units = f"{len(report.units)} business unit{'s' if len(report.units) != 1 else ''}"
    try:
        if out.suffix.casefold() in (".csv", ".xlsx"):
            from persistence.exchange.health_report_table import write_report_table

            write_report_table(report, out, replace=args.force, protect=files_of(args.workspace))
            print(f"Wrote {out}: {report.quarter}, {units}")
            return 0
        from ui.printing.health_report_renderer import write_report_pdf
        from ui.printing.prep_sheet_renderer import PageSize
        from ui.printing.printers import default_paper

        size = PageSize.parse(args.page_size) if args.page_size else default_paper().size
        pages = write_report_pdf(report, out, size)
    except WorkspaceError as exc:
        return fail(str(exc))
    print(
        f"Wrote {out}: {pages} page{'s' if pages != 1 else ''}, {report.quarter}, {units}, "
        f"{size.value}"
    )
    return 0


def _print(report: object, args: argparse.Namespace) -> int:
    from domain.usecases.health_report import HealthReport
    from ui.printing.health_report_renderer import print_report
    from ui.printing.prep_sheet_renderer import PageSize
    from ui.printing.printers import PrintError

    assert isinstance(report, HealthReport)
    size = PageSize.parse(args.page_size) if args.page_size else None
    try:
        printer, paper, pages = print_report(report, args.printer, size, copies=args.copies)
    except PrintError as exc:
        refused = "did not take the job" in str(exc)
        return fail(str(exc), 1 if refused else 2)
    copies = f", {args.copies} copies" if args.copies != 1 else ""
    print(
        f"Sent to {printer}: {pages} page{'s' if pages != 1 else ''}, {report.quarter}, "
        f"{paper.value}{copies}"
    )
    return 0
