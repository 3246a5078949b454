"""A small real workspace for the ratings, charts and attention UI tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from domain.clock import utc_now
from domain.model import (
    Commitment,
    CommitmentDirection,
    Dimension,
    Interaction,
    InteractionKind,
    MaturityLevel,
    Organisation,
    Sentiment,
    Stakeholder,
    StakeholderMap,
)
from domain.usecases.interactions import add_commitment, log_interaction
from domain.usecases.maps import create_map, place_on_map
from domain.usecases.organisations import add_organisation, assess_maturity
from domain.usecases.ratings import rate
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import create_workspace

DAY = timedelta(days=1)


@dataclass(frozen=True)
class Sample:
    path: Path
    now: datetime
    ada: int
    bob: int
    cy: int
    erp: int
    acme: int
    finance: int


def build_sample(path: Path) -> Sample:
    """Ada (trust falling, with notes and interactions), Bob (manage closely, never contacted),
    Cy (an overdue commitment and an attitude gap), organisations with maturity assessments."""
    now = utc_now().replace(microsecond=0)
    workspace = create_workspace(path)
    try:
        uow = workspace.uow
        acme = add_organisation(uow(), Organisation("Acme")).id
        assert acme is not None
        finance = add_organisation(uow(), Organisation("Finance", parent_id=acme)).id
        assert finance is not None
        ada = add_stakeholder(
            uow(), Stakeholder("Ada Lovelace", "CFO", organisation_id=acme, unit_id=finance)
        ).id
        bob = add_stakeholder(uow(), Stakeholder("Bob Marley", "CMO", organisation_id=acme)).id
        cy = add_stakeholder(uow(), Stakeholder("Cy Young", "CIO")).id
        assert ada is not None and bob is not None and cy is not None
        erp = create_map(uow(), StakeholderMap("ERP replacement")).id
        assert erp is not None
        place_on_map(uow(), erp, ada, 7, 8, at=now - 200 * DAY)
        place_on_map(uow(), erp, bob, 9, 9, at=now - 60 * DAY)
        place_on_map(uow(), erp, cy, 2, 3, at=now - 60 * DAY)
        rate(uow(), ada, Dimension.TRUST, 8, at=now - 120 * DAY, note="Kept her word on Q3")
        rate(uow(), ada, Dimension.TRUST, 7, at=now - 60 * DAY)
        rate(uow(), ada, Dimension.TRUST, 4, at=now - 10 * DAY, note="Missed the budget promise")
        rate(uow(), ada, Dimension.INFLUENCE, 6, at=now - 100 * DAY)
        rate(uow(), ada, Dimension.INFLUENCE, 8, at=now - 20 * DAY)
        rate(uow(), bob, Dimension.TRUST, 6, at=now - 50 * DAY)
        rate(uow(), bob, Dimension.INFLUENCE, 9, at=now - 50 * DAY)
        rate(uow(), cy, Dimension.SUPPORT, 1, map_id=erp, at=now - 30 * DAY)
        rate(uow(), cy, Dimension.DESIRED_SUPPORT, 4, map_id=erp, at=now - 30 * DAY)
        for days_ago, kind, sentiment, summary in (
            (90, InteractionKind.MEETING, Sentiment.POSITIVE, "Quarterly review"),
            (12, InteractionKind.CALL, Sentiment.NEGATIVE, "Budget call <b>tense</b>"),
            (3, InteractionKind.MEAL, Sentiment.NEUTRAL, "Lunch"),
        ):
            log_interaction(
                uow(),
                Interaction(now - days_ago * DAY, kind, summary, sentiment, [ada]),
            )
        log_interaction(
            uow(),
            Interaction(now - 5 * DAY, InteractionKind.CALL, "Catch-up", participant_ids=[cy]),
        )
        add_commitment(
            uow(),
            Commitment(
                cy,
                CommitmentDirection.OURS,
                "Send the roadmap",
                due_on=date.today() - timedelta(days=4),
            ),
        )
        assess_maturity(uow(), finance, MaturityLevel.ORDER_TAKER, at=now - 300 * DAY)
        assess_maturity(uow(), finance, MaturityLevel.CONSULTATIVE, at=now - 100 * DAY)
    finally:
        workspace.close()
    return Sample(path, now, ada, bob, cy, erp, acme, finance)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def person_tab(window, title: str) -> QWidget:  # type: ignore[no-untyped-def]
    """Show the person panel's tab called ``title`` (its English title, "Trust & influence": the
    tab may show it translated) and return its (built) page."""
    from ui.translation import tr

    panel = window.person
    shown = tr(title.replace("&", "&&")).replace("&&", "&")
    for index in range(panel.count()):
        if panel.tabText(index).replace("&&", "&") == shown:
            panel.setCurrentIndex(index)
            settle()
            page = panel.widget(index).ensure_built()
            return page
    raise AssertionError(f"no person tab {title!r}")


def open_person_tab[T: QWidget](  # type: ignore[no-untyped-def]
    qtbot, folder: Path, settings, who: str, title: str, kind: type[T]
) -> tuple[Sample, Any, Any, T]:
    """The sample workspace in the main window, showing person ``who`` ("ada", "bob", "cy")
    on their tab ``title``, which must be a ``kind``. Returns (sample, ctx, window, tab)."""
    from tests.ui.conftest import open_main_window

    sample = build_sample(folder / "w.rapport")
    ctx, window = open_main_window(qtbot, sample.path, settings)
    window.show_stakeholder(getattr(sample, who))
    tab = person_tab(window, title)
    assert isinstance(tab, kind)
    return sample, ctx, window, tab


def main_page(window, title: str) -> QWidget:  # type: ignore[no-untyped-def]
    """Show the main page called ``title`` (its English title, the tab may show it translated)
    and return it (built)."""
    window.show_page(title)
    settle()
    return window.lazy_page(title)
