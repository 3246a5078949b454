"""A stakeholder: a person whose relationship the user manages."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from domain.model.revision import Revision


class Relation(StrEnum):
    """How a person relates to the organisation; stored as text, so new values can be added."""

    BUSINESS_UNIT = "business unit"
    EXECUTIVE = "executive"
    IT = "IT"
    VENDOR = "vendor"
    CUSTOMER = "customer"
    PARTNER = "partner"
    REGULATOR = "regulator"


#: Titles before a name, left out when sorting by name or taking initials.
HONORIFICS = frozenset(
    {"dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "lord", "lady"}
)


def without_honorific(name: str) -> str:
    """The name without the titles before it: "Dr. Katrin Vogel" → "Katrin Vogel" (a name that
    is only a title stays as it is)."""
    words = name.split()
    start = 0
    while start < len(words) - 1 and words[start].rstrip(".").casefold() in HONORIFICS:
        start += 1
    return " ".join(words[start:]) if start else name.strip()


@dataclass(slots=True)
class Stakeholder:
    name: str
    job_title: str = ""
    organisation_id: int | None = None
    unit_id: int | None = None
    #: One of :class:`Relation`'s values or any other label the user types.
    relation: str = Relation.BUSINESS_UNIT.value
    email: str = ""
    phone: str = ""
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    #: "How to handle them": free text shown on prep sheets.
    communication_preferences: str = ""
    archived: bool = False
    id: int | None = None
    #: E-mail addresses and phone numbers beyond ``email`` and ``phone`` (an imported card or a
    #: merged duplicate brought them), kept in the order they came.
    other_emails: list[str] = field(default_factory=list)
    other_phones: list[str] = field(default_factory=list)
    #: The team member who looks after this relationship (their login; None: nobody yet).
    owner: str | None = None
    #: Who last changed it, when, and its version (None: not stored yet).
    revision: Revision | None = field(default=None, compare=False)

    @property
    def emails(self) -> list[str]:
        """Every e-mail address, the main one first."""
        return [e for e in (self.email, *self.other_emails) if e]

    @property
    def phones(self) -> list[str]:
        return [p for p in (self.phone, *self.other_phones) if p]

    @property
    def initials(self) -> str:
        named = without_honorific(self.name)
        parts = [p for p in named.replace("-", " ").split() if p[:1].isalpha()]
        if not parts:
            return "?"
        if len(parts) == 1:
            return parts[0][:2].upper()
        return (parts[0][0] + parts[-1][0]).upper()
