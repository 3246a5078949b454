"""A password's SCRAM-SHA-256 verifier, computed here so that the password itself never
reaches the server (nor its statement log), as psql's ``\\password`` does (RFC 5802, 7677).

PostgreSQL stores a verifier given as ``PASSWORD 'SCRAM-SHA-256$…'`` as it is. The password is
normalised with SASLprep (RFC 4013) first, as libpq does when logging in; one SASLprep refuses
is used as it is, again as PostgreSQL does.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import stringprep
import unicodedata

#: PostgreSQL's default (scram_iterations).
ITERATIONS = 4096


def scram_verifier(
    password: str, *, salt: bytes | None = None, iterations: int = ITERATIONS
) -> str:
    """``SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`` for ``password``."""
    salt = os.urandom(16) if salt is None else salt
    salted = hashlib.pbkdf2_hmac("sha256", saslprep(password).encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    return f"SCRAM-SHA-256${iterations}:{_b64(salt)}${_b64(stored_key)}:{_b64(server_key)}"


def saslprep(password: str) -> str:
    """RFC 4013's SASLprep of ``password``; ``password`` unchanged where SASLprep refuses it."""
    if password.isascii() and password.isprintable():
        return password
    mapped = "".join(
        " " if stringprep.in_table_c12(ch) else ch
        for ch in password
        if not stringprep.in_table_b1(ch)
    )
    normal = unicodedata.normalize("NFKC", mapped)
    prohibited = (
        stringprep.in_table_c12,
        stringprep.in_table_c21_c22,
        stringprep.in_table_c3,
        stringprep.in_table_c4,
        stringprep.in_table_c5,
        stringprep.in_table_c6,
        stringprep.in_table_c7,
        stringprep.in_table_c8,
        stringprep.in_table_c9,
        stringprep.in_table_a1,
    )
    if any(check(ch) for ch in normal for check in prohibited):
        return password
    # Right-to-left text must begin and end so, and hold no left-to-right characters.
    right_to_left = any(stringprep.in_table_d1(ch) for ch in normal)
    if right_to_left and (
        any(stringprep.in_table_d2(ch) for ch in normal)
        or not (stringprep.in_table_d1(normal[0]) and stringprep.in_table_d1(normal[-1]))
    ):
        return password
    return normal


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
