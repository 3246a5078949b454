"""The communication plan's two small dialogs: a standing message ("quarterly portfolio update —
written, formal, quarterly, owner Y") and whom to send it to (a map, one of its quadrants, a tag,
a unit), previewed as a count before it is assigned in one action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.clock import local_today
from domain.errors import DomainError, ValidationError
from domain.model import Channel, Frequency, Message, Tone
from domain.rules.plan_validation import valid_message
from domain.rules.quadrant import Quadrant
from domain.usecases.communication_plan import Audience
from ui.domain_words import quadrant_title
from ui.plain_text import make_plain
from ui.plans.plan_dialog import _date_edit, pydate
from ui.translation import tr


def _combo(name: str, values: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for label, value in values:
        combo.addItem(label, value)
    return combo


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    make_plain(label)
    label.hide()
    return label


class MessageDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageDialog")
        self.setWindowTitle(tr("New standing message"))
        self.setMinimumWidth(520)
        self.result_message: Message | None = None
        self.title = QLineEdit()
        self.title.setObjectName("messageTitle")
        self.title.setPlaceholderText(tr("Quarterly portfolio update"))
        self.channel = _combo("messageChannel", [(c.value, c) for c in Channel])
        self.tone = _combo("messageTone", [(t.value, t) for t in Tone])
        self.frequency = _combo("messageFrequency", [(f.value, f) for f in Frequency])
        self.frequency.setCurrentIndex(self.frequency.findData(Frequency.QUARTERLY))
        self.starts_on = _date_edit(local_today(), "messageStart")
        self.owner = QLineEdit()
        self.owner.setObjectName("messageOwner")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("messageNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(tr("&Title"), self.title)
        form.addRow(tr("Channel"), self.channel)
        form.addRow(tr("Tone"), self.tone)
        form.addRow(tr("How often"), self.frequency)
        form.addRow(tr("First due"), self.starts_on)
        form.addRow(tr("O&wner"), self.owner)
        form.addRow(tr("Notes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _accept(self) -> None:
        message = Message(
            self.title.text(),
            self.channel.currentData(),
            self.tone.currentData(),
            self.frequency.currentData(),
            pydate(self.starts_on.date()),
            owner=self.owner.text(),
            notes=self.notes.toPlainText(),
        )
        try:
            self.result_message = valid_message(message)
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()


class AudienceDialog(QDialog):
    """Whom to send a message to; OK assigns everyone the audience takes in, in one step."""

    def __init__(
        self,
        title: str,
        maps: dict[int, str],
        tags: list[str],
        units: dict[int, str],
        count: Callable[[Audience], list[int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("audienceDialog")
        self.setWindowTitle(tr("Send “{title}” to…").format(title=title))
        self.setMinimumWidth(460)
        self._count = count
        self.people: list[int] = []
        self.map = _combo("audienceMap", [("any map", None), *((n, i) for i, n in maps.items())])
        self.quadrant = _combo(
            "audienceQuadrant",
            [(tr("any place"), None), *((quadrant_title(q), q) for q in Quadrant)],
        )
        self.tag = _combo("audienceTag", [("any tag", None), *((t, t) for t in tags)])
        self.unit = _combo(
            "audienceUnit", [("any unit", None), *((n, i) for i, n in units.items())]
        )
        self.preview = QLabel()
        self.preview.setObjectName("audiencePreview")
        make_plain(self.preview)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(tr("On the map"), self.map)
        form.addRow(tr("In the quadrant"), self.quadrant)
        form.addRow(tr("Tagged"), self.tag)
        form.addRow(tr("In the unit"), self.unit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for combo in (self.map, self.quadrant, self.tag, self.unit):
            combo.currentIndexChanged.connect(lambda _i: self._refresh())
        self._refresh()

    def audience(self) -> Audience:
        quadrant = self.quadrant.currentData()
        return Audience(
            self.map.currentData(),
            None if quadrant is None else Quadrant(quadrant),
            self.tag.currentData(),
            self.unit.currentData(),
        )

    def describe(self) -> str:
        parts = [
            combo.currentText()
            for combo in (self.map, self.quadrant, self.tag, self.unit)
            if combo.currentData() is not None
        ]
        return " · ".join(parts) or "everyone"

    def _refresh(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.people = self._count(self.audience())
        except DomainError as exc:
            self.people = []
            self.preview.setText(str(exc))
            ok.setEnabled(False)
            return
        self.preview.setText(tr("{n} people").format(n=len(self.people)))
        ok.setEnabled(bool(self.people))

    def _accept(self) -> None:
        if self.people:
            self.accept()
