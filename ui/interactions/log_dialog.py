"""Log an interaction in a few keystrokes: date, kind, people, summary, sentiment, follow-ups.

Keyboard: the first letter picks the kind (m, c, e, l for meal… any letter a kind starts with),
names complete as they are typed and Enter adds them, Tab moves on, Ctrl+Enter logs. The same
dialog records a held meeting, with its attendees fixed.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from domain.errors import ValidationError
from domain.model import Commitment, Interaction, InteractionKind, Sentiment
from domain.rules.validation import valid_commitment, valid_interaction
from ui.interactions.follow_ups import FollowUpList
from ui.interactions.people_picker import PeoplePicker
from ui.plain_text import make_plain, tooltip
from ui.plans.plan_ticks import ChoiceReader, PlanTicks
from ui.translation import tr

KIND_LABELS = {
    InteractionKind.MEETING: QT_TRANSLATE_NOOP("", "Meeting"),
    InteractionKind.CALL: QT_TRANSLATE_NOOP("", "Call"),
    InteractionKind.EMAIL: QT_TRANSLATE_NOOP("", "E-mail"),
    InteractionKind.MEAL: QT_TRANSLATE_NOOP("", "Meal (lunch, dinner, coffee)"),
    InteractionKind.WORKSHOP: QT_TRANSLATE_NOOP("", "Workshop"),
}
SENTIMENT_LABELS = {
    Sentiment.VERY_POSITIVE: QT_TRANSLATE_NOOP("", "++  Very positive"),
    Sentiment.POSITIVE: QT_TRANSLATE_NOOP("", "+  Positive"),
    Sentiment.NEUTRAL: QT_TRANSLATE_NOOP("", "○  Neutral"),
    Sentiment.NEGATIVE: QT_TRANSLATE_NOOP("", "−  Negative"),
    Sentiment.VERY_NEGATIVE: QT_TRANSLATE_NOOP("", "−−  Very negative"),
}


class LogInteractionDialog(QDialog):
    def __init__(
        self,
        people: dict[int, str],
        participants: list[int],
        parent: QWidget | None = None,
        *,
        when: datetime | None = None,
        kind: InteractionKind = InteractionKind.MEETING,
        summary: str = "",
        fixed_participants: bool = False,
        title: str = "Log interaction",
        accept_text: str = "Log",
        plan_choices: ChoiceReader | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logInteractionDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        self.result_interaction: Interaction | None = None
        self.result_follow_ups: list[Commitment] = []
        #: The plan touchpoints it fulfils and the standing messages it carries (ids).
        self.result_fulfils: list[int] = []
        self.result_sends: list[int] = []
        self._plan_choices = plan_choices
        self.plan_ticks = PlanTicks()
        self._people = people
        self._fixed = fixed_participants

        moment = (when or datetime.now().astimezone()).astimezone()
        self.date = QDateEdit(QDate(moment.year, moment.month, moment.day))
        self.date.setObjectName("interactionDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        # Now, to the minute: logging a call at 08:24 says 08:24, not 08:20.
        self.time = QTimeEdit(QTime(moment.hour, moment.minute))
        self.time.setObjectName("interactionTime")
        self.time.setDisplayFormat("HH:mm")
        self.kind = QComboBox()
        self.kind.setObjectName("interactionKind")
        for value, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), value.value)
        self.kind.setCurrentIndex(self.kind.findData(InteractionKind(kind).value))

        self.participants = PeoplePicker(placeholder="Add a participant: type a name, Enter")
        self.participants.set_people(people)
        self.participants.set_selected([p for p in participants if p in people])
        self.fixed_label = QLabel()
        make_plain(self.fixed_label)
        self.fixed_label.setWordWrap(True)
        if fixed_participants:
            # Recording a meeting: its time, kind and attendees are the meeting's own.
            for widget in (self.date, self.time, self.kind):
                widget.setEnabled(False)
            self.participants.hide()
            names = [people[p] for p in participants if p in people]
            self.fixed_label.setText(", ".join(names))
        else:
            self.fixed_label.hide()

        self.summary = QPlainTextEdit(summary)
        self.summary.setObjectName("interactionSummary")
        self.summary.setPlaceholderText(tr("What was said, decided, felt…"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.sentiment = QComboBox()
        self.sentiment.setObjectName("interactionSentiment")
        for mood, label in SENTIMENT_LABELS.items():
            self.sentiment.addItem(tr(label), int(mood))
        self.sentiment.setCurrentIndex(self.sentiment.findData(int(Sentiment.NEUTRAL)))
        self.follow_ups = FollowUpList()
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        make_plain(self.error)
        self.error.hide()

        when_row = QHBoxLayout()
        when_row.addWidget(self.date)
        when_row.addWidget(self.time)
        when_row.addWidget(self.kind, 1)
        form = QFormLayout()
        form.addRow(tr("When"), when_row)
        form.addRow(tr("People"), self.participants if not fixed_participants else self.fixed_label)
        form.addRow(tr("&Summary"), self.summary)
        form.addRow(tr("How it &went"), self.sentiment)
        form.addRow(tr("Follow-ups"), self.follow_ups)
        if plan_choices is not None:
            form.addRow(tr("Plans"), self.plan_ticks)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(accept_text)
        self.ok_button.setToolTip(tooltip(f"{accept_text} (Ctrl+Enter)"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._accept)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, lambda: self.follow_ups.add_row())
        self.participants.changed.connect(self._people_changed)
        self.date.dateChanged.connect(lambda _d: self._refresh_plans())
        self.kind.currentIndexChanged.connect(lambda _i: self._refresh_plans())
        self._people_changed()
        (self.summary if fixed_participants or participants else self.participants.edit).setFocus()

    def _people_changed(self) -> None:
        chosen = self._chosen()
        self.follow_ups.set_people({p: self._people[p] for p in chosen if p in self._people})
        self._refresh_plans()

    def _refresh_plans(self) -> None:
        if self._plan_choices is None:
            self.plan_ticks.hide()
            return
        day = self.date.date()
        self.plan_ticks.set_choices(
            self._plan_choices(
                self._chosen(),
                date(day.year(), day.month(), day.day()),
                InteractionKind(self.kind.currentData()),
            )
        )

    def _chosen(self) -> list[int]:
        return self.participants.selected_ids()

    def chosen_names(self) -> list[str]:
        return [self._people[p] for p in self._chosen() if p in self._people]

    def _accept(self) -> None:
        people = self._chosen()
        if not people:
            self._fail("Add at least one person you met.")
            self.participants.edit.setFocus()
            return
        day, at = self.date.date(), self.time.time()
        moment = datetime.combine(
            datetime(day.year(), day.month(), day.day()).date(), time(at.hour(), at.minute())
        ).astimezone()
        if moment > datetime.now().astimezone().replace(second=59) and not self._fixed:
            self._fail("That is in the future: plan it as a meeting instead.")
            self.date.setFocus()
            return
        follow_ups = self.follow_ups.commitments(people[0])
        interaction = Interaction(
            moment,
            InteractionKind(self.kind.currentData()),
            self.summary.toPlainText().strip(),
            Sentiment(int(self.sentiment.currentData())),
            people,
        )
        try:  # the domain's rules, checked here so that a refusal keeps the dialog and its text
            valid_interaction(interaction)
            for commitment in follow_ups:
                valid_commitment(commitment)
        except ValidationError as exc:
            self._fail(str(exc))
            return
        self.result_interaction = interaction
        self.result_follow_ups = follow_ups
        if self._plan_choices is not None:
            self.result_fulfils = self.plan_ticks.checked("touchpoint")
            self.result_sends = self.plan_ticks.checked("message")
        self.accept()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
