"""Concerns through the use cases: recorded, edited, closed, reopened, removed, refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from domain.errors import NotFoundError, ValidationError
from domain.model import Concern, ConcernKind, ConcernSeverity, ConcernStatus, Stakeholder
from domain.usecases.attention import attention_list
from domain.usecases.concerns import (
    close_concern,
    concerns_of,
    delete_concern,
    raise_concern,
    reopen_concern,
    save_concern,
)
from domain.usecases.stakeholders import delete_stakeholder, set_archived

D = date(2026, 9, 1)


def _concern(person: Stakeholder, title: str = "Close slips", **changes: Any) -> Concern:
    assert person.id is not None
    return replace(Concern(person.id, title, D, ConcernKind.COMPLAINT), **changes)


def test_a_concern_is_recorded_cleaned_and_listed_open_first(uow: Any, ada: Stakeholder) -> None:
    closed = raise_concern(
        uow(),
        _concern(ada, "Old", status=ConcernStatus.RESOLVED, closed_on=D, resolution="Fixed\x00 it"),
    )
    late = raise_concern(uow(), _concern(ada, "  Month-end\tclose  ", target_on=date(2026, 9, 5)))
    undated = raise_concern(uow(), _concern(ada, "Licences"))
    assert late.title == "Month-end close" and late.created_at is not None
    assert closed.resolution == "Fixed it"
    assert [c.id for c in concerns_of(uow(), ada.id or 0)] == [late.id, undated.id, closed.id]
    assert late.is_overdue(date(2026, 9, 6)) and not late.is_overdue(date(2026, 9, 5))
    assert not closed.is_overdue(date(2027, 1, 1))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "  "}, "needs a title"),
        ({"target_on": date(2026, 8, 31)}, r"target date \(2026-08-31\) is before"),
        ({"status": ConcernStatus.RESOLVED}, "needs the date it was closed"),
        ({"closed_on": D}, "open concern has no closing date"),
        ({"status": ConcernStatus.WITHDRAWN, "closed_on": date(2026, 1, 1)}, "before it was"),
        ({"title": "x" * 1001}, "1,000"),
    ],
)
def test_bad_concerns_are_refused_and_nothing_is_stored(
    uow: Any, ada: Stakeholder, changes: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        raise_concern(uow(), _concern(ada, **changes))
    assert concerns_of(uow(), ada.id or 0) == []


def test_closing_and_reopening_keep_the_concern(uow: Any, ada: Stakeholder) -> None:
    added = raise_concern(uow(), _concern(ada, target_on=date(2026, 10, 1)))
    assert added.id is not None
    closed = close_concern(uow(), added.id, ConcernStatus.RESOLVED, date(2026, 9, 20), "New SLA")
    assert (closed.status, closed.closed_on, closed.resolution) == (
        ConcernStatus.RESOLVED,
        date(2026, 9, 20),
        "New SLA",
    )
    assert closed.open_on(date(2026, 9, 19)) and not closed.open_on(date(2026, 9, 20))
    with pytest.raises(ValidationError, match="before it was raised"):
        close_concern(uow(), added.id, ConcernStatus.WITHDRAWN, date(2026, 8, 1))
    again = reopen_concern(uow(), added.id)
    assert again.is_open and again.closed_on is None and again.resolution == "New SLA"
    edited = save_concern(uow(), replace(again, severity=ConcernSeverity.HIGH))
    assert concerns_of(uow(), ada.id or 0) == [edited]


def test_a_removed_concern_comes_back_under_its_id(uow: Any, ada: Stakeholder) -> None:
    added = raise_concern(uow(), _concern(ada))
    assert added.id is not None
    delete_concern(uow(), added.id)
    assert concerns_of(uow(), ada.id or 0) == []
    with pytest.raises(NotFoundError):
        save_concern(uow(), added)
    back = raise_concern(uow(), added)
    assert back == added


def test_a_concern_needs_someone_in_the_register(uow: Any, ada: Stakeholder) -> None:
    concern = _concern(ada)
    delete_stakeholder(uow(), ada.id or 0)
    with pytest.raises(NotFoundError, match="no longer in the register"):
        raise_concern(uow(), concern)


def test_needs_attention_lists_open_concerns_overdue_first_without_archived_people(
    uow: Any, ada: Stakeholder, bob: Stakeholder
) -> None:
    today = date(2026, 9, 30)
    raise_concern(uow(), _concern(ada, "Soon", target_on=date(2026, 10, 30)))
    raise_concern(uow(), _concern(ada, "Late", target_on=date(2026, 9, 10)))
    raise_concern(
        uow(), _concern(bob, "Later", target_on=date(2026, 9, 2), severity=ConcernSeverity.LOW)
    )
    raise_concern(uow(), _concern(bob, "Done", status=ConcernStatus.RESOLVED, closed_on=D))
    rows = attention_list(uow(), today=today).concerns
    assert [(r.name, r.concern.title, r.days_overdue) for r in rows] == [
        ("Bob Marley", "Later", 28),
        ("Ada Lovelace", "Late", 20),
        ("Ada Lovelace", "Soon", 0),
    ]
    set_archived(uow(), bob.id or 0, True)
    report = attention_list(uow(), today=today)
    assert [r.concern.title for r in report.concerns] == ["Late", "Soon"]
    assert report.people == {ada.id}
