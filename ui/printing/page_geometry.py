"""Where things go on a printed page, kept inside the printer's printable area.

Office lasers cannot print near the paper's edge (36 pt is a common minimum) and do not scale the
page to fit, so every word sits inside the area the printer says it can print: the margins it
declares, and never less than 12.7 mm (the usual minimum, used too when nothing is known, as for a
PDF that may be printed anywhere later). Only the title band's fill may bleed to the edge.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout

#: 12.7 mm (half an inch) in points: the least margin any word keeps from the paper's edge.
LEAST_MARGIN = 36.0
#: The design's own distances, in points: text from the side edges, and the gap between the
#: running header or footer and the content.
SIDE = 42.0
HEADER_GAP = 20.0
FOOTER_GAP = 14.0
#: Footer: its line of text is this tall, with a rule this far above it.
FOOTER_TEXT = 10.0
FOOTER_RULE = 5.0


@dataclass(frozen=True, slots=True)
class Margins:
    """Printable-area margins in points (what no word may cross)."""

    left: float = LEAST_MARGIN
    top: float = LEAST_MARGIN
    right: float = LEAST_MARGIN
    bottom: float = LEAST_MARGIN

    @classmethod
    def of_layout(cls, layout: QPageLayout) -> Margins:
        """The printer's declared minimum margins, never less than :data:`LEAST_MARGIN`."""
        declared = layout.minimumMargins()
        points = layout.units() == QPageLayout.Unit.Point
        if not points:  # minimumMargins are in the layout's units
            converted = QPageLayout(layout)
            converted.setUnits(QPageLayout.Unit.Point)
            declared = converted.minimumMargins()
        return cls.at_least(declared)

    @classmethod
    def at_least(cls, declared: QMarginsF) -> Margins:
        return cls(
            max(LEAST_MARGIN, declared.left()),
            max(LEAST_MARGIN, declared.top()),
            max(LEAST_MARGIN, declared.right()),
            max(LEAST_MARGIN, declared.bottom()),
        )


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """The sheet's page in points: the text column, the header and footer lines."""

    width: float
    height: float
    safe: Margins

    @property
    def side(self) -> float:
        """Left and right edge of the text column (the same on both sides)."""
        return max(SIDE, self.safe.left, self.safe.right)

    @property
    def column(self) -> float:
        return self.width - 2 * self.side

    @property
    def band_text_top(self) -> float:
        """The first words of the title band (its fill starts at the paper's edge)."""
        return max(26.0, self.safe.top)

    @property
    def header_top(self) -> float:
        """The running header of continuation pages."""
        return self.safe.top

    @property
    def content_top(self) -> float:
        """Where content starts on a continuation page."""
        return self.header_top + HEADER_GAP

    @property
    def footer_text_top(self) -> float:
        return self.height - self.safe.bottom - FOOTER_TEXT

    @property
    def footer_rule(self) -> float:
        return self.footer_text_top - FOOTER_RULE

    @property
    def content_bottom(self) -> float:
        return self.footer_rule - FOOTER_GAP
