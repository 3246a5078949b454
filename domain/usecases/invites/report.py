"""One line per plan, in words: what an import would do (or did), or why it does nothing."""

from __future__ import annotations

from datetime import datetime

from domain.model import AttendeeResponse
from domain.usecases.invites.planning import ImportPlan, PlanKind

#: Titles and names quoted in a report are cut to this length (a report line stays readable).
QUOTE_LENGTH = 60

RESPONSE_WORDS = {
    AttendeeResponse.ACCEPTED: "accepted",
    AttendeeResponse.DECLINED: "declined",
    AttendeeResponse.TENTATIVE: "tentatively accepted",
    AttendeeResponse.NONE: "not answered",
}


def short(text: str, length: int = QUOTE_LENGTH) -> str:
    """``text`` on one line, cut with "…" when longer than ``length``."""
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone()
    return f" on {local:%a %d %b %Y, %H:%M}"


def describe(plan: ImportPlan, *, done: bool) -> str:
    """E.g. 'imported “Budget review” on Tue 02 Dec 2025, 10:00 (4 attendees, 1 added)'."""
    invite = plan.invite
    title = f"“{short(invite.title or 'Untitled meeting')}”"
    if plan.kind is PlanKind.REFUSED:
        return f"not imported: {plan.refusal}"
    if plan.kind is PlanKind.ANSWER:
        parts = []
        for answer in plan.answers:
            word = RESPONSE_WORDS[answer.response]
            where = "" if answer.attendee_index is not None else " (not on the meeting: skipped)"
            parts.append(f"{short(answer.name, 40)} {word}{where}")
        verb = "recorded" if done else "would record"
        existing = plan.existing.title if plan.existing else invite.title
        return f"{verb} on “{short(existing)}”: " + "; ".join(parts)
    if plan.kind is PlanKind.CANCEL:
        existing = plan.existing.title if plan.existing else invite.title
        when = _when(plan.existing.start if plan.existing else invite.start)
        return f"{'marked' if done else 'would mark'} “{short(existing)}”{when} as cancelled"
    people = len(plan.matches)
    details = [f"{people} attendee{'s' if people != 1 else ''}"]
    if invite.recurrence:
        details.append("recurring: next occurrence")
    verb = {
        (PlanKind.NEW, True): "imported",
        (PlanKind.NEW, False): "would import",
        (PlanKind.UPDATE, True): "updated",
        (PlanKind.UPDATE, False): "would update",
    }[(plan.kind, done)]
    return f"{verb} {title}{_when(invite.start)} ({', '.join(details)})"
