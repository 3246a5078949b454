"""A contact as another program wrote it down (a vCard, a row of a CSV or XLSX file), read into
plain values: what an import compares with the register and may take from."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from domain.model.photo import Photo


class ContactField(StrEnum):
    """What a column of a contacts table may hold (the column-mapping step offers these)."""

    IGNORE = "(ignore)"
    FULL_NAME = "full name"
    FIRST_NAME = "first name"
    MIDDLE_NAME = "middle name"
    LAST_NAME = "last name"
    EMAIL = "e-mail"
    PHONE = "phone"
    ORGANISATION = "organisation"
    UNIT = "unit"
    JOB_TITLE = "job title"
    NOTES = "notes"
    TAGS = "tags"


@dataclass(frozen=True, slots=True)
class ContactCard:
    name: str
    job_title: str = ""
    organisation: str = ""
    #: The units below the organisation, outermost first ("North Division", "Marketing").
    units: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    notes: str = ""
    photo: Photo | None = None
    #: Where it was in its file, for messages: "card 12", "row 7".
    source: str = ""
    #: Why it cannot be imported ("" when it can): shown as the reason it is skipped.
    problem: str = ""


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which field each column of a table holds, by column position."""

    fields: tuple[ContactField, ...]

    def columns_of(self, wanted: ContactField) -> list[int]:
        return [i for i, f in enumerate(self.fields) if f == wanted]

    @property
    def names_someone(self) -> bool:
        """Whether a row can give a name at all (a full name, or a first or last name)."""
        return any(
            f in (ContactField.FULL_NAME, ContactField.FIRST_NAME, ContactField.LAST_NAME)
            for f in self.fields
        )


@dataclass(slots=True)
class ContactFile:
    """What one file held: its cards and what kind of file it turned out to be."""

    name: str
    kind: str
    cards: list[ContactCard] = field(default_factory=list)
