"""The garbage collector, tuned for a long-running desktop app.

Start-up builds some 100,000 long-lived objects (modules, Qt wrappers, matplotlib), and every full
collection walks all of them again: about 50 ms on the GUI thread each time, which the user feels
as a stall while dragging on the grid, and which more than doubled the time to build the attention
list of a big workspace. Once the first workspace is open they are moved out of the collector's
sight; objects made later are collected as usual, and frozen ones are still freed when no longer
referenced (only a reference cycle among them would now be kept).
"""

from __future__ import annotations

import gc


def freeze_startup_objects() -> None:
    """Collect what start-up left behind, then exempt everything alive from future collections."""
    gc.collect()
    gc.freeze()
