"""The quarterly relationship-health report as a table: one row per business unit, as CSV (UTF-8
with a BOM, for Excel) or XLSX. Every text cell goes through the spreadsheet guard, so a unit or
concern named "=HYPERLINK(…)" is shown, never run."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from domain.usecases.health_report import HealthReport, UnitReport
from persistence.errors import OutputRefusedError
from persistence.exchange.spreadsheet_safety import Cell, safe_row
from persistence.output_files import write_output_file

SUFFIXES = (".csv", ".xlsx")
HEADER = (
    "Quarter",
    "As of",
    "Business unit",
    "People",
    "Grade",
    "Score",
    "Grade last quarter",
    "Score last quarter",
    "Change",
    "Maturity",
    "Maturity last quarter",
    "Plans on track",
    "Plans off track",
    "At risk (D or E)",
    "Open concerns",
    "Concerns raised in quarter",
    "Concerns closed in quarter",
    "Top concerns",
)


def _cells(report: HealthReport, unit: UnitReport) -> list[Cell]:
    before = unit.before
    change = unit.change
    return [
        str(report.quarter),
        report.as_of_day.isoformat(),
        unit.name,
        unit.people,
        unit.health.grade.value,
        round(unit.health.score, 1),
        before.grade.value if before else "",
        round(before.score, 1) if before else "",
        round(change, 1) if change is not None else "",
        unit.maturity.label if unit.maturity else "",
        unit.maturity_before.label if unit.maturity_before else "",
        unit.plans.on_track if unit.plans else "",
        unit.plans.off_track if unit.plans else "",
        len(unit.at_risk),
        unit.open_concerns,
        unit.raised_in_quarter,
        unit.closed_in_quarter,
        "; ".join(
            f"{line.concern.title} ({line.name}{', overdue' if line.overdue else ''})"
            for line in unit.top_concerns
        ),
    ]


def rows(report: HealthReport) -> Iterable[list[str | int | float]]:
    """The header, then one guarded row per unit."""
    yield safe_row(HEADER)
    for unit in report.units:
        yield safe_row(_cells(report, unit))


def write_report_table(
    report: HealthReport,
    path: Path,
    *,
    replace: bool = False,
    protect: Iterable[Path | None] = (),
) -> Path:
    """Write the report's table to ``path`` (.csv or .xlsx), whole or not at all; raises a
    WorkspaceError saying why not (a workspace, an existing file without ``replace``, a folder
    that does not exist or cannot be written)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise OutputRefusedError(
            f"{path.name}: the report's table is written as .csv or .xlsx (the report itself "
            "as .pdf)."
        )
    write = _write_csv if suffix == ".csv" else _write_xlsx
    return write_output_file(path, lambda out: write(report, out), replace=replace, protect=protect)


def _write_csv(report: HealthReport, out: IO[bytes]) -> None:
    text = io.TextIOWrapper(out, newline="", encoding="utf-8-sig")
    writer = csv.writer(text)
    writer.writerows(rows(report))
    text.flush()
    text.detach()  # the binary file stays open for atomic_output to sync and rename


def _write_xlsx(report: HealthReport, out: IO[bytes]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(f"Health {report.quarter}")
    for row in rows(report):
        sheet.append(row)
    book.save(out)
