"""The parts of an invite that become a meeting's text: its agenda and its place."""

from __future__ import annotations

import re

from domain.usecases.invites.invite import CalendarInvite

_BOILERPLATE = re.compile(
    r"^\s*(?:_{20,}|-::~[:~]+::-|Microsoft Teams (?:meeting|Need help\?)|"
    r"Join with Google Meet|Join Zoom Meeting)",
    re.MULTILINE,
)


def agenda_from_description(description: str) -> str:
    """The invite's own text, without the joining instructions calendars append to it."""
    text = description.replace("\r\n", "\n").replace("\r", "\n")
    cut = _BOILERPLATE.search(text)
    if cut:
        text = text[: cut.start()]
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def place_of(invite: CalendarInvite) -> str:
    """The location on one line (address lines joined by commas), else the video-call link."""
    location = ", ".join(" ".join(line.split()) for line in invite.location.splitlines())
    location = ", ".join(part for part in location.split(", ") if part)
    if location:
        return location
    return invite.conference_url
