"""A person's photo, as a contact card brought it (the bytes of a JPEG, PNG or GIF)."""

from __future__ import annotations

from dataclasses import dataclass

#: Image kinds a photo may be, by the bytes they start with.
_SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def image_type(data: bytes) -> str | None:
    """The image's media type from its first bytes (None: not an image Rapport shows)."""
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    return None


@dataclass(frozen=True, slots=True)
class Photo:
    data: bytes
    #: "image/jpeg", "image/png" or "image/gif".
    mime: str
