"""The profile editor: every field saves when it is left, as one undoable step."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.errors import ValidationError
from domain.model import Organisation, Relation, Stakeholder
from domain.usecases import organisations as org_uc
from domain.usecases import stakeholders as uc
from ui.app_context import AppContext, Topic
from ui.ownership.owner_combo import OwnerCombo
from ui.ownership.team_cache import current_team
from ui.plain_text import make_plain
from ui.stakeholders.commands import ArchiveStakeholderCommand, EditStakeholderCommand
from ui.translation import tr
from ui.undo.use_case_command import ConnectionDown, connection_lost, push, user_message


class _FocusOut(QObject):
    """Calls back when a multi-line editor loses focus (it has no editingFinished)."""

    def __init__(self, callback: Any, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


#: The side of the square a person's photo is shown in.
PHOTO_SIZE = 64


class StakeholderEditor(QWidget):
    #: Emitted after a field was saved (with the field's label).
    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._person: Stakeholder | None = None
        self._loading = False
        self._shown: dict[str, str] = {}

        self.heading = QLabel()
        self.heading.setObjectName("personHeading")
        make_plain(self.heading)
        self.subheading = QLabel()
        self.subheading.setObjectName("mutedLabel")
        make_plain(self.subheading)
        # Wraps rather than widening the panel ("Cloud Migration Programme Manager · IT ·
        # Northwind Group" would take the register's room).
        self.subheading.setWordWrap(True)
        # The photo an imported contact card brought, beside the name.
        self.photo = QLabel(objectName="personPhoto")
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.hide()
        # E-mail addresses and phone numbers beyond the main ones (imports and merges keep them).
        self.more_contacts = QLabel()
        self.more_contacts.setObjectName("mutedLabel")
        self.more_contacts.setTextFormat(Qt.TextFormat.PlainText)
        self.more_contacts.setWordWrap(True)
        self.more_contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.name = QLineEdit(objectName="nameEdit")
        self.job_title = QLineEdit(objectName="jobTitleEdit")
        self.organisation = QComboBox(objectName="organisationCombo", editable=True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit = QComboBox(objectName="unitCombo", editable=True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.lineEdit().setPlaceholderText(tr("department or team within the organisation"))
        self.relation = QComboBox(objectName="relationCombo", editable=True)
        self.relation.addItems([r.value for r in Relation])
        for combo in (self.organisation, self.unit, self.relation):
            # Sized like a line edit, not to the longest organisation's name.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        # Who in the team looks after them (schema 8).
        self.owner = OwnerCombo(object_name="ownerCombo")
        self.email = QLineEdit(objectName="emailEdit")
        self.phone = QLineEdit(objectName="phoneEdit")
        self.tags = QLineEdit(objectName="tagsEdit", placeholderText="comma-separated")
        self.preferences = QPlainTextEdit(objectName="preferencesEdit")
        self.preferences.setPlaceholderText(
            tr("How to handle them: what they value, what to avoid…")
        )
        self.notes = QPlainTextEdit(objectName="notesEdit")
        # Everyone who opens the workspace reads these; notes only their author may read are
        # written on the Notes tab.
        self.notes.setPlaceholderText(
            tr("Background anyone with the workspace can read (private ones: the Notes tab)")
        )
        for editor in (self.preferences, self.notes):
            editor.setTabChangesFocus(True)
            editor.setMaximumHeight(110)
        self.error = QLabel(objectName="errorLabel")
        make_plain(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        self.archive_button = QPushButton(objectName="archiveButton")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("Job &title"), self.job_title)
        form.addRow(tr("&Organisation"), self.organisation)
        form.addRow(tr("&Unit"), self.unit)
        form.addRow(tr("&Relation"), self.relation)
        form.addRow(tr("O&wner"), self.owner)
        form.addRow(tr("&E-mail"), self.email)
        form.addRow(tr("&Phone"), self.phone)
        form.addRow("", self.more_contacts)
        form.addRow(tr("T&ags"), self.tags)
        form.addRow(tr("How to &handle"), self.preferences)
        form.addRow(tr("Profile n&otes"), self.notes)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        top = QHBoxLayout()
        top.addWidget(self.photo)
        top.addLayout(titles, 1)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.name.editingFinished.connect(lambda: self._save("name"))
        self.job_title.editingFinished.connect(lambda: self._save("job title"))
        self.email.editingFinished.connect(lambda: self._save("e-mail"))
        self.phone.editingFinished.connect(lambda: self._save("phone"))
        self.tags.editingFinished.connect(lambda: self._save("tags"))
        self.organisation.lineEdit().editingFinished.connect(lambda: self._save("organisation"))
        self.organisation.activated.connect(lambda _i: self._save("organisation"))
        self.unit.lineEdit().editingFinished.connect(lambda: self._save("unit"))
        self.unit.activated.connect(lambda _i: self._save("unit"))
        self.relation.lineEdit().editingFinished.connect(lambda: self._save("relation"))
        self.relation.activated.connect(lambda _i: self._save("relation"))
        self.owner.activated.connect(lambda _i: self._save("owner"))
        self.preferences.installEventFilter(_FocusOut(lambda: self._save("handling"), self))
        self.notes.installEventFilter(_FocusOut(lambda: self._save("notes"), self))
        self.archive_button.clicked.connect(self._toggle_archived)
        ctx.changed.connect(self._on_changed)
        self.show_stakeholder(-1)

    # -- showing ------------------------------------------------------------------------------
    def show_stakeholder(self, stakeholder_id: int) -> None:
        """Show ``stakeholder_id`` (-1: no one). The same person again after a team member's
        change keeps whatever the user has typed but not saved yet: a field that differs from
        what was last shown in it (an edit under way, or one refused while the server was out
        of reach) keeps its text."""
        typed = {}
        same = self._person is not None and self._person.id == stakeholder_id
        if same and self.ctx.announcing_others:
            shown = self._shown
            typed = {key: text for key, text in self._texts().items() if text != shown.get(key)}
        person = None
        if stakeholder_id >= 0 and self.ctx.has_workspace:
            try:
                person = uc.get_stakeholder(self.ctx.uow(), stakeholder_id)
            except Exception:
                person = None
        self._person = person
        self._fill()
        if typed and person is not None:
            self._loading = True
            for key, text in typed.items():
                self._put_text(key, text)
            self._loading = False

    def _text_fields(self) -> dict[str, QWidget]:
        return {
            "name": self.name,
            "job_title": self.job_title,
            "email": self.email,
            "phone": self.phone,
            "tags": self.tags,
            "organisation": self.organisation,
            "unit": self.unit,
            "relation": self.relation,
            "preferences": self.preferences,
            "notes": self.notes,
        }

    def _texts(self) -> dict[str, str]:
        texts = {}
        for key, widget in self._text_fields().items():
            if isinstance(widget, QComboBox):
                texts[key] = widget.currentText()
            elif isinstance(widget, QPlainTextEdit):
                texts[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                texts[key] = widget.text()
        return texts

    def _put_text(self, key: str, text: str) -> None:
        widget = self._text_fields()[key]
        if isinstance(widget, QComboBox):
            widget.setEditText(text)
        elif isinstance(widget, QPlainTextEdit):
            cursor = widget.textCursor().position()
            widget.setPlainText(text)
            moved = widget.textCursor()
            moved.setPosition(min(cursor, len(text)))
            widget.setTextCursor(moved)
        elif isinstance(widget, QLineEdit):
            cursor = widget.cursorPosition()
            widget.setText(text)
            widget.setCursorPosition(cursor)

    def _on_changed(self, topic: str) -> None:
        if topic == Topic.WORKSPACE:
            # Another (or the first) workspace: no one of the old one stays on show, and the
            # "no workspace" note gives way.
            self.show_stakeholder(-1)
        elif topic in (Topic.STAKEHOLDERS, Topic.ORGANISATIONS) and self._person is not None:
            assert self._person.id is not None
            self.show_stakeholder(self._person.id)

    def _fill(self) -> None:
        self._loading = True
        person = self._person
        enabled = person is not None
        for widget in (
            self.name,
            self.job_title,
            self.organisation,
            self.relation,
            self.owner,
            self.email,
            self.phone,
            self.tags,
            self.preferences,
            self.notes,
            self.archive_button,
        ):
            widget.setEnabled(enabled)
        self._organisations: dict[int, Organisation] = {}
        if self.ctx.has_workspace:
            self._organisations = {
                o.id: o for o in org_uc.list_organisations(self.ctx.uow()) if o.id is not None
            }
        top_level = [o.name for o in self._organisations.values() if o.parent_id is None]
        self.organisation.clear()
        self.organisation.addItems(sorted(top_level, key=str.casefold))
        self.unit.clear()
        self.error.hide()
        if person is None:
            if self.ctx.has_workspace:
                self.heading.setText(tr("No one selected"))
                self.subheading.setText(tr("Pick a person in the list, or add one with Ctrl+N."))
            else:
                self.heading.setText(tr("No workspace open"))
                self.subheading.setText(
                    tr(
                        "Open one with File ▸ Open Workspace (Ctrl+O), or start a new one with "
                        "File ▸ New Workspace (Ctrl+Shift+N)."
                    )
                )
            for line in (self.name, self.job_title, self.email, self.phone, self.tags):
                line.clear()
            self.organisation.setEditText("")
            self.unit.setEditText("")
            self.relation.setEditText("")
            self.owner.show_owner(None, None)
            self.preferences.clear()
            self.notes.clear()
            self.archive_button.setText(tr("Archive"))
            self.photo.hide()
            self.more_contacts.hide()
        else:
            self._show_photo(person)
            more = [*person.other_emails, *person.other_phones]
            self.more_contacts.setText("Also: " + ", ".join(more))
            self.more_contacts.setVisible(bool(more))
            organisation = self._name_of(person.organisation_id)
            unit = self._name_of(person.unit_id)
            self.heading.setText(person.name + ("  (archived)" if person.archived else ""))
            self.subheading.setText(
                " · ".join(p for p in (person.job_title, unit, organisation) if p)
            )
            self.name.setText(person.name)
            self.job_title.setText(person.job_title)
            self.organisation.setEditText(organisation)
            self.unit.addItems(
                sorted(
                    (
                        o.name
                        for o in self._organisations.values()
                        if o.parent_id is not None and o.parent_id == person.organisation_id
                    ),
                    key=str.casefold,
                )
            )
            self.unit.setEditText(unit)
            self.relation.setEditText(person.relation)
            self.owner.show_owner(current_team(self.ctx), person.owner)
            self.email.setText(person.email)
            self.phone.setText(person.phone)
            self.tags.setText(", ".join(person.tags))
            self.preferences.setPlainText(person.communication_preferences)
            self.notes.setPlainText(person.notes)
            self.archive_button.setText("Restore" if person.archived else "Archive")
        #: What each field shows of the stored person (see show_stakeholder).
        self._shown = self._texts()
        self._loading = False

    def _show_photo(self, person: Stakeholder) -> None:
        photo = uc.get_photo(self.ctx.uow(), person.id) if person.id is not None else None
        pixmap = QPixmap()
        if photo is not None and pixmap.loadFromData(photo.data):
            self.photo.setPixmap(
                pixmap.scaled(
                    PHOTO_SIZE,
                    PHOTO_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.photo.show()
        else:
            self.photo.clear()
            self.photo.hide()

    # -- saving -------------------------------------------------------------------------------
    def _name_of(self, organisation_id: int | None) -> str:
        found = self._organisations.get(organisation_id) if organisation_id is not None else None
        return found.name if found else ""

    def _organisation_id(self, text: str, parent_id: int | None) -> int | None:
        """The id of the organisation (or, with a parent, the unit) named ``text``; new ones are
        created on the fly, as a user typing a new name expects."""
        name = " ".join(text.split())
        if not name:
            return None
        for organisation in self._organisations.values():
            if (
                organisation.parent_id == parent_id
                and organisation.name.casefold() == name.casefold()
            ):
                return organisation.id
        added = org_uc.add_organisation(
            self.ctx.uow(), Organisation(name=name, parent_id=parent_id)
        )
        assert added.id is not None
        self._organisations[added.id] = added
        self.ctx.announce(Topic.ORGANISATIONS)
        return added.id

    def _edited(self) -> Stakeholder:
        """The fields as typed; organisation and unit are resolved once the edit is accepted."""
        assert self._person is not None
        return replace(
            self._person,
            name=self.name.text(),
            job_title=self.job_title.text(),
            relation=self.relation.currentText(),
            email=self.email.text(),
            phone=self.phone.text(),
            tags=[t for t in self.tags.text().split(",")],
            communication_preferences=self.preferences.toPlainText(),
            notes=self.notes.toPlainText(),
            owner=self.owner.owner(),
        )

    def _save(self, what: str) -> None:
        if self._loading or self._person is None:
            return
        before = self._person
        try:
            accepted = uc.validate(self._edited())
        except ValidationError as exc:
            self._show_error(exc)
            return
        self.error.hide()
        # Only now may a newly typed organisation or unit be created: a refused edit adds none.
        try:
            if self.ctx.connection_problem is not None:
                raise ConnectionDown(self.ctx.connection_problem)
            organisation_id = self._organisation_id(self.organisation.currentText(), None)
            unit_id = (
                self._organisation_id(self.unit.currentText(), organisation_id)
                if organisation_id is not None
                else None
            )
        except Exception as exc:  # the server out of reach: said so, what was typed stays
            if connection_lost(exc):
                self.ctx.live.check_now()
            self.ctx.report(user_message(exc))
            return
        after = replace(accepted, organisation_id=organisation_id, unit_id=unit_id)
        if after == before:
            return
        if push(self.ctx, EditStakeholderCommand(self.ctx, before, after, what)):
            self.saved.emit(what)

    def _show_error(self, exc: ValidationError) -> None:
        self.error.setText(user_message(exc))
        self.error.show()
        field = {
            "name": self.name,
            "email": self.email,
            "job_title": self.job_title,
            "phone": self.phone,
            "tags": self.tags,
            "notes": self.notes,
            "communication_preferences": self.preferences,
        }.get(exc.field or "")
        if field is not None:
            field.setFocus()

    def _toggle_archived(self) -> None:
        if self._person is not None:
            push(
                self.ctx,
                ArchiveStakeholderCommand(self.ctx, self._person, not self._person.archived),
            )
