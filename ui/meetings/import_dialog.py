"""Importing a calendar invite: what the file holds and what each event will do (a new meeting, an
update, an attendee's answer, a cancellation, or nothing and why), who was recognised (by e-mail or
by name), and which unknown attendees to add as stakeholders. Nothing is stored until Import is
pressed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.model import AttendeeRole
from domain.rules.recurrence import describe_recurrence
from domain.usecases.invites.report import RESPONSE_WORDS
from domain.usecases.meeting_import import AttendeeMatch, ImportPlan, MatchedBy, PlanKind
from ui.formatting import format_long_date as long_day
from ui.formatting import format_time
from ui.meetings.attendee_editor import ROLE_LABELS
from ui.plain_text import plain_label, tooltip
from ui.translation import tr

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


_ACTIONS = {
    PlanKind.NEW: "new",
    PlanKind.UPDATE: "updates the meeting imported before",
    PlanKind.ANSWER: "records the answer",
    PlanKind.CANCEL: "marks it cancelled",
    PlanKind.REFUSED: "not imported",
}


def _when(plan: ImportPlan) -> str:
    invite = plan.invite
    if invite.start is None:
        return "no date given"
    start = invite.start.astimezone()
    if invite.all_day:
        return f"{long_day(invite.start)} (all day)"
    text = f"{long_day(invite.start)}, {format_time(start)}"
    if invite.end is not None:
        text += f"–{format_time(invite.end)}"
    return text


class ImportInviteDialog(QDialog):
    def __init__(self, plans: list[ImportPlan], source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importInviteDialog")
        self.setWindowTitle(tr("Import {source}").format(source=source))
        self.resize(720, 460)
        self.plans = plans
        count = len(plans)
        notes = list(dict.fromkeys(note for plan in plans for note in plan.invite.notes))
        intro = plain_label(
            f"{source} holds {count} event{'s' if count != 1 else ''}. Attendees are matched to "
            "stakeholders by e-mail, then by name. Tick the unknown people to add them as "
            "stakeholders; the others stay on the meeting by name."
            + "".join(f"\n\nNote: {note}" for note in notes[:3])
        )
        intro.setObjectName("importIntro")
        intro.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setObjectName("importTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Meeting / attendee"), tr("Role"), tr("In Rapport")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        seen: set[str] = set()
        for plan in plans:
            self._add_plan(plan, seen)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(tr("Import"))
        self.import_button.setEnabled(any(plan.goes_in for plan in plans))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def _add_plan(self, plan: ImportPlan, seen: set[str]) -> None:
        invite = plan.invite
        place = " · " + " ".join(invite.location.split()) if invite.location.strip() else ""
        repeats = describe_recurrence(invite.recurrence)
        repeats = f" · repeats {repeats}; the next date is shown" if repeats else ""
        title = invite.title or "Untitled meeting"
        top = QTreeWidgetItem(self.tree, [title, "", _ACTIONS[plan.kind]])
        top.setToolTip(0, tooltip(f"{_when(plan)}{place}"))
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        detail = QTreeWidgetItem(top, [f"{_when(plan)}{place}{repeats}"])
        detail.setFlags(Qt.ItemFlag.ItemIsEnabled)
        detail.setForeground(0, self.palette().placeholderText())
        if plan.kind is PlanKind.REFUSED:
            reason = QTreeWidgetItem(top, [plan.refusal])
            reason.setFlags(Qt.ItemFlag.ItemIsEnabled)
            reason.setToolTip(0, tooltip(plan.refusal))
        elif plan.kind is PlanKind.CANCEL:
            what = QTreeWidgetItem(top, ["The organiser called this meeting off."])
            what.setFlags(Qt.ItemFlag.ItemIsEnabled)
        elif plan.kind is PlanKind.ANSWER:
            for answer in plan.answers:
                on = "" if answer.attendee_index is not None else " (not on the meeting)"
                row = QTreeWidgetItem(
                    top, [f"{answer.name}{on}", "", RESPONSE_WORDS[answer.response]]
                )
                row.setFlags(Qt.ItemFlag.ItemIsEnabled)
        else:
            for match in plan.matches:
                self._add_match(top, match, seen)
        top.setExpanded(True)

    def _add_match(self, parent: QTreeWidgetItem, match: AttendeeMatch, seen: set[str]) -> None:
        email = f"  <{match.attendee.email}>" if match.attendee.email else ""
        role = tr(ROLE_LABELS[AttendeeRole(match.role)])
        if match.stakeholder is not None:
            how = "by e-mail" if match.matched_by is MatchedBy.EMAIL else "by name"
            item = QTreeWidgetItem(parent, [f"{match.display_name}{email}", role, f"yes, {how}"])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            return
        item = QTreeWidgetItem(parent, [f"{match.display_name}{email}", role, "add as stakeholder"])
        item.setData(0, KEY_ROLE, match.key)
        if match.key in seen:  # the same person in another event of the file: one tick is enough
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setText(2, tr("see above"))
            return
        seen.add(match.key)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(2, Qt.CheckState.Checked)

    def chosen_keys(self) -> set[str]:
        """Keys of the unknown attendees ticked to become stakeholders."""
        keys: set[str] = set()
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            for row in range(top.childCount() if top else 0):
                item = top.child(row) if top else None
                if item is None:
                    continue
                key = item.data(0, KEY_ROLE)
                if key and item.checkState(2) == Qt.CheckState.Checked:
                    keys.add(str(key))
        return keys

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            for row in range(top.childCount() if top else 0):
                item = top.child(row) if top else None
                if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    item.setCheckState(2, state)
