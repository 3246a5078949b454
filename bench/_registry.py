"""The registry that benchmark modules in bench/ add their benchmarks to.

A benchmark is a function taking a Context and returning one sample of each figure it declares
(a Measurement per figure name). bench/run.py calls it --repeat times and reports medians.

    from _registry import Context, Measurement, benchmark

    @benchmark("widgets.open_dialog")
    def open_dialog(ctx: Context) -> dict[str, Measurement]:
        ...
        return {"widgets.open_dialog": Measurement(12.5, "ms")}
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Measurement:
    """One sample of one figure, optionally with a baseline measured in the same run.

    A figure that cannot be measured (the app lacks a feature yet, say) carries `unavailable`,
    the reason, instead of a value; the harness then stops asking for it.
    """

    value: float | None
    unit: str
    baseline: float | None = None
    unavailable: str | None = None
    baseline_unavailable: str | None = None

    @classmethod
    def missing(cls, unit: str, reason: str) -> Measurement:
        return cls(None, unit, unavailable=reason)


@dataclass
class Context:
    """What a benchmark gets: a scratch folder for the whole run, the time a single step may take
    (seconds), and memoised untimed setup."""

    workdir: Path
    timeout: float = 60.0
    python: str = sys.executable
    repo_root: Path = REPO_ROOT
    #: --quick: smaller, shorter runs to try a benchmark out (not the real figures).
    quick: bool = False
    _once: dict[str, Any] = field(default_factory=dict)

    def once(self, key: str, make: Callable[[], Any]) -> Any:
        """Runs `make` the first time `key` is asked for (untimed setup), then returns its value."""
        if key not in self._once:
            self._once[key] = make()
        return self._once[key]


Benchmark = Callable[[Context], dict[str, Measurement]]


@dataclass(frozen=True)
class Registered:
    figures: tuple[str, ...]
    function: Benchmark


REGISTRY: list[Registered] = []


def benchmark(*figures: str) -> Callable[[Benchmark], Benchmark]:
    """Registers a function that returns one sample of each of `figures` per call."""
    if not figures:
        raise ValueError("a benchmark declares at least one figure name")

    def register(function: Benchmark) -> Benchmark:
        REGISTRY.append(Registered(tuple(figures), function))
        return function

    return register
