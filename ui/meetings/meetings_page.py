"""The Meetings page: the list of meetings beside the editor of the one selected.

Plan a meeting, import an invite (.ics, by the Import button or by dropping the file on the page),
preview and print its prep sheet or save it as PDF (also a whole day's or week's meetings in one
go), and after the meeting record it as an interaction with its follow-ups.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.model import Meeting
from domain.rules.meeting_days import day_of, week_of
from domain.usecases.maps import list_maps
from domain.usecases.meetings import list_meetings
from domain.usecases.prep_sheet import build_prep_sheets
from domain.usecases.timeline import people_names
from ui.app_context import AppContext, Topic
from ui.meetings.commands import DeleteMeetingCommand, EditMeetingCommand, PlanMeetingCommand
from ui.meetings.import_flow import import_files
from ui.meetings.meeting_editor import MeetingEditor
from ui.meetings.meeting_list import MeetingList
from ui.meetings.new_meeting_dialog import NewMeetingDialog
from ui.meetings.record_flow import record_meeting
from ui.plain_text import message_box, tooltip
from ui.reload_when_shown import ReloadWhenShown
from ui.remembered_layout import remember_splitter
from ui.translation import tr
from ui.undo.use_case_command import push

_RELOAD_ON = {Topic.MEETINGS, Topic.STAKEHOLDERS, Topic.MAPS, Topic.WORKSPACE}


class MeetingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPage")
        self.setAcceptDrops(True)
        self.ctx = ctx
        self.meetings: dict[int, Meeting] = {}
        self.freshness = ReloadWhenShown(self, ctx, _RELOAD_ON, self.reload)
        #: The last dialog or message the page opened (tests and the self-test look at it).
        self.last_dialog: QWidget | None = None
        self.last_preview: QWidget | None = None
        #: The invites being read, while they are (see import_paths).
        self.import_task: object | None = None

        self.list = MeetingList()
        self.editor = MeetingEditor()
        self._build_actions()
        self._build_layout()
        self.list.current_changed.connect(self._show_meeting)
        self.editor.edited.connect(self._edit)
        self.reload()

    # -- layout -------------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: str = "", tip: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        if tip or shortcut:
            action.setToolTip(
                tooltip(f"{tip or text.rstrip('…')}" + (f" ({shortcut})" if shortcut else ""))
            )
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action("New Meeting…", self.new_meeting, "Ctrl+Shift+M")
        self.import_action = self._action(
            "Import Invite…",
            self.import_dialog,
            "Ctrl+I",
            "Import a calendar invite (.ics) from Outlook, Google or Apple Calendar; "
            "or drop the file here",
        )
        self.delete_action = self._action("Delete", self.delete_meeting)
        self.preview_action = self._action(
            "Prep Sheet…", self.preview_current, "Ctrl+P", "Print preview of the prep sheet"
        )
        self.pdf_action = self._action("Save PDF…", self.save_current_pdf, "Ctrl+Shift+P")
        self.day_action = self._action("All Meetings That Day…", lambda: self.preview_span(1))
        self.week_action = self._action("All Meetings That Week…", lambda: self.preview_span(7))
        self.record_action = self._action(
            "Record as Interaction…",
            self.record_current,
            "Ctrl+R",
            "After the meeting: log it as an interaction with every known attendee",
        )

    def _build_layout(self) -> None:
        toolbar = QToolBar()
        toolbar.setObjectName("meetingsToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.delete_action)
        toolbar.addSeparator()
        toolbar.addAction(self.preview_action)
        print_button = QToolButton()
        print_button.setObjectName("printMenuButton")
        print_button.setText(tr("Print Several"))
        print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(print_button)
        menu.addAction(self.day_action)
        menu.addAction(self.week_action)
        print_button.setMenu(menu)
        toolbar.addWidget(print_button)
        toolbar.addAction(self.pdf_action)
        self.paper = QComboBox()
        #: Why the paper is what it is ("the paper of the default printer, …"), for the preview.
        self.paper_note = ""
        self.paper.setObjectName("paperSize")
        self.paper.setAccessibleName(tr("Paper size"))
        self.paper.addItem(tr("A4"), "A4")
        self.paper.addItem(tr("US Letter"), "Letter")
        toolbar.addWidget(QLabel(tr("  Paper ")))
        toolbar.addWidget(self.paper)
        toolbar.addSeparator()
        toolbar.addAction(self.record_action)

        self.drop_hint = QLabel(tr("Drop an .ics invite anywhere on this page to import it."))
        self.drop_hint.setObjectName("mutedLabel")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.drop_hint)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("meetingsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([520, 780])
        remember_splitter(self.splitter, "meetingsSplitter")
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.splitter, 1)

    def showEvent(self, event: QShowEvent) -> None:
        # A stale page has reloaded by now (ReloadWhenShown sees the event first).
        if self.paper.property("chosen") is None:
            from ui.printing.printers import default_paper

            paper = default_paper()
            self.paper.setCurrentIndex(self.paper.findData(paper.size.value))
            self.paper.setProperty("chosen", True)
            # Say where the starting paper came from, until the user picks one.
            self.paper_note = paper.reason
            self.paper.setToolTip(
                tooltip(f"Paper for prep sheets: {paper.size.value}, {paper.reason}")
            )
            self.paper.activated.connect(self._paper_picked)
        super().showEvent(event)

    # -- data ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.freshness.loaded()
        if not self.ctx.has_workspace:
            return
        meetings = list_meetings(self.ctx.uow())
        self.meetings = {m.id: m for m in meetings if m.id is not None}
        self.editor.set_context(people_names(self.ctx.uow()), list_maps(self.ctx.uow()))
        self.list.set_meetings(meetings)
        if self.list.current_id() < 0:
            self._select_next()
        self._show_meeting(self.list.current_id())

    def _select_next(self) -> None:
        """The next meeting to come, or else the latest past one."""
        now = datetime.now().astimezone()
        upcoming = sorted(
            (m for m in self.meetings.values() if m.start >= now), key=lambda m: m.start
        )
        past = sorted(self.meetings.values(), key=lambda m: m.start)
        chosen = upcoming[0] if upcoming else (past[-1] if past else None)
        if chosen is not None and chosen.id is not None:
            self.list.select(chosen.id)

    def current_meeting(self) -> Meeting | None:
        return self.meetings.get(self.list.current_id())

    def _show_meeting(self, meeting_id: int) -> None:
        meeting = self.meetings.get(meeting_id)
        self.editor.set_meeting(meeting)
        has = meeting is not None
        for action in (self.delete_action, self.preview_action, self.pdf_action):
            action.setEnabled(has)
        self.record_action.setEnabled(has and meeting.interaction_id is None)  # type: ignore[union-attr]

    def select_meeting(self, meeting_id: int) -> None:
        self.list.select(meeting_id)

    # -- editing ------------------------------------------------------------------------------
    def _edit(self, before: Meeting, after: Meeting, what: str) -> None:
        push(self.ctx, EditMeetingCommand(self.ctx, before, after, what))

    def new_meeting(self) -> None:
        dialog = NewMeetingDialog(self)
        dialog.accepted.connect(lambda: self._plan(dialog))
        dialog.open()
        self.last_dialog = dialog

    def _plan(self, dialog: NewMeetingDialog) -> None:
        if dialog.result_meeting is None:
            return
        command = PlanMeetingCommand(self.ctx, dialog.result_meeting)
        if push(self.ctx, command) and command.meeting.id is not None:
            self.list.select(command.meeting.id)
            self.editor.attendees.picker.edit.setFocus()

    def delete_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            self.ctx.backup_before("delete-meeting")
            push(self.ctx, DeleteMeetingCommand(self.ctx, meeting))

    def record_current(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            self.last_dialog = record_meeting(self.ctx, meeting, self)

    # -- importing ----------------------------------------------------------------------------
    def import_dialog(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        names, _ = QFileDialog.getOpenFileNames(
            self, "Import calendar invite", folder, "Calendar invites (*.ics);;All files (*)"
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def import_paths(self, paths: list[Path]) -> None:
        """Read the invites in the background; the dialog (or message) opens when they are read."""
        self.last_dialog = None
        self.import_task = import_files(self.ctx, paths, self, self._imported, self._shown)

    def _shown(self, widget: QWidget) -> None:
        self.last_dialog = widget

    def _imported(self, meeting_ids: list[int]) -> None:
        if meeting_ids:
            self.list.select(meeting_ids[0])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() and u.toLocalFile().lower().endswith(".ics") for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        if paths:
            self.import_paths(paths)

    # -- printing -----------------------------------------------------------------------------
    def page_size(self):  # type: ignore[no-untyped-def]
        from ui.printing.prep_sheet_renderer import PageSize

        return PageSize.parse(str(self.paper.currentData()))

    def _sheets(self, meeting_ids: list[int]):  # type: ignore[no-untyped-def]
        return build_prep_sheets(self.ctx.uow(), meeting_ids)

    def preview_current(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None and meeting.id is not None:
            self.preview([meeting.id])

    def preview_span(self, days: int) -> None:
        meeting = self.current_meeting()
        day = meeting.start.astimezone().date() if meeting else date.today()
        span = week_of(day) if days == 7 else day_of(day)
        found = list_meetings(self.ctx.uow(), span.start, span.end)
        if not found:
            what = "that week" if span.is_week else "that day"
            self._inform(f"No meetings {what}.")
            return
        self.preview([m.id for m in found if m.id is not None])

    def _paper_picked(self) -> None:
        self.paper_note = "as chosen"
        self.paper.setToolTip(tr("Paper for prep sheets"))

    def preview(self, meeting_ids: list[int]) -> None:
        from ui.printing.preview import PrepSheetPreview

        dialog = PrepSheetPreview(
            self._sheets(meeting_ids), self.page_size(), self, paper_note=self.paper_note
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_preview = dialog
        dialog.open()

    def save_current_pdf(self) -> None:
        from ui.printing.preview import save_pdf_dialog

        meeting = self.current_meeting()
        if meeting is None or meeting.id is None:
            return
        open_file = self.ctx.workspace.path if self.ctx.has_workspace else None
        path = save_pdf_dialog(
            self, self._sheets([meeting.id]), self.page_size(), protect=[open_file]
        )
        if path is not None:
            window = self.window()
            status = getattr(window, "statusBar", None)
            if callable(status):
                status().showMessage(f"Saved {path}", 5000)

    def _inform(self, message: str) -> None:
        box = message_box(QMessageBox.Icon.Information, tr("Rapport"), message, self)
        box.open()
