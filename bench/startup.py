"""Startup figures: how long until the main window paints, and until the demo data is usable.

Both are timed from just before the process is spawned to the moment its probe line arrives on
stdout, offscreen, against a bare PySide6 QMainWindow (bench/bare_window.py) started the same way.

The app's side of the contract (main.py):
    python main.py make-demo PATH                     creates the demo workspace (untimed here)
    python main.py --workspace PATH --startup-probe   prints `rapport-probe first-paint` when the
        main window first paints and `rapport-probe data-ready` when the stakeholder list is
        filled and usable, flushes, then quits by itself.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from _process import offscreen_env, time_lines
from _registry import Context, Measurement, benchmark

FIRST_PAINT = "rapport-probe first-paint"
DATA_READY = "rapport-probe data-ready"
FIGURES = {FIRST_PAINT: "startup.first_paint", DATA_READY: "startup.data_usable"}


def _make_demo(ctx: Context, env: dict[str, str]) -> Path | str:
    """The demo workspace's path, or why it could not be made."""
    main = ctx.repo_root / "main.py"
    if not main.exists():
        return "main.py does not exist yet"
    workspace = ctx.workdir / "demo.rapport"
    if workspace.exists():  # made earlier in this run (startup and bundle share it)
        return workspace
    try:
        result = subprocess.run(
            [ctx.python, str(main), "make-demo", str(workspace)],
            cwd=ctx.repo_root,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=ctx.timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"`main.py make-demo` took over {ctx.timeout:.0f} s"
    if result.returncode != 0 or not workspace.exists():
        lines = [t for t in (result.stderr + result.stdout).splitlines() if t.strip()]
        tail = lines[-1].strip() if lines else "no output"
        return f"`main.py make-demo` exited {result.returncode} without a workspace: {tail}"
    return workspace


@benchmark(*FIGURES.values())
def startup(ctx: Context) -> dict[str, Measurement]:
    env = ctx.once("startup.env", lambda: offscreen_env(ctx.workdir / "startup-home"))
    bare = time_lines(
        [ctx.python, str(ctx.repo_root / "bench" / "bare_window.py")],
        [FIRST_PAINT],
        cwd=ctx.repo_root,
        env=env,
        timeout=ctx.timeout,
    )
    bare_s = bare.seen[FIRST_PAINT]
    baseline = None if bare_s is None else bare_s * 1000
    no_baseline = None if bare_s is not None else "bare_window.py: " + bare.failure(FIRST_PAINT)

    demo = ctx.once("startup.demo", lambda: _make_demo(ctx, env))
    if isinstance(demo, str):
        return {
            name: Measurement(None, "ms", baseline, demo, no_baseline) for name in FIGURES.values()
        }

    app = time_lines(
        [ctx.python, str(ctx.repo_root / "main.py"), "--workspace", str(demo), "--startup-probe"],
        list(FIGURES),
        cwd=ctx.repo_root,
        env=env,
        timeout=ctx.timeout,
    )
    figures = {}
    for line, name in FIGURES.items():
        seconds = app.seen[line]
        if seconds is None:
            reason = "main.py: " + app.failure(line)
            figures[name] = Measurement(None, "ms", baseline, reason, no_baseline)
        else:
            figures[name] = Measurement(seconds * 1000, "ms", baseline, None, no_baseline)
    return figures


QUITTING = "rapport-probe quitting"


def _line_to_exit(command: list[str], line: str, ctx: Context, env: dict[str, str]) -> float | str:
    """Seconds from ``line`` on the program's output to the process gone (or why not)."""
    import time

    proc = subprocess.Popen(
        command,
        cwd=ctx.repo_root,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    seen = None
    assert proc.stdout is not None
    for text in proc.stdout:
        if text.startswith(line):
            seen = time.perf_counter()
            break
    if seen is None:
        proc.wait(timeout=ctx.timeout)
        return f"no '{line}' line (exited {proc.returncode})"
    try:
        proc.wait(timeout=ctx.timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        return f"still running {ctx.timeout:.0f} s after '{line}'"
    return time.perf_counter() - seen


@benchmark("startup.quit")
def quitting(ctx: Context) -> dict[str, Measurement]:
    """File ▸ Quit on the demo workspace until the process is gone, against a bare PySide6
    window's own exit (from its first paint, after which it quits at once)."""
    env = ctx.once("startup.env", lambda: offscreen_env(ctx.workdir / "startup-home"))
    bare = _line_to_exit(
        [ctx.python, str(ctx.repo_root / "bench" / "bare_window.py")], FIRST_PAINT, ctx, env
    )
    baseline = bare * 1000 if isinstance(bare, float) else None
    no_baseline = bare if isinstance(bare, str) else None
    demo = ctx.once("startup.demo", lambda: _make_demo(ctx, env))
    if isinstance(demo, str):
        return {"startup.quit": Measurement(None, "ms", baseline, demo, no_baseline)}
    main = [ctx.python, str(ctx.repo_root / "main.py"), "--workspace", str(demo), "--quit-probe"]
    took = _line_to_exit(main, QUITTING, ctx, env)
    if isinstance(took, str):
        return {"startup.quit": Measurement(None, "ms", baseline, took, no_baseline)}
    return {"startup.quit": Measurement(took * 1000, "ms", baseline, None, no_baseline)}
