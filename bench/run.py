"""Runs Rapport's benchmarks and prints one line per figure.

    .venv/bin/python bench/run.py                      every figure
    .venv/bin/python bench/run.py startup              figures named startup.*
    .venv/bin/python bench/run.py startup.first_paint --repeat 9
    .venv/bin/python bench/run.py team --quick         smaller and shorter, to try it out

Each line is `name: value unit`, or with a baseline measured in the same run
`name: value unit (baseline value unit, 1.23x)`, where the factor is value / baseline; values are
medians of --repeat samples taken after --warmup untimed calls. A figure that cannot be measured
yet reads `name: unavailable (reason)`. The lines also go to bench/results/latest.txt.

Benchmarks live in the other bench/*.py modules (not starting with "_"), which register their
functions with `_registry.benchmark`; see bench/startup.py.
"""

from __future__ import annotations

import argparse
import importlib
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
if str(BENCH_DIR) not in sys.path:
    sys.path.insert(0, str(BENCH_DIR))

from _registry import REGISTRY, Context, Measurement, Registered  # noqa: E402

RESULTS = BENCH_DIR / "results" / "latest.txt"


def discover() -> None:
    """Imports every benchmark module in bench/, so that each registers its benchmarks."""
    for path in sorted(BENCH_DIR.glob("*.py")):
        if path.stem != "run" and not path.stem.startswith("_"):
            importlib.import_module(path.stem)


def selected(figure: str, names: list[str]) -> bool:
    return not names or any(figure == n or figure.startswith(n + ".") for n in names)


def format_number(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def summarise(name: str, samples: list[Measurement]) -> str:
    """One output line for a figure from its samples."""
    unit = samples[0].unit
    values = [s.value for s in samples if s.value is not None]
    baselines = [s.baseline for s in samples if s.baseline is not None]
    baseline = statistics.median(baselines) if baselines else None
    if not values:
        reason = next((s.unavailable for s in reversed(samples) if s.unavailable), "no samples")
        line = f"{name}: unavailable ({reason})"
        if baseline is not None:
            line += f" (baseline {format_number(baseline)} {unit})"
        return line
    value = statistics.median(values)
    line = f"{name}: {format_number(value)} {unit}"
    if baseline is not None:
        factor = f"{value / baseline:.2f}x" if baseline else "n/a"
        line += f" (baseline {format_number(baseline)} {unit}, {factor})"
    else:
        no_baseline = next(
            (s.baseline_unavailable for s in samples if s.baseline_unavailable), None
        )
        if no_baseline:
            line += f" (baseline unavailable: {no_baseline})"
    return line


def run_benchmark(
    entry: Registered, figures: list[str], ctx: Context, args: argparse.Namespace
) -> list[str]:
    """Calls one benchmark --warmup + --repeat times and returns its figures' lines."""
    samples: dict[str, list[Measurement]] = {f: [] for f in figures}
    for i in range(args.warmup + args.repeat):
        try:
            result = entry.function(ctx)
        except Exception as error:  # a broken benchmark must not hide the others' figures
            return [f"{f}: error ({type(error).__name__}: {error})" for f in figures]
        if i < args.warmup:
            continue
        for figure in figures:
            if figure in result:
                samples[figure].append(result[figure])
        # Nothing measurable, not even a baseline: more calls would only repeat the reason.
        if all(s[-1].value is None and s[-1].baseline is None for s in samples.values() if s):
            break
    return [
        summarise(f, s) if s else f"{f}: unavailable (benchmark returned no sample)"
        for f, s in samples.items()
    ]


def header(args: argparse.Namespace) -> list[str]:
    try:
        commit = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=BENCH_DIR.parent,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        commit = ""
    return [
        f"# rapport bench {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}"
        f" commit {commit or 'unknown'}",
        f"# python {platform.python_version()} on {platform.platform()},"
        f" repeat {args.repeat}, warmup {args.warmup}, medians",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="figures or prefixes (startup, startup.x)")
    parser.add_argument("--repeat", type=int, default=5, help="samples per figure (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed calls first (default 1)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per step")
    parser.add_argument("--list", action="store_true", help="list the figures and exit")
    parser.add_argument(
        "--quick", action="store_true", help="smaller, shorter runs to try benchmarks out"
    )
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.warmup < 0:
        parser.error("--repeat must be at least 1 and --warmup at least 0")

    discover()
    known = [f for entry in REGISTRY for f in entry.figures]
    if args.list:
        print("\n".join(known))
        return 0
    unknown = [n for n in args.names if not any(selected(f, [n]) for f in known)]
    if unknown:
        parser.error(f"no figure named {', '.join(unknown)}; known: {', '.join(known)}")

    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="rapport-bench-") as workdir:
        ctx = Context(Path(workdir), timeout=args.timeout, quick=args.quick)
        for entry in REGISTRY:
            figures = [f for f in entry.figures if selected(f, args.names)]
            if figures:
                for line in run_benchmark(entry, figures, ctx, args):
                    print(line, flush=True)
                    lines.append(line)

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join([*header(args), *lines]) + "\n", encoding="utf-8")
    return 1 if any(": error (" in line for line in lines) else 0


if __name__ == "__main__":
    sys.exit(main())
