"""Which contact field a column holds, from its heading: the known exports (LinkedIn, Outlook,
Google Contacts) and a guess for any other table, which the user confirms or corrects."""

from __future__ import annotations

import re

from domain.model import ColumnMapping, ContactField

F = ContactField

#: Headings (case-folded) and what they hold, in the spellings the big exporters use.
_HEADINGS: dict[str, ContactField] = {
    **dict.fromkeys(("name", "full name", "display name", "contact name", "fn"), F.FULL_NAME),
    **dict.fromkeys(
        ("first name", "given name", "firstname", "first", "forename", "vorname", "prénom"),
        F.FIRST_NAME,
    ),
    **dict.fromkeys(("middle name", "additional name", "middle"), F.MIDDLE_NAME),
    **dict.fromkeys(
        ("last name", "family name", "surname", "lastname", "last", "nachname", "nom"),
        F.LAST_NAME,
    ),
    **dict.fromkeys(
        (
            "company",
            "organization",
            "organisation",
            "organization 1 - name",
            "organization name",
            "employer",
            "firma",
            "account",
        ),
        F.ORGANISATION,
    ),
    **dict.fromkeys(
        (
            "department",
            "organization 1 - department",
            "organization department",
            "unit",
            "division",
            "abteilung",
        ),
        F.UNIT,
    ),
    **dict.fromkeys(
        (
            "job title",
            "position",
            "title",
            "role",
            "job",
            "organization 1 - title",
            "organization title",
            "function",
        ),
        F.JOB_TITLE,
    ),
    **dict.fromkeys(("notes", "note", "comments", "comment", "description"), F.NOTES),
    **dict.fromkeys(
        ("categories", "labels", "group membership", "tags", "groups", "category", "tag"),
        F.TAGS,
    ),
}
_EMAIL = re.compile(r"^(work |home |other |business )?e-?mails?( \d)?( address| - value)?$")
_PHONE = re.compile(
    r"^(business |home |mobile |primary |company main |other |car |work |cell )?"
    r"(phone|telephone|mobile|cell|tel)s?( \d)?( number| - value)?$"
)


def heading_field(heading: str) -> ContactField:
    key = " ".join(heading.strip().casefold().split())
    if key in _HEADINGS:
        return _HEADINGS[key]
    if _EMAIL.match(key):
        return F.EMAIL
    if _PHONE.match(key):
        return F.PHONE
    return F.IGNORE


def guess_mapping(header: list[str]) -> ColumnMapping:
    """Each column's field by its heading; unknown headings are ignored."""
    return ColumnMapping(tuple(heading_field(h) for h in header))


def known_format(header: list[str]) -> tuple[str, ColumnMapping] | None:
    """The exporter that wrote a table with this header, and its mapping (None: unknown)."""
    keys = {" ".join(h.strip().casefold().split()) for h in header}
    if {"name", "e-mail", "relation", "last contact"} <= keys:
        return "Rapport contacts", guess_mapping(header)
    if {"first name", "last name", "connected on"} <= keys:
        return "LinkedIn connections", guess_mapping(header)
    if ("given name" in keys and "group membership" in keys) or (
        {"first name", "labels"} <= keys and "e-mail 1 - value" in keys
    ):
        return "Google Contacts", guess_mapping(header)
    if {"first name", "last name", "e-mail address"} <= keys and keys & {
        "categories",
        "business phone",
        "mobile phone",
        "job title",
    }:
        # Outlook's "Title" is the one before a name (Dr., Ms.): its "Job Title" is the job.
        fields = tuple(
            F.IGNORE if h.strip().casefold() == "title" else heading_field(h) for h in header
        )
        return "Outlook contacts", ColumnMapping(fields)
    return None


def header_key(header: list[str]) -> str:
    """The same text for the same header (how a mapping the user chose is remembered)."""
    return "|".join(" ".join(h.casefold().split()) for h in header)
