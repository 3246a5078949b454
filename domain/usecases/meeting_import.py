"""Turning calendar invites into meetings: the public face of ``domain.usecases.invites``.

The invite arrives as plain data (:class:`CalendarInvite`, produced by the iCalendar reader in
persistence). :func:`plan_import` decides what it does (a new meeting, an update of an earlier
import, an attendee's answer, a cancellation, or nothing and why); :func:`apply_imports` stores the
plans in one transaction, so a refused import leaves nothing behind. The pieces live in
``domain/usecases/invites/``, one idea per module.
"""

from __future__ import annotations

from domain.usecases.invites.agenda import agenda_from_description, place_of
from domain.usecases.invites.invite import (
    CalendarInvite,
    InviteAttendee,
    InviteMethod,
    InviteRole,
)
from domain.usecases.invites.names import (
    display_name,
    flip_last_first,
    looks_like_name,
    name_from_email,
    normalised_name,
)
from domain.usecases.invites.planning import (
    Answer,
    AttendeeMatch,
    ImportPlan,
    InviteIndex,
    MatchedBy,
    PlanKind,
    plan_import,
    plan_imports,
    role_of,
)
from domain.usecases.invites.report import describe
from domain.usecases.invites.storing import (
    ImportResult,
    apply_import,
    apply_imports,
    redo_imports,
    undo_imports,
    validate_meeting,
)

__all__ = [
    "Answer",
    "AttendeeMatch",
    "CalendarInvite",
    "ImportPlan",
    "ImportResult",
    "InviteAttendee",
    "InviteIndex",
    "InviteMethod",
    "InviteRole",
    "MatchedBy",
    "PlanKind",
    "agenda_from_description",
    "apply_import",
    "apply_imports",
    "describe",
    "display_name",
    "flip_last_first",
    "looks_like_name",
    "name_from_email",
    "normalised_name",
    "place_of",
    "plan_import",
    "plan_imports",
    "redo_imports",
    "role_of",
    "undo_imports",
    "validate_meeting",
]
