"""What several commands share: argument types for printing options, and the one way a command
says it failed (a line on stderr starting "rapport:", and its exit code)."""

from __future__ import annotations

import argparse
import sys


def page_size(value: str) -> str:
    """An argparse type: A4 or Letter, in any case."""
    if value.strip().casefold() not in ("a4", "letter"):
        raise argparse.ArgumentTypeError(f"“{value}” is not a page size: use A4 or Letter")
    return "Letter" if value.strip().casefold() == "letter" else "A4"


def copies(value: str) -> int:
    """An argparse type: a number of copies from 1 to 99."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= 99:
        raise argparse.ArgumentTypeError(f"“{value}” is not a number of copies from 1 to 99")
    return number


def fail(message: str, code: int = 2) -> int:
    """Says ``message`` on stderr as the command's failure and returns ``code`` to exit with."""
    print(f"rapport: {message}", file=sys.stderr)
    return code
