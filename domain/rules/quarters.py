"""Calendar quarters: "2026Q4" read and written, their first and last days, the one before."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from domain.errors import ValidationError

_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]([1-4])\s*$|^\s*[Qq]([1-4])\s*[- ]?\s*(\d{4})\s*$")


@dataclass(frozen=True, slots=True, order=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """ "2026Q4", "2026-Q4", "2026q4" or "Q4 2026"; anything else is refused saying so."""
        found = _QUARTER.match(text)
        if found is None:
            raise ValidationError(f"“{text}” is not a quarter like 2026Q4.", field="quarter")
        year, number = (found[1], found[2]) if found[1] else (found[4], found[3])
        if not 1900 <= int(year) <= 9998:
            raise ValidationError(f"“{text}” is not a quarter like 2026Q4.", field="quarter")
        return cls(int(year), int(number))

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        return self.next.first_day - timedelta(days=1)

    @property
    def previous(self) -> Quarter:
        return (
            Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)
        )

    @property
    def next(self) -> Quarter:
        return (
            Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)
        )

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"

    @property
    def label(self) -> str:
        """ "Q4 2026" as a title shows it."""
        return f"Q{self.number} {self.year}"
