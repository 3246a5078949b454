"""No user or outside text is ever rendered as markup (issue 11, item 1).

Every field a user can write, and every field of an imported invite, holds an HTML and image
payload. The real main window walks through every page, every person and every person tab, the
meetings and the invite import dialog; every label, tooltip (widget, item, model role, map marker,
chart hover), header, combo item and message box shown is checked: if Qt would render it as rich
text, the payload must be in it escaped, never as live markup. matplotlib texts holding a name
must not be read as mathematics. (The image source is a file that does not exist: if the check
fails, nothing is loaded; with ``/dev/zero`` a failing app would abort.)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from matplotlib import cbook
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLabel,
    QMessageBox,
    QTabBar,
    QWidget,
)

from domain.model import (
    AttendeeRole,
    Commitment,
    CommitmentDirection,
    Dimension,
    Interaction,
    InteractionKind,
    MaturityLevel,
    Meeting,
    MeetingAttendee,
    Organisation,
    Stakeholder,
    StakeholderMap,
)
from domain.usecases.influence import link
from domain.usecases.interactions import add_commitment, log_interaction
from domain.usecases.maps import create_map, place_on_map
from domain.usecases.meetings import plan_meeting
from domain.usecases.organisations import add_organisation, assess_maturity
from domain.usecases.ratings import rate
from domain.usecases.stakeholders import add_stakeholder
from persistence.workspace import create_workspace
from tests.ui.conftest import open_main_window
from tests.ui.ratings.support import settle
from ui.charts.canvas import ChartCanvas
from ui.grid.map_page import MapPage
from ui.meetings.import_dialog import ImportInviteDialog
from ui.meetings.meetings_page import MeetingsPage

#: Live markup if rendered as rich text: an image Qt would load, and bold text.
MARK = "Zq"
PAYLOAD = f'<img src="file:///nonexistent/rapport-probe.png"><b>{MARK}</b> $x^2$'
#: An invite's parameter (an attendee's CN) cannot hold a double quote (RFC 5545 §3.2).
PARAM_PAYLOAD = f"<img src=file:///nonexistent/rapport-probe.png><b>{MARK}</b> $x^2$"
LIVE = ("<img", f"<b>{MARK}")
NOW = datetime.now(UTC).replace(microsecond=0)
DAY = timedelta(days=1)


def _p(text: str) -> str:
    return f"{text} {PAYLOAD}"


@dataclass
class Filled:
    path: Path
    people: list[int]
    maps: list[int]
    meetings: list[int] = field(default_factory=list)


def _fill(path: Path) -> Filled:
    """A workspace in which every user-writable field carries the payload."""
    with create_workspace(path) as opened:
        uow = opened.uow
        org = add_organisation(uow(), Organisation(_p("Org"))).id
        unit = add_organisation(uow(), Organisation(_p("Unit"), parent_id=org)).id
        people = [
            add_stakeholder(
                uow(),
                Stakeholder(
                    _p(name),
                    job_title=_p("Title"),
                    organisation_id=org,
                    unit_id=unit,
                    relation=_p("Relation"),
                    email=f"<b>{MARK}</b>{name}@evil.example",
                    phone=_p("+1"),
                    tags=[_p("tag one"), _p("tag two")],
                    notes=_p("Notes"),
                    communication_preferences=_p("Prefers"),
                ),
            ).id
            or 0
            for name in ("Ada", "Bob")
        ]
        ada, bob = people
        erp = create_map(
            uow(),
            StakeholderMap(_p("Map"), purpose=_p("Purpose"), starts_on=date(2026, 1, 1)),
        ).id
        assert erp is not None
        for person in people:
            place_on_map(uow(), erp, person, 7, 8, at=NOW - 200 * DAY)
            rate(uow(), person, Dimension.POWER, 8, map_id=erp, at=NOW - 100 * DAY, note=_p("p"))
            rate(uow(), person, Dimension.DESIRED_POWER, 9, map_id=erp, at=NOW - 90 * DAY)
            rate(uow(), person, Dimension.DESIRED_INTEREST, 9, map_id=erp, at=NOW - 90 * DAY)
            rate(uow(), person, Dimension.SUPPORT, 3, map_id=erp, at=NOW - 80 * DAY, note=_p("s"))
            rate(uow(), person, Dimension.DESIRED_SUPPORT, 4, map_id=erp, at=NOW - 80 * DAY)
            rate(uow(), person, Dimension.TRUST, 9, at=NOW - 60 * DAY, note=_p("Trust was"))
            rate(uow(), person, Dimension.TRUST, 3, at=NOW - 5 * DAY, note=_p("Trust fell"))
            rate(uow(), person, Dimension.INFLUENCE, 6, at=NOW - 30 * DAY, note=_p("Infl"))
        log_interaction(
            uow(),
            Interaction(
                NOW - 40 * DAY, InteractionKind.MEETING, _p("Summary"), participant_ids=people
            ),
            [Commitment(ada, CommitmentDirection.OURS, _p("Follow-up"), due_on=date(2026, 1, 2))],
        )
        add_commitment(
            uow(),
            Commitment(bob, CommitmentDirection.THEIRS, _p("Promise"), due_on=date(2026, 1, 3)),
        )
        link(uow(), ada, bob, 4, _p("Influence note"))
        assess_maturity(uow(), unit, MaturityLevel.CONSULTATIVE, at=NOW - 50 * DAY, note=_p("m"))
        meetings = [
            plan_meeting(
                uow(),
                Meeting(
                    _p("Meeting"),
                    start,
                    start + timedelta(hours=1),
                    place=_p("Place"),
                    objective=_p("Objective"),
                    agenda=_p("Agenda"),
                    attendees=[
                        MeetingAttendee(
                            ada, "", role=AttendeeRole.ORGANISER, talking_points=_p("TP")
                        ),
                        MeetingAttendee(None, _p("Outsider"), f"<b>{MARK}</b>@out.example"),
                    ],
                    map_ids=[erp],
                ),
            ).id
            or 0
            for start in (NOW - 3 * DAY, NOW + 3 * DAY)
        ]
    return Filled(path, people, [erp], meetings)


INVITE = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Rapport tests//hostile invite//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:hostile-1@rapport.example",
        f"DTSTAMP:{NOW:%Y%m%dT%H%M%SZ}",
        f"DTSTART:{NOW + 10 * DAY:%Y%m%dT%H%M%SZ}",
        f"DTEND:{NOW + 10 * DAY + timedelta(hours=1):%Y%m%dT%H%M%SZ}",
        f"SUMMARY:{_p('Invite')}",
        f"LOCATION:{_p('Room')}",
        f"DESCRIPTION:{_p('Description')}",
        f'ORGANIZER;CN="Organiser {PARAM_PAYLOAD}":mailto:org@hostile.example',
        f'ATTENDEE;CN="Guest {PARAM_PAYLOAD}";ROLE=REQ-PARTICIPANT:mailto:guest@hostile.example',
        f"ATTENDEE;ROLE=OPT-PARTICIPANT:mailto:<b>{MARK}</b>@hostile.example",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)


# -- what the app shows -----------------------------------------------------------------------
@dataclass
class Shown:
    where: str
    text: str
    rich: bool


def _tooltip(where: str, text: str) -> Iterator[Shown]:
    if text:
        yield Shown(where, text, QtGui.mightBeRichText(text))


def _label(where: str, label: QLabel) -> Iterator[Shown]:
    text, fmt = label.text(), label.textFormat()
    rich = fmt != Qt.TextFormat.PlainText and (
        fmt != Qt.TextFormat.AutoText or QtGui.mightBeRichText(text)
    )
    yield Shown(where, text, rich)


def _model(where: str, model: QAbstractItemModel, parent: QModelIndex) -> Iterator[Shown]:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield from _tooltip(f"{where} tooltip ({row}, {column})", tip)
            display = model.data(index, Qt.ItemDataRole.DisplayRole)
            if isinstance(display, str):  # item views draw it plain
                yield Shown(f"{where} cell ({row}, {column})", display, False)
        if not isinstance(model, QAbstractTableModel | QAbstractListModel):
            first = model.index(row, 0, parent)
            if model.rowCount(first):
                yield from _model(where, model, first)
    if not parent.isValid():
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            count = columns if orientation == Qt.Orientation.Horizontal else 0
            for section in range(count):
                tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    yield from _tooltip(f"{where} header tooltip {section}", tip)


def _chart(where: str, chart: ChartCanvas) -> Iterator[Shown]:
    from ui.plain_text import rich_tooltip

    for target in chart.hover:
        for index in range(len(target.x)):
            tip = rich_tooltip(target.text(index))
            yield from _tooltip(f"{where} hover {index}", tip)
    for text in chart.figure.findobj(lambda artist: hasattr(artist, "get_text")):
        content = text.get_text()
        if MARK in content and cbook.is_math_text(content) and text.get_parse_math():
            yield Shown(f"{where} matplotlib text read as mathematics", content, True)


def _owner(widget: QWidget) -> str:
    """The widget's class and that of its nearest ancestor that is one of ours (in ``ui``)."""
    names = [type(widget).__name__]
    parent = widget.parentWidget()
    while parent is not None:
        if type(parent).__module__.startswith("ui."):
            names.append(type(parent).__name__)
            break
        parent = parent.parentWidget()
    return " in ".join(names)


def shown_everywhere() -> Iterator[Shown]:
    for widget in QApplication.allWidgets():
        if not widget.isVisible() and not isinstance(widget, QAbstractItemView | QLabel):
            continue
        where = f"{_owner(widget)} {widget.objectName()!r}"
        yield from _tooltip(f"{where} tooltip", widget.toolTip())
        for action in widget.actions():
            yield from _tooltip(f"{where} action tooltip", action.toolTip())
        if isinstance(widget, QLabel):
            yield from _label(where, widget)
        if isinstance(widget, QMessageBox):
            rich = widget.textFormat() != Qt.TextFormat.PlainText
            yield Shown(f"{where} message", widget.text(), rich)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _model(where, widget.model(), QModelIndex())
        if isinstance(widget, QComboBox):
            yield from _model(f"{where} items", widget.model(), QModelIndex())
        if isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                yield from _tooltip(f"{where} tab tooltip", widget.tabToolTip(tab))
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                yield from _tooltip(f"{where} item tooltip", item.toolTip())
                custom = getattr(item, "tooltip", None)
                if callable(custom):
                    yield from _tooltip(f"{where} {type(item).__name__}.tooltip()", custom())
        if isinstance(widget, ChartCanvas):
            yield from _chart(where, widget)


@dataclass
class Audit:
    checked: int = 0
    with_payload: int = 0
    places: set[str] = field(default_factory=set)
    live: list[Shown] = field(default_factory=list)

    def walk(self, step: str) -> None:
        settle()
        for shown in shown_everywhere():
            self.checked += 1
            if MARK not in shown.text:
                continue
            self.with_payload += 1
            self.places.add(shown.where.split(" (")[0])
            if shown.rich and any(live in shown.text for live in LIVE):
                self.live.append(Shown(f"{step}: {shown.where}", shown.text[:200], True))


def test_no_user_or_invite_text_is_ever_rendered_as_markup(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    filled = _fill(tmp_path / "hostile.rapport")
    ctx, window = open_main_window(qtbot, filled.path, isolated_settings)
    audit = Audit()
    audit.walk("opened")

    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        holder = window.pages.widget(index)
        page = holder.ensure_built() if hasattr(holder, "ensure_built") else holder
        title = window.pages.tabText(index)
        if isinstance(page, MapPage):
            page.open_map(filled.maps[0])
        audit.walk(f"page {title}")
        if isinstance(page, MeetingsPage):
            for meeting_id in filled.meetings:
                page.select_meeting(meeting_id)
                audit.walk(f"meeting {meeting_id}")
                page.editor.attendees.table.selectRow(1)
                audit.walk(f"meeting {meeting_id}, outside attendee")
            invite = tmp_path / "hostile.ics"
            invite.write_text(INVITE, encoding="utf-8")
            page.import_paths([invite])
            qtbot.waitUntil(
                lambda page=page: page.last_dialog is not None
            )  # read off the GUI thread
            dialog = page.last_dialog
            assert isinstance(dialog, ImportInviteDialog), dialog
            audit.walk("invite import dialog")
            dialog.import_button.click()
            audit.walk("invite imported")
            for meeting in page.meetings.values():
                assert meeting.id is not None
                page.select_meeting(meeting.id)
                audit.walk(f"meeting {meeting.title[:20]}")

    for person in filled.people:
        window.show_stakeholder(person)
        panel = window.person
        for index in range(panel.count()):
            panel.setCurrentIndex(index)
            tab = panel.widget(index)
            if hasattr(tab, "ensure_built"):
                tab.ensure_built()
            audit.walk(f"person {person}, tab {panel.tabText(index)}")

    assert not audit.live, "\n".join(f"{s.where}: {s.text!r}" for s in audit.live)
    # The walk saw the payload in many places, the ones the issue names among them.
    assert audit.with_payload > 200, audit.with_payload
    places = " | ".join(sorted(audit.places))
    for expected in (
        "MeetingList",
        "ImportInviteDialog",
        "AttendeeEditor",
        "TimelineTab",
        "InfluenceTab",
        "StakeholderList",
        "MapPage",
        "ChartCanvas",
    ):
        assert expected in places, f"{expected} not walked: {places}"
    window.close()
    ctx.close_workspace()


def test_hovering_an_invite_titled_with_an_image_shows_the_title_as_written(
    qtbot, tmp_path: Path, isolated_settings: QSettings
) -> None:
    """The reported crash: an invite titled ``<img src="/dev/zero">Budget review`` imported, then
    hovered in the Meetings list, made Qt read /dev/zero until the process aborted."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent, QTextDocument
    from PySide6.QtWidgets import QToolTip

    title = '<img src="/dev/zero">Budget review'
    invite = tmp_path / "budget.ics"
    invite.write_text(
        INVITE.replace(f"SUMMARY:{_p('Invite')}", f"SUMMARY:{title}").replace(
            f"LOCATION:{_p('Room')}", 'LOCATION:<img src="file:///etc/passwd">'
        ),
        encoding="utf-8",
    )
    path = tmp_path / "w.rapport"
    create_workspace(path).close()
    ctx, window = open_main_window(qtbot, path, isolated_settings)
    for index in range(window.pages.count()):
        if window.pages.tabText(index) == "Meetings":
            window.pages.setCurrentIndex(index)
    page = window.pages.currentWidget().ensure_built()
    assert isinstance(page, MeetingsPage)
    page.import_paths([invite])
    qtbot.waitUntil(lambda: page.last_dialog is not None)  # read off the GUI thread
    dialog = page.last_dialog
    assert isinstance(dialog, ImportInviteDialog)
    dialog.import_button.click()
    settle()
    tree = page.list.tree
    item = tree.findItems(
        "Budget review", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive, 1
    )[0]
    tip = item.toolTip(1)
    assert "<img" not in tip  # escaped: nothing for Qt to load (else the hover below would abort)
    document = QTextDocument()
    document.setHtml(tip)
    assert document.toPlainText() == f'{title}\n<img src="file:///etc/passwd">'

    tree.scrollToItem(item)
    centre = tree.visualItemRect(item).center()
    centre.setX(tree.header().sectionPosition(1) + 5)
    hover = QHelpEvent(QEvent.Type.ToolTip, centre, tree.viewport().mapToGlobal(centre))
    QApplication.sendEvent(tree.viewport(), hover)
    settle()
    assert QToolTip.isVisible()
    shown = QToolTip.text()  # the item's tooltip (after the whole title, when it is cut short)
    assert (
        "<img" not in shown and tip.removeprefix("<p style='white-space:pre-wrap'>")[:40] in shown
    )
    document.setHtml(shown)
    assert title in document.toPlainText()
    QToolTip.hideText()
    window.close()
    ctx.close_workspace()


def test_the_prep_sheet_prints_the_payloads_as_written(tmp_path: Path, qapp: object) -> None:
    """The printed sheet of a meeting full of payloads shows the markup as typed."""
    from pypdf import PdfReader

    from domain.usecases.prep_sheet import build_prep_sheet
    from persistence.workspace import open_workspace
    from ui.printing.prep_sheet_renderer import PageSize, write_pdf

    filled = _fill(tmp_path / "hostile.rapport")
    out = tmp_path / "sheet.pdf"
    with open_workspace(filled.path) as workspace:
        write_pdf([build_prep_sheet(workspace.uow(), filled.meetings[1])], out, PageSize.A4)
    reader = PdfReader(out)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert text.count(f"<b>{MARK}</b>") >= 5, text[:500]  # shown as typed, never as bold
