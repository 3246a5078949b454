"""Errors the domain raises; the UI and CLI turn them into clear messages."""


class DomainError(Exception):
    """A rule of the domain was broken by the request."""


class ValidationError(DomainError):
    """Input that cannot be accepted; ``field`` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(DomainError):
    """The thing asked for does not exist (or no longer does)."""
