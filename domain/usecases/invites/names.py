"""Names as invites write them: directory display names ("Lovelace, Ada"), quoted names, names
made from an e-mail address, and names compared without case, accents or punctuation.

Only a directory display name (an invite's CN, which Exchange, Outlook and Notes fill from the
address book as "Last, First") is ever turned round, and only when both parts look like a
person's name: "acme, ädmin", "ACME, Inc." or "=SUM(A1, B1)" stay as they were written.
"""

from __future__ import annotations

import re
import unicodedata

#: Longest name kept from an invite; a longer one is cut (a name is not a document).
MAX_NAME_LENGTH = 120

#: Lower-case words that start surnames ("van Rossum, Guido", "de la Cruz, Ana").
_PARTICLES = frozenset(
    [
        "al",
        "bin",
        "da",
        "das",
        "de",
        "del",
        "della",
        "den",
        "der",
        "di",
        "do",
        "dos",
        "du",
        "el",
        "ibn",
        "la",
        "le",
        "ten",
        "ter",
        "van",
        "von",
        "y",
        "zu",
    ]
)
#: Words that make "Last, First" a company, not a person ("Acme, Inc.").
_COMPANY_WORDS = frozenset(
    [
        "ab",
        "ag",
        "as",
        "bv",
        "co",
        "corp",
        "corporation",
        "gmbh",
        "group",
        "inc",
        "kg",
        "limited",
        "llc",
        "llp",
        "ltd",
        "nv",
        "oy",
        "plc",
        "pty",
        "sa",
        "sarl",
        "sas",
        "spa",
        "srl",
    ]
)
_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’.\-])*$")


def looks_like_name(text: str) -> bool:
    """True for one to four words made of letters (and ' - .), each starting with a capital
    (surname particles such as "van" or "de" aside), none of them a company form."""
    words = text.split()
    if not 1 <= len(words) <= 4:
        return False
    capitalised = False
    for word in words:
        if len(word) > 40 or not _WORD.match(word):
            return False
        if word.rstrip(".").casefold() in _COMPANY_WORDS:
            return False
        if word[0].isupper():
            capitalised = True
        elif word not in _PARTICLES:
            return False
    return capitalised


def flip_last_first(display: str) -> str:
    """A directory's "Last, First" as "First Last"; anything else unchanged (spaces tidied).

    Call it only on text the source says is a display name (an invite's CN).
    """
    text = " ".join(display.split())
    if text.count(",") != 1:
        return text
    last, first = (part.strip() for part in text.split(","))
    if looks_like_name(last) and looks_like_name(first):
        return f"{first} {last}"
    return text


#: Lotus Notes writes hierarchical names: "Kowalski, Jan/PL/Fabrikam" (name/unit/organisation).
_NOTES_HIERARCHY = re.compile(r"^([^/]+?)(?:/[\w.&-]+){1,4}$")


def display_name(name: str) -> str:
    """An invite's CN as people write it: surrounding quotes and a Notes hierarchy
    ("/PL/Fabrikam") go, a directory's "Lovelace, Ada" turns round."""
    text = " ".join(name.split()).strip("\"'").strip()
    hierarchy = _NOTES_HIERARCHY.match(text)
    person = hierarchy.group(1) if hierarchy else ""
    if " " in person and looks_like_name(person.replace(",", " ")):
        text = person.strip()
    return flip_last_first(text)


def normalised_name(name: str) -> str:
    """A name for comparison: "Adá  LOVELACE" and "ada lovelace" agree (never turned round)."""
    text = unicodedata.normalize("NFKD", name.strip().strip("\"'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s-]", " ", text).casefold().split())


def name_from_email(email: str) -> str:
    """ "jane.doe@example.com" → "Jane Doe" (for attendees the invite names by address only)."""
    local = email.split("@", 1)[0]
    parts = [p for p in re.split(r"[._+-]+", local) if p]
    return " ".join(p[:1].upper() + p[1:] for p in parts) or email
