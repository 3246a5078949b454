"""Reading calendar invites, the sizes issue 11 found slow or unbounded before:

    invites.folded_5mb      a file just under the 5 MB limit of folded lines (one long
                            description), read and checked (was 39 s: quadratic unfolding)
    invites.attendees_1000  one event with the most attendees Rapport takes (1000), read and
                            planned against a workspace of 200 people
    invites.refuse_30000    a file of 30,000 attendees refused (was 16 s of parsing on the GUI
                            thread; now refused by the line count before parsing)
    invites.cli_300_files   import-invite with 300 files in one process (one report line each)

Targets: the first three ≤ 2 s each (in the app they run off the GUI thread, with Cancel);
300 files ≤ 10 s (measured 2026-12-03 on the shared 2-core machine: folded_5mb 1.23 s, against
4.70 s before this change; attendees_1000 0.09 s; refuse_30000 0.35 s; cli_300_files 6.13 s).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from _registry import Context, Measurement, benchmark


def _calendar(*lines: str) -> str:
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nMETHOD:REQUEST\r\n"
    body = "BEGIN:VEVENT\r\nUID:bench@example.com\r\nDTSTART:20261205T090000Z\r\n"
    body += "SUMMARY:Bench\r\n" + "".join(f"{line}\r\n" for line in lines) + "END:VEVENT\r\n"
    return head + body + "END:VCALENDAR\r\n"


def _seconds(run: object) -> float:
    began = time.perf_counter()
    run()  # type: ignore[operator]
    return time.perf_counter() - began


@benchmark("invites.folded_5mb")
def folded(ctx: Context) -> dict[str, Measurement]:
    from persistence.ical_import import parse_ics

    data = ctx.once(
        "folded", lambda: _calendar("DESCRIPTION:" + "\r\n ".join(["x" * 73] * 66_000)).encode()
    )
    return {"invites.folded_5mb": Measurement(_seconds(lambda: parse_ics(data, "f.ics")), "s")}


@benchmark("invites.attendees_1000")
def attendees(ctx: Context) -> dict[str, Measurement]:
    from domain.model import Stakeholder
    from domain.usecases.meeting_import import plan_imports
    from persistence.ical_import import parse_ics
    from persistence.workspace import create_workspace

    def setup() -> tuple[object, bytes]:
        workspace = create_workspace(ctx.workdir / "invites.rapport")
        with workspace.uow() as uow:
            for n in range(200):
                uow.stakeholders.add(Stakeholder(f"Person {n}", email=f"p{n}@example.com"))
            uow.commit()
        crowd = [f'ATTENDEE;CN="Last{n}, First":mailto:p{n}@example.com' for n in range(1000)]
        return workspace, _calendar(*crowd).encode()

    workspace, data = ctx.once("crowd", setup)
    seconds = _seconds(lambda: plan_imports(workspace.uow(), parse_ics(data, "c.ics")))  # type: ignore[attr-defined]
    return {"invites.attendees_1000": Measurement(seconds, "s")}


@benchmark("invites.refuse_30000")
def refuse(ctx: Context) -> dict[str, Measurement]:
    from persistence.ical_import import CalendarImportError, parse_ics

    data = ctx.once(
        "mob",
        lambda: _calendar(
            *[f"ATTENDEE;CN=P {n}:mailto:p{n}@example.com" for n in range(30_000)]
        ).encode(),
    )

    def read() -> None:
        try:
            parse_ics(data, "mob.ics")
        except CalendarImportError:
            return
        raise AssertionError("30,000 attendees were not refused")

    return {"invites.refuse_30000": Measurement(_seconds(read), "s")}


@benchmark("invites.cli_300_files")
def cli(ctx: Context) -> dict[str, Measurement]:
    def setup() -> list[Path]:
        folder = ctx.workdir / "invite-files"
        folder.mkdir(exist_ok=True)
        files = []
        for n in range(300):
            path = folder / f"i{n}.ics"
            text = _calendar(f"ATTENDEE;CN=Ada:mailto:ada{n % 7}@example.com")
            path.write_text(text.replace("UID:bench@", f"UID:bench-{n}@"), encoding="utf-8")
            files.append(path)
        return files

    files = ctx.once("files", setup)
    workspace = ctx.workdir / f"cli-{time.monotonic_ns()}.rapport"
    main = ctx.repo_root / "main.py"
    subprocess.run(
        [ctx.python, str(main), "make-demo", str(workspace)], check=True, capture_output=True
    )
    began = time.perf_counter()
    done = subprocess.run(
        [ctx.python, str(main), "import-invite", "--workspace", str(workspace), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=ctx.timeout * 5,
    )
    seconds = time.perf_counter() - began
    if done.returncode != 0:
        return {"invites.cli_300_files": Measurement.missing("s", done.stdout[-300:])}
    return {"invites.cli_300_files": Measurement(seconds, "s")}


if __name__ == "__main__":
    sys.exit("run through bench/run.py")
