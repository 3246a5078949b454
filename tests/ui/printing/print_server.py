"""A private CUPS scheduler for the print tests, so they print through a real print system.

It has its own configuration, spool, cache and logs under one temporary folder and listens only on
a unix socket there (never on the network, never the system's CUPS). Its queues write what a
printer would receive into files:

* ``RapportPDF``: the CUPS-PDF virtual printer's driver (printer-driver-cups-pdf): PostScript
  level 2, A4, no unprintable edge. Its PostScript is what CUPS-PDF turns into a PDF with
  Ghostscript.
* ``OfficeLaser``: a PostScript office laser (tests/ui/printing/cups/office-laser.ppd): US Letter
  by default, 36 pt unprintable edges, two-sided; the default printer.

CUPS-PDF's own backend writes into the job owner's home folder; the queues use CUPS's file:
device instead, so each test reads the job from a file it names, then turns the PostScript into a
PDF with ``ps2pdf`` (the Ghostscript step CUPS-PDF takes) to look at it with poppler. PostScript
carries glyphs, not characters: the printed pages' fonts and word boxes are read from that PDF,
their words from the document the application handed to CUPS (kept in the spool).

Started as root (as in CI) cupsd runs the filters as ``lp``; as another user, as that user.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import getpass
import grp
import os
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
LASER_PPD = HERE / "cups" / "office-laser.ppd"
CUPS_PDF_PPDS = [
    Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"),
    Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"),
    Path("/usr/share/cups/model/CUPS-PDF_opt.ppd"),
]
PDF_QUEUE = "RapportPDF"
LASER_QUEUE = "OfficeLaser"


def _tool(name: str) -> str | None:
    return shutil.which(name) or next(
        (str(p) for d in ("/usr/sbin", "/usr/bin") if (p := Path(d) / name).exists()), None
    )


def missing() -> str | None:
    """Why a private CUPS cannot be had here, or None when it can."""
    needs = {
        "cupsd": "cups",
        "lpadmin": "cups-client",
        "lpstat": "cups-client",
        "ps2pdf": "ghostscript",
        "pdftotext": "poppler-utils",
    }
    absent = [f"{tool} ({package})" for tool, package in needs.items() if _tool(tool) is None]
    if not any(p.exists() for p in CUPS_PDF_PPDS):
        absent.append("the CUPS-PDF driver (printer-driver-cups-pdf)")
    if ctypes.util.find_library("cups") is None:
        absent.append("libcups (libcups2)")
    if absent:
        return (
            "no CUPS to print through: missing "
            + ", ".join(absent)
            + "; scripts/test installs them on Debian/Ubuntu"
        )
    return None


@dataclass(frozen=True, slots=True)
class Printed:
    #: What the printer received.
    postscript: Path
    #: The document the application handed to CUPS (the job's file).
    document: Path

    @property
    def commands(self) -> str:
        return self.postscript.read_text(errors="replace")

    def as_pdf(self) -> Path:
        return to_pdf(self.postscript)


@dataclass
class PrintServer:
    root: Path
    process: subprocess.Popen[bytes]
    outputs: dict[str, Path] = field(default_factory=dict)

    @property
    def socket(self) -> Path:
        return self.root / "cups.sock"

    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.socket)}

    def run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [_tool(tool) or tool, *args],
            capture_output=True,
            text=True,
            env=self.env(),
            timeout=60,
        )

    def add_queue(self, name: str, ppd: Path, *, default: bool = False) -> None:
        out = self.root / "out" / f"{name}.ps"
        done = self.run("lpadmin", "-p", name, "-E", "-v", f"file://{out}", "-P", str(ppd))
        if done.returncode != 0:
            raise RuntimeError(f"lpadmin could not add {name}: {done.stderr.strip()}")
        if default:
            self.run("lpadmin", "-d", name)
        self.outputs[name] = out

    def take_output(self, queue: str, timeout: float = 90.0) -> Printed:
        """Wait until the queue's jobs are done; move what it printed aside and return it, with
        the document the application sent (the newest in the spool)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pending = self.run("lpstat", "-o", queue).stdout.strip()
            out = self.outputs[queue]
            if not pending and out.exists() and out.stat().st_size > 0:
                taken = out.with_name(f"{queue}-{time.monotonic_ns()}.ps")
                out.rename(taken)
                sent = max((self.root / "spool").glob("d*-001"), key=lambda p: p.stat().st_mtime)
                document = taken.with_suffix(".sent.pdf")
                shutil.copyfile(sent, document)
                return Printed(taken, document)
            time.sleep(0.2)
        raise TimeoutError(f"{queue} printed nothing in {timeout:.0f} s; {self.log_tail()}")

    def discard_output(self, queue: str) -> None:
        self.outputs[queue].unlink(missing_ok=True)

    def log_tail(self, lines: int = 15) -> str:
        log = self.root / "log" / "error_log"
        if not log.exists():
            return "no CUPS log"
        return "CUPS log:\n" + "\n".join(log.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)


def start(root: Path) -> PrintServer:
    """Start cupsd under ``root`` with the two queues; raises RuntimeError if it will not run."""
    for sub in ("etc/ppd", "spool/tmp", "cache", "state", "log", "out"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    # Filters run as another user (lp) under root: they must reach the spool and the outputs.
    for path in [root, *root.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755)
    as_root = os.geteuid() == 0
    user = (
        "" if as_root else f"User {getpass.getuser()}\nGroup {grp.getgrgid(os.getegid()).gr_name}\n"
    )
    (root / "etc" / "cupsd.conf").write_text(
        f"""Listen {root / "cups.sock"}
LogLevel info
WebInterface No
Browsing No
DefaultAuthType None
MaxJobs 0
PreserveJobFiles Yes
JobRetryLimit 0
ErrorPolicy abort-job
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""
    )
    (root / "etc" / "cups-files.conf").write_text(
        f"""ServerRoot {root / "etc"}
RequestRoot {root / "spool"}
TempDir {root / "spool" / "tmp"}
CacheDir {root / "cache"}
StateDir {root / "state"}
ErrorLog {root / "log" / "error_log"}
AccessLog {root / "log" / "access_log"}
PageLog {root / "log" / "page_log"}
DataDir /usr/share/cups
DocumentRoot /usr/share/cups/doc-root
ServerBin /usr/lib/cups
FileDevice Yes
Sandboxing Relaxed
SystemGroup {"root" if as_root else grp.getgrgid(os.getegid()).gr_name}
{user}"""
    )
    cupsd = _tool("cupsd")
    assert cupsd is not None
    process = subprocess.Popen(
        [
            cupsd,
            "-f",
            "-c",
            str(root / "etc" / "cupsd.conf"),
            "-s",
            str(root / "etc" / "cups-files.conf"),
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    server = PrintServer(root, process)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = process.stderr.read().decode(errors="replace") if process.stderr else ""
            raise RuntimeError(f"cupsd stopped at once: {error.strip()} {server.log_tail()}")
        if server.socket.exists() and server.run("lpstat", "-r").returncode == 0:
            break
        time.sleep(0.1)
    else:
        server.stop()
        raise RuntimeError(f"cupsd did not answer in 20 s; {server.log_tail()}")
    try:
        pdf_ppd = next(p for p in CUPS_PDF_PPDS if p.exists())
        server.add_queue(PDF_QUEUE, pdf_ppd)
        server.add_queue(LASER_QUEUE, LASER_PPD, default=True)
    except RuntimeError:
        server.stop()
        raise
    return server


def point_libcups_at(socket: Path | None) -> None:
    """Make this process's libcups (the one Qt loaded) talk to ``socket`` (None: the default)."""
    if socket is None:
        os.environ.pop("CUPS_SERVER", None)
    else:
        os.environ["CUPS_SERVER"] = str(socket)
    name = ctypes.util.find_library("cups")
    if name:
        # libcups reads CUPS_SERVER once and keeps the answer (and its connection): reset both.
        ctypes.CDLL(name).cupsSetServer(None)


def to_pdf(postscript: Path) -> Path:
    """The PDF CUPS-PDF would make of what the printer received (Ghostscript's ps2pdf)."""
    pdf = postscript.with_suffix(".pdf")
    subprocess.run(
        [_tool("ps2pdf") or "ps2pdf", str(postscript), str(pdf)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return pdf
