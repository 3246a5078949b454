"""What a printed PDF holds, read with poppler's own tools (as a print pipeline's output would be).

pages = read_words(path)      # each page's size and every word with its box, in points
fonts(path)                   # the fonts the file uses (none when pages became pictures)
grey_page(path, 1)            # page 1 rendered in grey, as rows of 0–255 values
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>'
)


@dataclass(frozen=True, slots=True)
class Word:
    left: float
    top: float
    right: float
    bottom: float
    text: str


@dataclass(frozen=True, slots=True)
class PdfPage:
    width: float
    height: float
    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    def outside(self, margin: float) -> list[Word]:
        """Words that come closer than ``margin`` points to an edge of the paper."""
        slack = 0.5  # rounding of the extracted boxes
        return [
            w
            for w in self.words
            if w.left < margin - slack
            or w.top < margin - slack
            or w.right > self.width - margin + slack
            or w.bottom > self.height - margin + slack
        ]


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed; scripts/test installs it")
    return found


def read_words(path: Path) -> list[PdfPage]:
    out = subprocess.run(
        [poppler("pdftotext"), "-bbox", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    pages = []
    for width, height, body in _PAGE.findall(out):
        words = [
            Word(float(a), float(b), float(c), float(d), unescape(t))
            for a, b, c, d, t in _WORD.findall(body)
        ]
        pages.append(PdfPage(float(width), float(height), words))
    return pages


def fonts(path: Path) -> list[str]:
    out = subprocess.run(
        [poppler("pdffonts"), str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return [line.split()[0] for line in out.splitlines()[2:] if line.strip()]


def images(path: Path) -> int:
    out = subprocess.run(
        [poppler("pdfimages"), "-list", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return len(out.splitlines()[2:])


def grey_page(path: Path, page: int, dpi: int = 36) -> list[list[int]]:
    """Page ``page`` (1-based) rendered in grey levels, as a grey-scale laser would print it."""
    data = subprocess.run(
        [poppler("pdftoppm"), "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), str(path)],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    # A binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    assert header is not None, "pdftoppm did not write a PGM"
    width, height = int(header.group(1)), int(header.group(2))
    pixels = data[header.end() :]
    return [list(pixels[row * width : (row + 1) * width]) for row in range(height)]


def ink_near_edges(path: Path, page: int, margin: float) -> list[tuple[int, int]]:
    """Pixels (x, y in points) of page ``page`` that carry ink within ``margin`` of an edge.

    Only a fill that bleeds off the paper may reach there (the title band): such a row is one even
    tone from the paper's edge inwards, so a pixel counts as ink when it is neither white nor the
    tone at the row's edge. A word, a rule ending near the edge or a picture there is ink. Works on
    any PDF, also one whose text cannot be extracted (PostScript turned back into PDF).
    """
    rows = grey_page(path, page, dpi=72)
    edge = round(margin) - 1  # one point of slack for anti-aliasing
    found = []
    for y, row in enumerate(rows):
        width = len(row)
        near = y < edge or y >= len(rows) - edge
        columns = range(width) if near else [*range(edge), *range(width - edge, width)]
        left, right = row[0], row[-1]
        for x in columns:
            value = row[x]
            if value >= 250:
                continue
            bleed = left if x < width / 2 else right
            if abs(value - bleed) <= 6:
                continue
            found.append((x, y))
    return found
