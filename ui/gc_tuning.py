"""The garbage collector, tuned for a long-running desktop app.

Start-up builds some 100,000 long-lived objects (modules, Qt wrappers, matplotlib), and every full
collection walks all of them again: about 45 ms on the GUI thread each time, which the user feels
as a stall while dragging on the grid, and which made building the attention list of a big
workspace half as slow again. Once the first workspace is open they are moved out of the
collector's sight; objects made later are collected as usual, and frozen ones are still freed
when no longer referenced (only a reference cycle among them would now be kept).

The young-generation threshold goes from 700 to 5,000 allocations: building a view of a big
workspace (tens of thousands of rows) otherwise runs the collector some 150 times, each pass
walking every row built so far and finding nothing to free.
"""

from __future__ import annotations

import gc

#: Allocations between two young-generation collections (CPython's default is 700).
YOUNG_THRESHOLD = 5_000


def tune_collector() -> None:
    """Collect what start-up left behind, exempt everything alive from future collections, and
    collect the young generation less often."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def refreeze_after_switch() -> None:
    """After another workspace replaced the first one: let the collector free what was frozen
    with the first (its engine, its rows), then freeze what is alive now. Nothing to do when
    nothing was frozen (tests, commands)."""
    if gc.get_freeze_count() == 0:
        return
    gc.unfreeze()
    gc.collect()
    gc.freeze()
