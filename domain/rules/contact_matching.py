"""When an incoming contact and a person in the register are the same, and how names and
organisations are compared forgivingly ("Contoso, Ltd." is "Contoso Ltd"; "Dr. Zoë Núñez" is
"zoe nunez"). Fuzzy name scores come from rapidfuzz (token order does not matter)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from domain.model.stakeholder import without_honorific

#: Two names at the same organisation scoring at least this (0–100) are taken as one person.
SIMILAR_NAME_SCORE = 88.0
#: Legal forms left out when comparing organisation names.
_LEGAL_FORMS = frozenset(
    {
        "ltd",
        "limited",
        "inc",
        "incorporated",
        "llc",
        "llp",
        "plc",
        "corp",
        "corporation",
        "co",
        "company",
        "gmbh",
        "ag",
        "kg",
        "sa",
        "sas",
        "sarl",
        "bv",
        "nv",
        "ab",
        "as",
        "oy",
        "spa",
        "srl",
        "pty",
        "pte",
        "lp",
        "kk",
    }
)
_NOT_WORD = re.compile(r"[^\w]+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _plain(text: str) -> str:
    """Case-folded, accents taken off, punctuation as spaces, spaces single."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", stripped.replace("&", " and ")).split())


def name_key(name: str) -> str:
    return _plain(without_honorific(name))


@lru_cache(maxsize=4096)
def organisation_key(name: str) -> str:
    words = _plain(name).split()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    if len(words) > 1 and words[0] == "the":
        words.pop(0)
    return " ".join(words)


def email_key(email: str) -> str:
    return email.strip().casefold()


def phone_key(phone: str) -> str:
    """The last nine digits: "+44 20 7946 0000" and "020 7946 0000" are one number."""
    digits = "".join(c for c in phone if c.isdigit())
    return digits[-9:]


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def name_score(a: str, b: str) -> float:
    """How alike two (already keyed) names are, 0–100, ignoring word order."""
    return float(fuzz.token_sort_ratio(a, b))
