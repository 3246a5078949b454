"""Building small calendar texts for tests: one event with the given lines."""

from __future__ import annotations


def calendar(*event_lines: str, method: str = "REQUEST", events: int = 1) -> str:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rapport tests//EN", f"METHOD:{method}"]
    body: list[str] = []
    for n in range(events):
        body += ["BEGIN:VEVENT", f"UID:test-{n}@example.com", *event_lines, "END:VEVENT"]
    return "\r\n".join([*head, *body, "END:VCALENDAR"]) + "\r\n"


def event(*extra: str, start: str = "DTSTART:20251205T090000Z") -> str:
    return calendar(start, "DTEND:20251205T100000Z", "SUMMARY:Budget review", *extra)
