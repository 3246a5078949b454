"""Errors the domain raises; the UI and CLI turn them into clear messages."""

from __future__ import annotations

from datetime import datetime


class DomainError(Exception):
    """A rule of the domain was broken by the request."""


class ValidationError(DomainError):
    """Input that cannot be accepted; ``field`` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(DomainError):
    """The thing asked for does not exist (or no longer does)."""


class ConcurrentChangeError(DomainError):
    """Someone else changed the record since this change was prepared from it: saving would
    overwrite their change. ``changed_by`` (a login, "" when unknown) and ``changed_at`` say who
    and when; ``version`` is the record's version now (a retry made from it overwrites theirs).
    """

    def __init__(
        self,
        what: str,
        changed_by: str,
        changed_at: datetime | None,
        version: int,
        *,
        undoing: bool = False,
    ) -> None:
        who = changed_by or "someone"
        when = f" at {changed_at:%Y-%m-%d %H:%M} UTC" if changed_at is not None else ""
        if undoing:
            message = (
                f"{who} changed {what}{when}, after your change; undoing yours would overwrite "
                "theirs, so it was not undone."
            )
        else:
            message = f"{who} changed {what}{when}, after you opened it."
        super().__init__(message)
        self.what = what
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.version = version
        self.undoing = undoing
