"""Reading what a user types in a quick-entry field (plain Python, no widgets)."""

from __future__ import annotations

import pytest

from domain.model import Dimension
from ui.ratings.labels import EntryError, QuickEntry, format_change, format_value, parse_entry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7", QuickEntry(7.0, "")),
        ("6.5 missed the budget promise", QuickEntry(6.5, "missed the budget promise")),
        ("7,5", QuickEntry(7.5, "")),
        ("7, kept her word", QuickEntry(7.0, "kept her word")),
        ("7/10 great workshop", QuickEntry(7.0, "great workshop")),
        ("  10 — champion of the cause ", QuickEntry(10.0, "champion of the cause")),
        ("0", QuickEntry(0.0, "")),
    ],
)
def test_numbers_then_a_note(text: str, expected: QuickEntry) -> None:
    assert parse_entry(Dimension.TRUST, text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "Type a value"), ("11", "from 0 to 10"), ("-1", "from 0 to 10"), ("high", "number")],
)
def test_what_is_refused_and_why(text: str, message: str) -> None:
    with pytest.raises(EntryError, match=message):
        parse_entry(Dimension.INFLUENCE, text)


def test_attitudes_by_word_prefix_or_number() -> None:
    assert parse_entry(Dimension.SUPPORT, "supporter") == QuickEntry(3.0, "")
    assert parse_entry(Dimension.SUPPORT, "Bl: vetoed the budget") == QuickEntry(
        0.0, "vetoed the budget"
    )
    assert parse_entry(Dimension.DESIRED_SUPPORT, "4 by Q3") == QuickEntry(4.0, "by Q3")
    with pytest.raises(EntryError, match="not an attitude"):
        parse_entry(Dimension.SUPPORT, "c cold since the reorg")  # critic or champion?
    with pytest.raises(EntryError, match="from 0 to 4"):
        parse_entry(Dimension.SUPPORT, "7")


def test_values_and_changes_read_naturally() -> None:
    assert format_value(Dimension.TRUST, 7.0) == "7.0"
    assert format_value(Dimension.TRUST, 6.5) == "6.5"
    assert format_value(Dimension.SUPPORT, 3) == "supporter"
    assert format_value(Dimension.TRUST, None) == "—"
    assert format_change(Dimension.TRUST, 7, 4.5) == "▼ 2.5"
    assert format_change(Dimension.TRUST, None, 4.5) == ""
    assert format_change(Dimension.SUPPORT, 1, 3) == "▲ was critic"
