"""The private print system (see print_server.py): started once per test run when CUPS can be had,
and pointed at only for the tests that ask for ``print_server``."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.printing import print_server as cups


@pytest.fixture(scope="session")
def _running_print_server() -> Iterator[cups.PrintServer | str]:
    reason = cups.missing()
    if reason is not None:
        yield reason
        return
    # A short path: a unix socket's path may not exceed 107 bytes.
    root = Path(tempfile.mkdtemp(prefix="rapport-cups-"))
    try:
        server = cups.start(root)
    except RuntimeError as exc:
        yield f"the private CUPS would not start: {exc}"
        return
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def print_server(
    qapp: object, _running_print_server: cups.PrintServer | str
) -> Iterator[cups.PrintServer]:
    """The private CUPS, with this process's libcups (and so Qt) talking to it meanwhile."""
    if isinstance(_running_print_server, str):
        pytest.skip(_running_print_server)
    server = _running_print_server
    cups.point_libcups_at(server.socket)
    try:
        yield server
    finally:
        cups.point_libcups_at(None)
