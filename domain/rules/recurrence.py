"""A meeting's repeat rule (an iCalendar RRULE) in words: "every week on Tuesday until 29 Dec 2026".

Only what a reader needs at a glance; a rule with parts this does not word is described as
"repeats" with its rhythm, never wrongly.
"""

from __future__ import annotations

import contextlib
from datetime import datetime

_DAYS = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
_UNITS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}


def _parts(rule: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for piece in rule.split(";"):
        key, _, value = piece.partition("=")
        if key and value:
            parts[key.strip().upper()] = value.strip().upper()
    return parts


def _day(code: str) -> str:
    code = code.strip()
    name = _DAYS.get(code[-2:], "")
    number = code[:-2]
    if not name:
        return ""
    if not number:
        return name
    try:
        ordinal = _ORDINALS.get(int(number), "")
    except ValueError:
        return ""
    return f"the {ordinal} {name}" if ordinal else ""


def _joined(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def describe_recurrence(rule: str) -> str:
    """The rule in words; "" for no rule."""
    if not rule.strip():
        return ""
    parts = _parts(rule)
    unit = _UNITS.get(parts.get("FREQ", ""))
    if unit is None:
        return "repeats"
    try:
        interval = int(parts.get("INTERVAL", "1"))
    except ValueError:
        interval = 1
    text = f"every {unit}" if interval <= 1 else f"every {interval} {unit}s"
    days = [_day(code) for code in parts.get("BYDAY", "").split(",") if code]
    if days and all(days):
        text += " on " + _joined(days)
    elif "BYMONTHDAY" in parts and parts["BYMONTHDAY"].isdigit():
        text += f" on day {int(parts['BYMONTHDAY'])}"
    if "COUNT" in parts and parts["COUNT"].isdigit():
        text += f", {int(parts['COUNT'])} times"
    until = parts.get("UNTIL", "")
    if len(until) >= 8 and until[:8].isdigit():
        with contextlib.suppress(ValueError):
            text += f" until {datetime.strptime(until[:8], '%Y%m%d'):%d %b %Y}"
    return text
