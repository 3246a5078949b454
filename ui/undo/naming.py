"""Undo labels name whom a change touched: "Undo Move Fatima El-Amrani", not "1 person"."""

from __future__ import annotations

from collections.abc import Sequence


def who(names: Sequence[str], count: int | None = None) -> str:
    """ "Ada Lovelace", "Ada Lovelace and Bob Marley", "Ada Lovelace and 3 others"; without
    names, "1 person" or "4 people"."""
    count = len(names) if count is None else count
    if not names or len(names) != count:
        return "1 person" if count == 1 else f"{count} people"
    if count == 1:
        return names[0]
    if count == 2:
        return f"{names[0]} and {names[1]}"
    return f"{names[0]} and {count - 1} others"
