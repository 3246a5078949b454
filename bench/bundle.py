"""Packaged-app figures: the one-folder bundle's size, and its start against the source's.

    ./scripts/build && .venv/bin/python bench/run.py bundle

bundle.size          the one-folder build (dist/rapport/) on disk, MiB (target: at most 150)
bundle.apparent_size the same, counting the files' own sizes (du --apparent-size), MiB
bundle.first_paint   packaged app, spawn to first paint of the main window, against the same app
                     started from source (main.py on .venv's Python) in the same run (target:
                     at most 1.3x)
bundle.data_usable   the same, to the demo's stakeholder list filled and usable
bundle.onefile_first_paint
                     the one-file build (dist/onefile/rapport, from `./scripts/build --onefile`),
                     against the one-folder build: what unpacking on every start costs
bundle.deb_size      the Debian package (dist/rapport_*.deb, from `./scripts/build --deb`), MiB
                     (target: at most 60 MB, 57.2 MiB)
bundle.installed_size
                     what installing it takes (its control file's Installed-Size), MiB (target:
                     at most 150 MB, 143.1 MiB; tests/packaging/test_bundle_files.py holds it)

Both apps open the same demo workspace with `--startup-probe` (see bench/startup.py), offscreen,
with their settings and caches in a sandbox that lasts the whole run, so the warm-up start fills
matplotlib's font cache as a user's first start would. RAPPORT_BUNDLE points at another build
folder. This measures an existing build; it never builds (that takes minutes).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from _process import ProbeRun, offscreen_env, time_lines
from _registry import Context, Measurement, benchmark
from startup import DATA_READY, FIRST_PAINT, _make_demo

EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
MIB = 1024 * 1024


def bundle_folder(ctx: Context) -> Path:
    return Path(os.environ.get("RAPPORT_BUNDLE") or ctx.repo_root / "dist" / "rapport")


def size_on_disk(folder: Path, apparent: bool = False) -> float:
    """Bytes the folder takes on disk (allocated blocks where the platform reports them), or
    with `apparent` the sum of its files' sizes."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        stat = path.stat()
        blocks = None if apparent else getattr(stat, "st_blocks", None)
        total += blocks * 512 if blocks is not None else stat.st_size
    return total


def _probe(command: list[str], ctx: Context, env: dict[str, str]) -> ProbeRun:
    return time_lines(
        command, [FIRST_PAINT, DATA_READY], cwd=ctx.repo_root, env=env, timeout=ctx.timeout
    )


def _ms(run: ProbeRun, line: str) -> float | None:
    seconds = run.seen[line]
    return None if seconds is None else seconds * 1000


def _why(run: ProbeRun, line: str, who: str) -> str | None:
    return None if run.seen[line] is not None else f"{who}: {run.failure(line)}"


@benchmark(
    "bundle.size",
    "bundle.apparent_size",
    "bundle.first_paint",
    "bundle.data_usable",
    "bundle.onefile_first_paint",
)
def bundle(ctx: Context) -> dict[str, Measurement]:
    folder = bundle_folder(ctx)
    executable = folder / f"rapport{EXE_SUFFIX}"
    if not executable.exists():
        reason = f"no build at {folder}; run ./scripts/build first"
        return {
            "bundle.size": Measurement.missing("MiB", reason),
            "bundle.apparent_size": Measurement.missing("MiB", reason),
            "bundle.first_paint": Measurement.missing("ms", reason),
            "bundle.data_usable": Measurement.missing("ms", reason),
            "bundle.onefile_first_paint": Measurement.missing("ms", reason),
        }
    figures = {
        "bundle.size": Measurement(size_on_disk(folder) / MIB, "MiB"),
        "bundle.apparent_size": Measurement(size_on_disk(folder, apparent=True) / MIB, "MiB"),
    }

    env = ctx.once("bundle.env", lambda: offscreen_env(ctx.workdir / "bundle-home"))
    demo = ctx.once("bundle.demo", lambda: _make_demo(ctx, env))
    if isinstance(demo, str):
        for name in ("bundle.first_paint", "bundle.data_usable", "bundle.onefile_first_paint"):
            figures[name] = Measurement.missing("ms", demo)
        return figures

    args = ["--workspace", str(demo), "--startup-probe"]
    # Packaged first, then source: each sample pairs two starts made moments apart.
    packaged = _probe([str(executable), *args], ctx, env)
    source = _probe([ctx.python, str(ctx.repo_root / "main.py"), *args], ctx, env)
    for line, name in ((FIRST_PAINT, "bundle.first_paint"), (DATA_READY, "bundle.data_usable")):
        figures[name] = Measurement(
            _ms(packaged, line),
            "ms",
            _ms(source, line),
            unavailable=_why(packaged, line, "packaged app"),
            baseline_unavailable=_why(source, line, "main.py"),
        )

    onefile = ctx.repo_root / "dist" / "onefile" / f"rapport{EXE_SUFFIX}"
    if onefile.exists():
        single = _probe([str(onefile), *args], ctx, env)
        figures["bundle.onefile_first_paint"] = Measurement(
            _ms(single, FIRST_PAINT),
            "ms",
            _ms(packaged, FIRST_PAINT),
            unavailable=_why(single, FIRST_PAINT, "one-file app"),
        )
    else:
        figures["bundle.onefile_first_paint"] = Measurement.missing(
            "ms", "no one-file build; run ./scripts/build --onefile"
        )
    return figures


def deb_file(ctx: Context) -> Path | None:
    """RAPPORT_DEB, or the newest dist/rapport_*.deb."""
    if os.environ.get("RAPPORT_DEB"):
        return Path(os.environ["RAPPORT_DEB"])
    found = sorted((ctx.repo_root / "dist").glob("rapport_*.deb"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


@benchmark("bundle.deb_size", "bundle.installed_size")
def debian_package(ctx: Context) -> dict[str, Measurement]:
    deb = deb_file(ctx)
    if deb is None or not deb.exists():
        reason = "no .deb in dist/; run ./scripts/build --deb first"
        return {
            "bundle.deb_size": Measurement.missing("MiB", reason),
            "bundle.installed_size": Measurement.missing("MiB", reason),
        }
    control = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Installed-Size"], capture_output=True, text=True
    )
    installed = (
        Measurement(int(control.stdout.split()[-1]) / 1024, "MiB")
        if control.returncode == 0
        else Measurement.missing("MiB", f"dpkg-deb -f: {control.stderr.strip()}")
    )
    return {
        "bundle.deb_size": Measurement(deb.stat().st_size / MIB, "MiB"),
        "bundle.installed_size": installed,
    }
