"""How long the demo workspace takes to build (the first thing a newcomer waits for)."""

from __future__ import annotations

import sys
import time

from _registry import Context, Measurement, benchmark


@benchmark("demo.build")
def build_demo(ctx: Context) -> dict[str, Measurement]:
    sys.path.insert(0, str(ctx.repo_root))
    from persistence.demo import build_demo_workspace

    path = ctx.workdir / f"demo-{time.perf_counter_ns()}.rapport"
    started = time.perf_counter()
    build_demo_workspace(path)
    took = (time.perf_counter() - started) * 1000
    return {"demo.build": Measurement(took, "ms")}
