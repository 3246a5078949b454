"""The words for the domain's values, in the user's language: the domain keeps its values (and
their English labels, which the JSON, the CLI's machine output and the database use); the UI shows
them through these functions, whose ``tr`` literals pyside6-lupdate collects for translators.

tests/test_translatable_text.py keeps ``quadrant.title`` and ``attitude.label`` out of ui/.
"""

from __future__ import annotations

from domain.model import Attitude
from domain.rules.quadrant import Quadrant
from ui.translation import tr


def quadrant_title(quadrant: Quadrant) -> str:
    """ "Manage closely", … in the user's language."""
    titles = {
        Quadrant.MANAGE_CLOSELY: tr("Manage closely"),
        Quadrant.KEEP_SATISFIED: tr("Keep satisfied"),
        Quadrant.KEEP_INFORMED: tr("Keep informed"),
        Quadrant.MONITOR: tr("Monitor"),
    }
    return titles[quadrant]


def attitude_label(attitude: Attitude) -> str:
    """ "champion", … (lower case, as shown in tables and sentences) in the user's language."""
    labels = {
        Attitude.BLOCKER: tr("blocker"),
        Attitude.CRITIC: tr("critic"),
        Attitude.NEUTRAL: tr("neutral"),
        Attitude.SUPPORTER: tr("supporter"),
        Attitude.CHAMPION: tr("champion"),
    }
    return labels[attitude]
